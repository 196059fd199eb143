// Seeds the demo powers lists (power.demo-data.ts) of the demo tenant through the same use cases the API runs:
// each list is drafted by the agency, filed and accepted by the justice bureau (so it has a history), one item is
// amended later, and one request waits in the inbox. Runs in the seed's transaction; idempotent: it does nothing
// once the demo requests exist.
import { and, eq, like } from 'drizzle-orm';
import { powerRequestCreateBody, type PowerChangeInput } from '../../../../contracts/power';
import type { Actor } from '../../platform/auth/policy';
import type { Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { contentInputOf } from './power-content';
import { acceptRequest, submitRequest } from './power-filing.service';
import { createRequest } from './power-request.service';
import { DEMO_MARK, JIANTANG_ITEMS, SCJG_ITEMS, SCJG_MODIFICATION, SCJG_PENDING } from './power.demo-data';
import { powerChangeRequests } from './power.schema';
import { itemsOfAgency, versionsByIds } from './power.repository';

const DEMO_PREFIX = '演示数据：';
const SEED_ACCOUNT = '00000000-0000-0000-0000-000000000000';

function seedActor(
  tenantId: string,
  agency: { id: string; path: string },
  role: 'legal_office' | 'supervisor',
  name: string,
): Actor {
  return {
    accountId: SEED_ACCOUNT,
    username: 'seed',
    displayName: name,
    tenantId,
    agencyId: agency.id,
    agencyPath: agency.path,
    grants: [
      { id: 'seed', role, scopeKind: 'tenant', scopeAgencyId: null, scopeAgencyPath: null, scopeTenants: [tenantId] },
    ],
    via: 'session',
    tokenPermissions: null,
    sessionId: null,
    mfaEnabled: false,
    mfaSetupRequired: false,
    mustChangePassword: false,
  };
}

export async function seedDemoPowers(tx: Tx, opts: { tenantId: string; now: Date }): Promise<{ created: boolean }> {
  const { tenantId, now } = opts;
  const done = await tx
    .select({ id: powerChangeRequests.id })
    .from(powerChangeRequests)
    .where(and(eq(powerChangeRequests.tenantId, tenantId), like(powerChangeRequests.title, `${DEMO_PREFIX}%`)))
    .limit(1);
  if (done.length) return { created: false };
  const rows = await tx
    .select({ id: agencies.id, name: agencies.name, path: agencies.path })
    .from(agencies)
    .where(eq(agencies.tenantId, tenantId));
  const byName = new Map(rows.map((a) => [a.name, a]));
  const scjg = byName.get('香格里拉市市场监督管理局');
  const jiantang = byName.get('香格里拉市建塘镇人民政府');
  const sfj = byName.get('香格里拉市司法局');
  if (!scjg || !jiantang || !sfj) return { created: false };

  const bureau = seedActor(tenantId, sfj, 'supervisor', '演示数据（香格里拉市司法局）');
  const idOf = (name: string) => {
    const a = byName.get(name);
    if (!a) throw new Error(`demo powers: no agency ${name}`);
    return a.id;
  };
  const adds = (items: typeof SCJG_ITEMS, reason: PowerChangeInput['reason'], reasonText: string): PowerChangeInput[] =>
    items.map(({ delegatedFrom, delegatedTo, remarks, ...item }) => ({
      kind: 'add',
      reason,
      reasonText,
      content: {
        ...item,
        delegatedFromAgencyId: delegatedFrom ? idOf(delegatedFrom) : null,
        delegatedToTownshipIds: (delegatedTo ?? []).map(idOf),
        remarks: remarks ? `${remarks}（${DEMO_MARK}）` : DEMO_MARK,
      },
    }));

  let step = 0;
  const file = async (
    agency: { id: string; path: string; name: string },
    title: string,
    changes: PowerChangeInput[],
    effectiveDate: string | null,
  ) => {
    const author = seedActor(tenantId, agency, 'legal_office', `演示数据（${agency.name}）`);
    const body = powerRequestCreateBody.parse({ agencyId: agency.id, title: `${DEMO_PREFIX}${title}`, changes });
    // Each step a minute after the one before, so that the request's history reads in order.
    step += 3;
    const at = (n: number) => new Date(now.getTime() - (20 - step - n) * 60_000);
    const draft = await createRequest(tx, author, body, at(-2));
    await submitRequest(tx, author, draft.result.id, at(-1));
    if (effectiveDate) {
      await acceptRequest(
        tx,
        bureau,
        draft.result.id,
        { effectiveDate, comments: '演示数据：准予备案', backdateReason: '演示数据：展示历史版本' },
        at(0),
      );
    }
  };

  await file(
    scjg,
    '市场监督管理局权责清单（初始备案）',
    adds(SCJG_ITEMS, 'institutional_reform', '机构改革后首次编制权责清单'),
    '2024-07-01',
  );
  await file(
    jiantang,
    '建塘镇承接下放职权及本级职权',
    adds(JIANTANG_ITEMS, 'delegation', '赋予乡镇部分县级行政执法权'),
    '2024-09-01',
  );

  const current = await itemsOfAgency(tx, tenantId, scjg.id, '2024-07-01');
  const target = current.find((i) => i.code === SCJG_MODIFICATION.code)!;
  const [base] = await versionsByIds(tx, tenantId, [target.latestVersionId]);
  await file(
    scjg,
    '调整“对未取得食品生产经营许可从事食品生产经营活动的行政处罚”',
    [
      {
        kind: 'modify',
        itemId: target.id,
        reason: 'law_change',
        reasonText: SCJG_MODIFICATION.reasonText,
        content: { ...contentInputOf(base), ...SCJG_MODIFICATION.patch },
      },
    ],
    '2025-01-01',
  );
  await file(
    scjg,
    '新增从业人员健康管理相关处罚事项',
    adds([SCJG_PENDING], 'law_change', '落实食品安全法第一百二十六条'),
    null,
  );
  return { created: true };
}
