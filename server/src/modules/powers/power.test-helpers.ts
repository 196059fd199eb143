// Test helpers for the powers list (used by this module's tests and the authorisation matrix): actors that act
// through the services directly, valid contents, and change requests in a given state.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { powerRequestCreateBody, type PowerChangeInput, type PowerContentInput } from '../../../../contracts/power';
import type { Role } from '../../../../contracts/roles';
import type { Actor } from '../../platform/auth/policy';
import type { AppContext } from '../../platform/context';
import { findRootDir } from '../../platform/config';
import { shanghaiDate } from '../../platform/legal-date';
import { importLawText } from '../laws/law-import.service';
import { acceptRequest, submitRequest } from './power-filing.service';
import { createRequest } from './power-request.service';
import { writePowersWorkbook } from './power-xlsx';
import { powerChangeRequests, powerChanges, powerGuidanceNotes, powerItems } from './power.schema';
import { makeAgency, type MadeAgency } from '../../testing/factories';

/** An actor for calling the services directly: a role over the whole tenant, or over an agency subtree. */
export function serviceActor(
  agency: { tenantId: string; id: string; path: string },
  role: Role,
  scope: 'tenant' | 'subtree' = 'tenant',
): Actor {
  return {
    accountId: randomUUID(),
    username: `svc-${role}`,
    displayName: `测试${role}`,
    tenantId: agency.tenantId,
    agencyId: agency.id,
    agencyPath: agency.path,
    grants: [
      {
        id: randomUUID(),
        role,
        scopeKind: scope === 'tenant' ? 'tenant' : 'agency_subtree',
        scopeAgencyId: scope === 'tenant' ? null : agency.id,
        scopeAgencyPath: scope === 'tenant' ? null : agency.path,
        scopeTenants: [],
      },
    ],
    via: 'session',
    tokenPermissions: null,
    sessionId: null,
    mfaEnabled: false,
    mfaSetupRequired: false,
    mustChangePassword: false,
  };
}

/** A valid content; the basis cites 食品安全法 (linked once the law is imported) unless given. */
export function sampleContent(code: string, over: Partial<PowerContentInput> = {}): PowerContentInput {
  return {
    code,
    name: `对未取得食品生产经营许可从事食品生产经营活动的行政处罚（${code}）`,
    category: 'penalty',
    subItems: [],
    basisText: '《中华人民共和国食品安全法》第一百二十二条第一款',
    duty: '立案、调查取证、审查、告知、决定、送达、执行责任',
    accountability: '不履行或者不正确履行行政职责的，依法追究责任',
    level: 'county',
    delegatedFromAgencyId: null,
    delegatedToTownshipIds: [],
    remarks: null,
    ...over,
  };
}

export const addChange = (content: PowerContentInput): PowerChangeInput => ({
  kind: 'add',
  reason: 'institutional_reform',
  reasonText: '机构改革后调整',
  content,
});

/**
 * A change request of `agency` in the given state, made through the services (the agency drafts and submits it,
 * a supervisor accepts it). Returns the request id and, once accepted, the ids of the items it created.
 */
export async function makePowerRequest(
  ctx: AppContext,
  agency: { tenantId: string; id: string; path: string },
  opts: {
    state: 'draft' | 'submitted' | 'accepted';
    changes?: PowerChangeInput[];
    title?: string;
    effectiveDate?: string;
  },
): Promise<{ requestId: string; itemIds: string[] }> {
  const author = serviceActor(agency, 'legal_office');
  const reviewer = serviceActor(agency, 'supervisor');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const body = powerRequestCreateBody.parse({
      agencyId: agency.id,
      title: opts.title ?? `测试申请${randomUUID().slice(0, 8)}`,
      changes: opts.changes ?? [addChange(sampleContent(`T-${randomUUID().slice(0, 8)}`))],
    });
    const draft = await createRequest(tx, author, body, now);
    const requestId = draft.result.id;
    if (opts.state === 'draft') return { requestId, itemIds: [] };
    await submitRequest(tx, author, requestId, now);
    if (opts.state === 'submitted') return { requestId, itemIds: [] };
    const accepted = await acceptRequest(
      tx,
      reviewer,
      requestId,
      { effectiveDate: opts.effectiveDate ?? shanghaiDate(now), backdateReason: '测试数据' },
      now,
    );
    return { requestId, itemIds: accepted.recordIds.slice(1) };
  });
}

