import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { PowerItemListView } from '../../../../contracts/power';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { SHANGRI_LA_AGENCIES } from '../seed/shangri-la.data';
import { seedDemoPowers } from './power.seed';

// A tenant with the demo tenant's agencies (the demo seed calls seedDemoPowers in its own transaction; here it is
// called on its own, so that this test does not depend on the rest of the demo seed).
let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
const agencyOf = new Map<string, MadeAgency>();

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  for (const a of SHANGRI_LA_AGENCIES) {
    agencyOf.set(
      a.key,
      await makeAgency(ctx, tenant, {
        name: a.name,
        kind: a.kind,
        parent: a.parentKey ? agencyOf.get(a.parentKey) : undefined,
      }),
    );
  }
  const created = await ctx.db.transaction((tx) => seedDemoPowers(tx, { tenantId: tenant, now: new Date() }));
  expect(created.created).toBe(true);
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const ROLE_OF = {
  scjg_legal: ['scjg', 'legal_office', 'agency_subtree'],
  jiantang_leader: ['jiantang', 'agency_leader', 'agency_subtree'],
  supervisor: ['sfj', 'supervisor', 'tenant'],
} as const;

async function as(who: keyof typeof ROLE_OF) {
  const [key, role, scopeKind] = ROLE_OF[who];
  return { cookie: await signIn(app, await makeAccount(ctx, agencyOf.get(key)!, [{ role, scopeKind }])) };
}

describe('the demo powers lists', () => {
  it('seeds 市场监督管理局’s list with a history, 建塘镇’s delegated items, and a filing waiting in the inbox', async () => {
    const headers = await as('scjg_legal');
    const own = (
      await app.inject({ method: 'GET', url: `/api/powers/items?view=own&tenant=${tenant}`, headers })
    ).json() as PowerItemListView;
    expect(own.items.map((i) => i.content.code)).toEqual(
      expect.arrayContaining(['SCJG-XK-001', 'SCJG-CF-001', 'SCJG-CF-006', 'SCJG-QZ-001', 'SCJG-JL-001']),
    );
    expect(own.items.every((i) => i.content.remarks?.includes('演示数据'))).toBe(true);
    const amended = own.items.find((i) => i.content.code === 'SCJG-CF-001')!;
    expect(amended).toMatchObject({ versionNo: 2, effectiveFrom: '2025-01-01' });
    // 广告法 is not in the law library: that item keeps its basis as written, flagged 依据未关联.
    const advertising = own.items.find((i) => i.content.code === 'SCJG-CF-006')!;
    expect(advertising.content.basisLinked).toBe(false);
    expect(advertising.content.basisProblems[0].zh).toContain('广告法');

    const delegated = (
      await app.inject({ method: 'GET', url: `/api/powers/items?view=delegated&tenant=${tenant}`, headers })
    ).json();
    expect(delegated.items.map((i: { content: { code: string } }) => i.content.code)).toEqual(['JTZ-CF-001']);

    const town = (
      await app.inject({
        method: 'GET',
        url: `/api/powers/items?tenant=${tenant}`,
        headers: await as('jiantang_leader'),
      })
    ).json();
    expect(town.items.map((i: { content: { code: string } }) => i.content.code).sort()).toEqual([
      'JTZ-CF-001',
      'JTZ-CF-002',
      'JTZ-CF-003',
      'JTZ-CF-004',
      'JTZ-JC-001',
    ]);

    const inbox = (
      await app.inject({
        method: 'GET',
        url: `/api/powers/requests?state=submitted&tenant=${tenant}`,
        headers: await as('supervisor'),
      })
    ).json();
    const pending = inbox.items.find((r: { title: string }) => r.title.startsWith('演示数据：新增从业人员健康管理'));
    expect(pending).toBeTruthy();
    const detail = (
      await app.inject({ method: 'GET', url: `/api/powers/requests/${pending.id}`, headers: await as('supervisor') })
    ).json();
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['create', 'submit']);
    const publicList = (await app.inject({ method: 'GET', url: `/api/public/tenants/${tenant}/powers` })).json();
    const scjg = publicList.agencies.find((a: { name: string }) => a.name === '香格里拉市市场监督管理局');
    expect(scjg.itemCount).toBe(own.items.length);
  });

  it('is idempotent', async () => {
    const again = await ctx.db.transaction((tx) => seedDemoPowers(tx, { tenantId: tenant, now: new Date() }));
    expect(again.created).toBe(false);
  });
});
