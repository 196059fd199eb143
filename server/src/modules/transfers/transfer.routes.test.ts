import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeOfficer, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { officerEvents, officers } from '../personnel/officer.schema';
import { shanghaiDate } from '../../platform/legal-date';
import { secondments, transferPlans } from './transfer.schema';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let market: MadeAgency; // 市场监督管理局, the filing agency
let forestry: MadeAgency; // another agency of the tenant
let other: MadeAgency; // an agency of another tenant
const cookie = {} as Record<'marketLegal' | 'officer' | 'supervisor' | 'forestryLegal' | 'otherSupervisor', string>;
const today = () => shanghaiDate(new Date());

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  forestry = await makeAgency(ctx, tenant, { name: `林业和草原局${tenant}` });
  const justice = await makeAgency(ctx, tenant, { name: `司法局${tenant}` });
  const otherTenant = await makeTenant(ctx);
  other = await makeAgency(ctx, otherTenant, { name: `外区划单位${otherTenant}` });
  cookie.marketLegal = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookie.officer = await signIn(app, await makeAccount(ctx, market, [{ role: 'officer', scopeKind: 'own_agency' }]));
  cookie.supervisor = await signIn(app, await makeAccount(ctx, justice, [{ role: 'supervisor', scopeKind: 'tenant' }]));
  cookie.forestryLegal = await signIn(
    app,
    await makeAccount(ctx, forestry, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookie.otherSupervisor = await signIn(
    app,
    await makeAccount(ctx, other, [{ role: 'supervisor', scopeKind: 'tenant' }]),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

type Method = 'GET' | 'POST' | 'PUT';
const call = (who: keyof typeof cookie, method: Method, url: string, payload?: object, lang?: string) =>
  app.inject({
    method,
    url,
    headers: { cookie: cookie[who], ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload ? { payload } : {}),
  });

/** A fresh agency with `n` front-line officers in post and a minimum set by the justice bureau. */
async function agencyWith(n: number, minimum: number | null, parent: MadeAgency = market) {
  const ag = await makeAgency(ctx, tenant, { parent });
  const list = [];
  for (let i = 0; i < n; i++) list.push(await makeOfficer(ctx, ag, { name: `一线${i}` }));
  if (minimum !== null) {
    const res = await call('supervisor', 'PUT', `/api/staffing-minimums/${ag.id}`, {
      minimumFrontLine: minimum,
      basis: '测试依据',
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  return { ag, officers: list };
}

const outItem = (officerId: string, extra: object = {}) => ({
  kind: 'out',
  officerId,
  destinationName: '州直有关部门',
  effectiveDate: today(),
  reason: '工作调动',
  ...extra,
});

describe('transfer plans', () => {
  it('files a plan, shows the balance, and refuses submission below the minimum without a reason (zh/en)', async () => {
    const { ag, officers: list } = await agencyWith(3, 3);
    const created = await call('marketLegal', 'POST', '/api/transfer-plans', {
      agencyId: ag.id,
      title: '2026年调整计划',
      items: [outItem(list[0].id)],
    });
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json();
    expect(plan).toMatchObject({
      state: 'draft',
      balance: { current: 3, projected: 2, minimum: 3, belowMinimum: true },
    });
    expect(plan.abilities).toMatchObject({ edit: true, submit: true, accept: false, execute: false });

    const zh = await call('marketLegal', 'POST', `/api/transfer-plans/${plan.id}/submit`, {});
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.message).toContain('低于最低配置的理由');
    expect(zh.json().error.fields.balanceReason).toContain('低于最低配置 3 人');
    const en = await call('marketLegal', 'POST', `/api/transfer-plans/${plan.id}/submit`, {}, 'en-US');
    expect(en.json().error.fields.balanceReason).toContain('below the minimum of 3');
    const [row] = await ctx.db.select().from(transferPlans).where(eq(transferPlans.id, plan.id));
    expect(row.state).toBe('draft');

    const ok = await call('marketLegal', 'POST', `/api/transfer-plans/${plan.id}/submit`, {
      balanceReason: '上级选调，三个月内招录补充',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'submitted', flagged: true, balanceReason: '上级选调，三个月内招录补充' });
  });

  it('submits without a reason when the plan keeps the minimum (an incoming officer balances an outgoing one)', async () => {
    const { ag, officers: list } = await agencyWith(3, 3);
    const elsewhere = await makeOfficer(ctx, forestry, { name: '林业调入' });
    const res = await call('marketLegal', 'POST', '/api/transfer-plans', {
      agencyId: ag.id,
      title: '平衡计划',
      items: [
        outItem(list[0].id),
        { kind: 'in', officerId: elsewhere.id, frontLine: true, effectiveDate: today(), reason: '补充' },
      ],
    });
    expect(res.json().balance).toMatchObject({ current: 3, projected: 3, belowMinimum: false, outs: 1, ins: 1 });
    const sub = await call('marketLegal', 'POST', `/api/transfer-plans/${res.json().id}/submit`, {});
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json().flagged).toBe(false);
  });

  it('names the wrong fields of items in zh and en, and writes nothing', async () => {
    const { ag } = await agencyWith(1, null);
    const foreign = await makeOfficer(ctx, forestry);
    const payload = {
      agencyId: ag.id,
      title: '错误计划',
      items: [
        { kind: 'out', officerId: foreign.id, effectiveDate: today(), reason: '调出' },
        { kind: 'in', frontLine: true, effectiveDate: today(), reason: '补充' },
      ],
    };
    const res = await call('marketLegal', 'POST', '/api/transfer-plans', payload);
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual([
      'items.0.destinationName',
      'items.0.officerId',
      'items.1.newPersonName',
    ]);
    expect(res.json().error.message).toContain('执法人员');
    const en = await call('marketLegal', 'POST', '/api/transfer-plans', payload, 'en-US');
    expect(en.json().error.message).toContain('officer');
    const bad = await call('marketLegal', 'POST', '/api/transfer-plans', { ...payload, agencyId: 'nope' });
    expect(bad.statusCode).toBe(400);
    const rows = await ctx.db.select().from(transferPlans).where(eq(transferPlans.agencyId, ag.id));
    expect(rows).toHaveLength(0);
  });

  it('keeps plans in scope: another agency reads 404, an officer may read but not write (403)', async () => {
    const { ag, officers: list } = await agencyWith(2, null);
    const plan = (
      await call('marketLegal', 'POST', '/api/transfer-plans', {
        agencyId: ag.id,
        title: '范围测试',
        items: [outItem(list[0].id)],
      })
    ).json();
    expect((await call('forestryLegal', 'GET', `/api/transfer-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await call('otherSupervisor', 'GET', `/api/transfer-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await call('forestryLegal', 'POST', `/api/transfer-plans/${plan.id}/submit`, {})).statusCode).toBe(404);
    // The officer's own_agency scope is the 市场监督管理局 itself, not the sub-agency: not found.
    expect((await call('officer', 'GET', `/api/transfer-plans/${plan.id}`)).statusCode).toBe(404);
    const list2 = await call('forestryLegal', 'GET', `/api/transfer-plans?agencyId=${ag.id}`);
    expect(list2.json().items).toHaveLength(0);
    // Accepting is the justice bureau's (filing.review): the agency's own legal office is refused.
    expect((await call('marketLegal', 'POST', `/api/transfer-plans/${plan.id}/accept`, {})).statusCode).toBe(403);
  });

  it('an officer of the agency reads its plans but may not file one (403)', async () => {
    const mine = await makeOfficer(ctx, market);
    const res = await call('officer', 'POST', '/api/transfer-plans', {
      agencyId: market.id,
      title: '无权',
      items: [outItem(mine.id)],
    });
    expect(res.statusCode).toBe(403);
  });

  it('the justice bureau returns with comments, the agency resubmits, the bureau accepts; the agency executes', async () => {
    const { ag, officers: list } = await agencyWith(3, 1);
    const incoming = await makeOfficer(ctx, forestry, { name: '林业骨干', frontLine: false });
    const plan = (
      await call('marketLegal', 'POST', '/api/transfer-plans', {
        agencyId: ag.id,
        title: '执行测试',
        items: [
          outItem(list[0].id, { destinationAgencyId: forestry.id, destinationName: null }),
          outItem(list[1].id),
          {
            kind: 'post',
            officerId: list[2].id,
            frontLine: false,
            post: '内勤',
            effectiveDate: today(),
            reason: '岗位调整',
          },
          {
            kind: 'in',
            officerId: incoming.id,
            frontLine: true,
            post: '执法队员',
            effectiveDate: today(),
            reason: '补充',
          },
          {
            kind: 'in',
            newPersonName: '张新',
            post: '执法队员',
            frontLine: true,
            effectiveDate: today(),
            reason: '招录',
          },
          outItem((await makeOfficer(ctx, ag)).id, { effectiveDate: '2099-01-01' }),
        ],
      })
    ).json();
    expect(plan.balance).toMatchObject({ current: 4, projected: 2, outs: 3, toBackOffice: 1, ins: 2 });
    await call('marketLegal', 'POST', `/api/transfer-plans/${plan.id}/submit`, {});
    const returned = await call('supervisor', 'POST', `/api/transfer-plans/${plan.id}/return`, { comments: '' });
    expect(returned.statusCode).toBe(400);
    const r2 = await call('supervisor', 'POST', `/api/transfer-plans/${plan.id}/return`, {
      comments: '补充组织部门备案',
    });
    expect(r2.json()).toMatchObject({ state: 'returned', reviewComments: '补充组织部门备案' });
    const org = await call('marketLegal', 'PUT', `/api/transfer-plans/${plan.id}/org-filing`, {
      filedOn: today(),
      documentNo: '香组备〔2026〕3号',
    });
    expect(org.json().orgFiling).toEqual({ filedOn: today(), documentNo: '香组备〔2026〕3号' });
    await call('marketLegal', 'POST', `/api/transfer-plans/${plan.id}/submit`, {});
    expect((await call('marketLegal', 'POST', `/api/transfer-plans/${plan.id}/execute`, {})).statusCode).toBe(409);
    const accepted = await call('supervisor', 'POST', `/api/transfer-plans/${plan.id}/accept`, { comments: '同意' });
    expect(accepted.json()).toMatchObject({ state: 'accepted', abilities: { execute: true } });

    const exec = await call('marketLegal', 'POST', `/api/transfer-plans/${plan.id}/execute`, {});
    expect(exec.statusCode, exec.body).toBe(200);
    // The far-future item is not due: the plan stays accepted.
    expect(exec.json().state).toBe('accepted');
    const outcomes = exec.json().items.map((i: { outcome: string | null }) => i.outcome);
    expect(outcomes).toEqual(['applied', 'applied', 'applied', 'applied', 'awaiting_registration', null]);
    const rows = await ctx.db
      .select()
      .from(officers)
      .where(and(eq(officers.tenantId, tenant)));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(list[0].id)).toMatchObject({ agencyId: forestry.id, status: 'in_post' });
    expect(byId.get(list[1].id)).toMatchObject({ agencyId: ag.id, status: 'transferred' });
    expect(byId.get(list[2].id)).toMatchObject({ frontLine: false, post: '内勤' });
    expect(byId.get(incoming.id)).toMatchObject({ agencyId: ag.id, frontLine: true, status: 'in_post' });
    const events = await ctx.db
      .select()
      .from(officerEvents)
      .where(and(eq(officerEvents.tenantId, tenant), eq(officerEvents.officerId, list[1].id)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'transfer_out' });
    expect(events[0].reason).toContain('执行测试');
    expect((await call('marketLegal', 'POST', `/api/transfer-plans/${plan.id}/execute`, {})).statusCode).toBe(409);
    const detail = await call('supervisor', 'GET', `/api/transfer-plans/${plan.id}`);
    expect(detail.json().events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'return',
      'submit',
      'accept',
      'execute',
    ]);
  });

  it('lists by state and year, and previews a balance', async () => {
    const { ag, officers: list } = await agencyWith(2, 2);
    const pre = await call('marketLegal', 'POST', '/api/transfer-plans/balance-preview', {
      agencyId: ag.id,
      items: [outItem(list[0].id)],
    });
    expect(pre.json()).toMatchObject({ current: 2, projected: 1, minimum: 2, belowMinimum: true });
    await call('marketLegal', 'POST', '/api/transfer-plans', { agencyId: ag.id, title: '列表', items: [] });
    const year = Number(today().slice(0, 4));
    const res = await call('supervisor', 'GET', `/api/transfer-plans?agencyId=${ag.id}&state=draft&year=${year}`);
    expect(res.json()).toMatchObject({ total: 1 });
    const none = await call('supervisor', 'GET', `/api/transfer-plans?agencyId=${ag.id}&year=${year - 1}`);
    expect(none.json().total).toBe(0);
    const empty = await call('marketLegal', 'POST', `/api/transfer-plans/${res.json().items[0].id}/submit`, {});
    expect(empty.json().error.fields).toHaveProperty('items');
  });
});

describe('the organisation department filing and scope of the actions', () => {
  it('records the filing (date with its number, or not yet), refuses a number without a date or a future date', async () => {
    const { ag, officers: list } = await agencyWith(1, null);
    const plan = (
      await call('marketLegal', 'POST', '/api/transfer-plans', {
        agencyId: ag.id,
        title: '组织部门备案',
        items: [outItem(list[0].id)],
      })
    ).json();
    const url = `/api/transfer-plans/${plan.id}/org-filing`;
    const noDate = await call('marketLegal', 'PUT', url, { filedOn: null, documentNo: '香组备1号' });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.message).toContain('组织部门备案日期');
    const future = await call('marketLegal', 'PUT', url, { filedOn: '2999-01-01', documentNo: null }, 'en-US');
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toContain('organisation department filing date');
    const ok = await call('marketLegal', 'PUT', url, { filedOn: today(), documentNo: '香组备1号' });
    expect(ok.json().orgFiling).toEqual({ filedOn: today(), documentNo: '香组备1号' });
    const cleared = await call('marketLegal', 'PUT', url, { filedOn: null, documentNo: null });
    expect(cleared.json().orgFiling).toEqual({ filedOn: null, documentNo: null });
    expect((await call('forestryLegal', 'PUT', url, { filedOn: null, documentNo: null })).statusCode).toBe(404);
  });

  it('another tenant’s justice bureau cannot accept (404); another agency cannot execute or preview (404 / 400)', async () => {
    const { ag, officers: list } = await agencyWith(2, null);
    const plan = (
      await call('marketLegal', 'POST', '/api/transfer-plans', {
        agencyId: ag.id,
        title: '范围',
        items: [outItem(list[0].id)],
      })
    ).json();
    await call('marketLegal', 'POST', `/api/transfer-plans/${plan.id}/submit`, {});
    expect((await call('otherSupervisor', 'POST', `/api/transfer-plans/${plan.id}/accept`, {})).statusCode).toBe(404);
    await call('supervisor', 'POST', `/api/transfer-plans/${plan.id}/accept`, {});
    expect((await call('forestryLegal', 'POST', `/api/transfer-plans/${plan.id}/execute`, {})).statusCode).toBe(404);
    const [row] = await ctx.db.select().from(officers).where(eq(officers.id, list[0].id));
    expect(row.agencyId).toBe(ag.id);
    const preview = await call('forestryLegal', 'POST', '/api/transfer-plans/balance-preview', {
      agencyId: ag.id,
      items: [],
    });
    expect(preview.statusCode).toBe(400);
    expect(preview.json().error.fields).toHaveProperty('agencyId');
  });
});

describe('front-line strength and minimums', () => {
  it('only the justice bureau sets a minimum; the strength table shows current, seconded and projected', async () => {
    const { ag } = await agencyWith(2, null);
    expect(
      (await call('marketLegal', 'PUT', `/api/staffing-minimums/${ag.id}`, { minimumFrontLine: 1 })).statusCode,
    ).toBe(403);
    expect(
      (await call('otherSupervisor', 'PUT', `/api/staffing-minimums/${ag.id}`, { minimumFrontLine: 1 })).statusCode,
    ).toBe(404);
    const bad = await call('supervisor', 'PUT', `/api/staffing-minimums/${ag.id}`, { minimumFrontLine: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('一线执法力量最低配置');
    const ok = await call('supervisor', 'PUT', `/api/staffing-minimums/${ag.id}`, { minimumFrontLine: 2 });
    expect(ok.json()).toMatchObject({ minimum: 2, current: 2, projected: 2, belowMinimum: false });
    const list = await call('marketLegal', 'GET', '/api/staffing-strength');
    expect(list.json().canConfigure).toBe(false);
    expect(list.json().items.find((i: { agency: { id: string } }) => i.agency.id === ag.id)).toMatchObject({
      minimum: 2,
      current: 2,
    });
  });
});

describe('secondments', () => {
  it('records a secondment (status 借调), flags it, and ends it (back in post)', async () => {
    const { ag, officers: list } = await agencyWith(4, 4);
    const res = await call('marketLegal', 'POST', '/api/secondments', {
      officerId: list[0].id,
      destination: '市委巡察办',
      startDate: '2025-01-01',
      expectedEndDate: '2025-03-01',
      reason: '巡察工作',
      approvalDocNo: '香人借〔2025〕1号',
    });
    expect(res.statusCode, res.body).toBe(201);
    // 1 of 4 seconded (25 % > 10 %), front line down to 3 < 4, past its end and longer than 6 months.
    expect(res.json().flags.sort()).toEqual(['below_minimum', 'long_running', 'overdue', 'share_exceeded']);
    const [o] = await ctx.db.select().from(officers).where(eq(officers.id, list[0].id));
    expect(o.status).toBe('seconded');
    const again = await call('marketLegal', 'POST', '/api/secondments', {
      officerId: list[0].id,
      destination: '又一处',
      startDate: '2025-01-01',
      expectedEndDate: '2025-03-01',
      reason: '重复',
      approvalDocNo: 'x',
    });
    expect(again.statusCode).toBe(400);
    const flags = await call('supervisor', 'GET', '/api/secondment-flags');
    const mine = flags.json().items.filter((f: { agency: { id: string } }) => f.agency.id === ag.id);
    expect(mine.map((f: { kind: string }) => f.kind).sort()).toEqual([
      'below_minimum',
      'long_running',
      'overdue',
      'share_exceeded',
    ]);
    const flagged = await call('supervisor', 'GET', `/api/secondments?agencyId=${ag.id}&flagged=true`);
    expect(flagged.json().total).toBe(1);

    const end = await call('marketLegal', 'POST', `/api/secondments/${res.json().id}/end`, { endedOn: today() });
    expect(end.statusCode, end.body).toBe(200);
    expect(end.json()).toMatchObject({ active: false, flags: [] });
    const [back] = await ctx.db.select().from(officers).where(eq(officers.id, list[0].id));
    expect(back.status).toBe('in_post');
    const evs = await ctx.db.select().from(officerEvents).where(eq(officerEvents.officerId, list[0].id));
    expect(evs.map((e) => e.kind).sort()).toEqual(['secondment', 'secondment_end']);
    const twice = await call('marketLegal', 'POST', `/api/secondments/${res.json().id}/end`, { endedOn: today() });
    expect(twice.statusCode).toBe(409);
  });

  it('validates dates and scope, naming fields in zh and en', async () => {
    const { officers: list } = await agencyWith(1, null);
    const body = {
      officerId: list[0].id,
      destination: '州专班',
      startDate: '2025-05-01',
      expectedEndDate: '2025-04-01',
      reason: '专项',
      approvalDocNo: '文1',
    };
    const zh = await call('marketLegal', 'POST', '/api/secondments', body);
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.message).toContain('预计结束日期');
    const en = await call('marketLegal', 'POST', '/api/secondments', body, 'en-US');
    expect(en.json().error.message).toContain('expected end');
    const out = await call('forestryLegal', 'POST', '/api/secondments', { ...body, expectedEndDate: '2025-06-01' });
    expect(out.statusCode).toBe(400);
    expect(out.json().error.fields).toHaveProperty('officerId');
    const rows = await ctx.db.select().from(secondments).where(eq(secondments.officerId, list[0].id));
    expect(rows).toHaveLength(0);
    const unknown = await call('marketLegal', 'POST', `/api/secondments/00000000-0000-4000-8000-000000000000/end`, {
      endedOn: today(),
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('the share threshold is the justice bureau’s setting', async () => {
    expect((await call('marketLegal', 'PUT', '/api/transfer-settings', { secondedSharePercent: 30 })).statusCode).toBe(
      403,
    );
    const bad = await call('supervisor', 'PUT', '/api/transfer-settings', { secondedSharePercent: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('借调比例上限');
    const ok = await call('supervisor', 'PUT', '/api/transfer-settings', { maxSecondmentMonths: 12 });
    expect(ok.json()).toEqual({ secondedSharePercent: 10, maxSecondmentMonths: 12 });
    expect((await call('officer', 'GET', '/api/transfer-settings')).json().maxSecondmentMonths).toBe(12);
    await call('supervisor', 'PUT', '/api/transfer-settings', { maxSecondmentMonths: 6 });
  });
});