/** Imports statutes from shared/data/laws by file name (idempotent: a shared database may hold them already). */
export async function importSharedLaws(ctx: AppContext, ...files: string[]): Promise<void> {
  const dir = join(findRootDir(), '..', 'shared', 'data', 'laws');
  for (const fileName of files) {
    const report = await importLawText(ctx, { fileName, content: readFileSync(join(dir, fileName), 'utf8') });
    if (report.outcome !== 'created' && report.outcome !== 'unchanged') {
      throw new Error(`law import ${fileName}: ${report.outcome} ${report.message ?? ''}`);
    }
  }
}

/** A township government at the top of the tenant's tree (outside every agency subtree of the matrix). */
export async function makeTownship(ctx: AppContext, tenantId: string): Promise<MadeAgency> {
  return makeAgency(ctx, tenantId, {
    name: `测试乡${randomUUID().slice(0, 8)}镇人民政府`,
    kind: 'township_government',
  });
}

/** An accepted item of `township`, delegated by `delegating` (职权下沉). */
export async function makeDelegatedItem(
  ctx: AppContext,
  township: MadeAgency,
  delegating: { id: string },
): Promise<{ requestId: string; itemId: string }> {
  const made = await makePowerRequest(ctx, township, {
    state: 'accepted',
    changes: [
      addChange(
        sampleContent(`XZ-${randomUUID().slice(0, 8)}`, { level: 'township', delegatedFromAgencyId: delegating.id }),
      ),
    ],
  });
  return { requestId: made.requestId, itemId: made.itemIds[0] };
}

/** A .xlsx in the list's layout with one new item per code, base64-encoded (as the import takes it). */
export async function powersWorkbookBase64(codes: readonly string[]): Promise<string> {
  const rows = codes.map((code, i) => {
    const c = sampleContent(code);
    return {
      seq: String(i + 1),
      code,
      name: c.name,
      subItems: '',
      category: '行政处罚',
      basisText: c.basisText,
      duty: c.duty,
      accountability: c.accountability,
      level: '县（市）级',
      delegatedTo: '',
      delegatedFrom: '',
      remarks: '',
    };
  });
  return (await writePowersWorkbook({ title: '权责清单', subtitle: '测试', rows })).toString('base64');
}

/** A request as stored, with its changes (to compare before and after a refused write). */
export async function requestSnapshot(ctx: AppContext, tenantId: string, id: string) {
  const [request] = await ctx.db
    .select()
    .from(powerChangeRequests)
    .where(and(eq(powerChangeRequests.tenantId, tenantId), eq(powerChangeRequests.id, id)));
  const changes = await ctx.db
    .select()
    .from(powerChanges)
    .where(and(eq(powerChanges.tenantId, tenantId), eq(powerChanges.requestId, id)));
  const items = await ctx.db
    .select()
    .from(powerItems)
    .where(and(eq(powerItems.tenantId, tenantId), eq(powerItems.agencyId, request?.agencyId ?? tenantId)));
  return { request, changes, items };
}

export async function requestsTitled(ctx: AppContext, tenantId: string, title: string) {
  return ctx.db
    .select()
    .from(powerChangeRequests)
    .where(and(eq(powerChangeRequests.tenantId, tenantId), eq(powerChangeRequests.title, title)));
}

export async function guidanceOf(ctx: AppContext, tenantId: string, itemId: string) {
  return ctx.db
    .select()
    .from(powerGuidanceNotes)
    .where(and(eq(powerGuidanceNotes.tenantId, tenantId), eq(powerGuidanceNotes.itemId, itemId)));
}
