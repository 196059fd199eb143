import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { AnnualFilingOverview, AnnualFilingView } from '../../../../contracts/annual-filing';
import { accessLog } from '../../platform/audit/access-log.schema';
import {
  makeAccount,
  makeAgency,
  makeTenant,
  signIn,
  type MadeAccount,
  type MadeAgency,
} from '../../testing/factories';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { annualFilings } from './annual-filing.schema';
import { TINY_PDF_BASE64, trainingPlanBody, workPlanBody } from './annual-filing.test-helpers';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let market: MadeAgency; // 市场监督管理局 (city department)
let town: MadeAgency; // 镇人民政府 (township)
let squad: MadeAgency; // its squad (files nothing)
let bureau: MadeAgency; // 司法局
type Who = 'legal' | 'townLegal' | 'officer' | 'supervisor' | 'subtreeSupervisor' | 'otherTenant' | 'mixed';
const account = {} as Record<Who, MadeAccount>;
/** Sessions expire as the test clock jumps across months: each actor signs in again at each new time. */
const sessions = new Map<Who, { at: number; cookie: string }>();
async function cookieOf(who: Who): Promise<string> {
  const at = ctx.clock.now?.getTime() ?? 0;
  const s = sessions.get(who);
  if (s && s.at === at) return s.cookie;
  const cookie = await signIn(app, account[who]);
  sessions.set(who, { at, cookie });
  return cookie;
}

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  ctx.clock.now = new Date('2026-02-10T02:00:00Z');
  tenant = await makeTenant(ctx);
  bureau = await makeAgency(ctx, tenant, { name: `司法局${tenant}`, kind: 'justice_bureau' });
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  town = await makeAgency(ctx, tenant, { name: `建塘镇人民政府${tenant}`, kind: 'township_government' });
  squad = await makeAgency(ctx, tenant, { parent: town, name: `建塘镇综合行政执法队${tenant}`, kind: 'squad' });
  const legal = (a: MadeAgency) => makeAccount(ctx, a, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]);
  account.legal = await legal(market);
  account.townLegal = await legal(town);
  account.officer = await makeAccount(ctx, market, [{ role: 'officer', scopeKind: 'own_agency' }]);
  account.supervisor = await makeAccount(ctx, bureau, [{ role: 'supervisor', scopeKind: 'tenant' }]);
  account.subtreeSupervisor = await makeAccount(ctx, market, [{ role: 'supervisor', scopeKind: 'agency_subtree' }]);
  // Reads the whole tenant (officer) but keeps only the township (legal office).
  account.mixed = await makeAccount(ctx, town, [
    { role: 'officer', scopeKind: 'tenant' },
    { role: 'legal_office', scopeKind: 'agency_subtree' },
  ]);
  const other = await makeTenant(ctx);
  const otherAgency = await makeAgency(ctx, other);
  account.otherTenant = await legal(otherAgency);
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = async (who: Who, method: Method, url: string, payload?: object, lang?: string) =>
  app.inject({
    method,
    url,
    headers: { cookie: await cookieOf(who), ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload ? { payload } : {}),
  });
const upload = (who: Who, id: string, fileName = '2026年度行政执法工作计划.pdf', contentBase64 = TINY_PDF_BASE64) =>
  call(who, 'POST', `/api/annual-filings/${id}/documents`, { fileName, contentBase64 });
const rowOf = async (id: string) =>
  (
    await ctx.db
      .select()
      .from(annualFilings)
      .where(and(eq(annualFilings.tenantId, tenant), eq(annualFilings.id, id)))
  )[0];

describe('an agency drafts, documents and submits its work plan; the justice bureau returns, then accepts it', () => {
  let plan: AnnualFilingView;

  it('drafts the work plan with its items', async () => {
    const res = await call('legal', 'POST', '/api/annual-filings', workPlanBody(market.id));
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json();
    expect(plan).toMatchObject({
      agency: { id: market.id, kind: 'city_department' },
      year: 2026,
      kind: 'enforcement_work_plan',
      state: 'draft',
      dueDate: '2026-03-31',
      timeliness: 'pending',
      trainingItems: [],
      abilities: { edit: true, submit: true, withdraw: false, delete: true, accept: false, return: false },
    });
    expect(plan.workItems).toHaveLength(2);
    expect(plan.events.map((e) => e.action)).toEqual(['create']);
    const log = (await ctx.db.select().from(accessLog).where(eq(accessLog.tenantId, tenant))).find((l) =>
      l.recordIds.includes(plan.id),
    );
    expect(log).toMatchObject({ action: 'annual_filing.create', statusCode: 201, outcome: 'success' });
  });

  it('refuses a second filing of the same kind and year (409 naming the kind)', async () => {
    const res = await call('legal', 'POST', '/api/annual-filings', workPlanBody(market.id));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.kind).toContain('2026');
  });

  it('will not submit without the plan document, naming the field in zh-CN and en-US', async () => {
    const zh = await call('legal', 'POST', `/api/annual-filings/${plan.id}/submit`, {});
    expect(zh.statusCode, zh.body).toBe(400);
    expect(zh.json().error.message).toContain('计划文件');
    expect(Object.keys(zh.json().error.fields)).toEqual(['documents']);
    const en = await call('legal', 'POST', `/api/annual-filings/${plan.id}/submit`, {}, 'en-US');
    expect(en.json().error.message).toContain('documents');
    expect((await rowOf(plan.id)).state).toBe('draft');
  });

  it('checks the document type by its bytes, and stores a PDF', async () => {
    const text = await upload('legal', plan.id, 'plan.pdf', Buffer.from('not really a pdf').toString('base64'));
    expect(text.statusCode).toBe(400);
    expect(Object.keys(text.json().error.fields)).toEqual(['contentBase64']);
    expect(text.json().error.message).toContain('文件内容');
    const empty = await upload('legal', plan.id, 'plan.pdf', '');
    expect(empty.statusCode).toBe(400);
    const ok = await upload('legal', plan.id);
    expect(ok.statusCode, ok.body).toBe(200);
    plan = ok.json();
    expect(plan.documents).toMatchObject([
      { fileName: '2026年度行政执法工作计划.pdf', contentType: 'application/pdf' },
    ]);
  });

  it('lets readers in scope download the document; others get 404', async () => {
    const url = `/api/annual-filings/${plan.id}/documents/${plan.documents[0].fileId}`;
    const res = await call('officer', 'GET', url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('2026年度行政执法工作计划.pdf'));
    expect(res.rawPayload.equals(Buffer.from(TINY_PDF_BASE64, 'base64'))).toBe(true);
    expect((await call('townLegal', 'GET', url)).statusCode).toBe(404);
    expect((await call('otherTenant', 'GET', url)).statusCode).toBe(404);
    const stray = await call('officer', 'GET', `/api/annual-filings/${plan.id}/documents/${plan.id}`);
    expect(stray.statusCode).toBe(404);
  });

  it('submits on 31 March 23:59 Shanghai time: on time', async () => {
    ctx.clock.now = new Date('2026-03-31T15:59:00Z');
    const res = await call('legal', 'POST', `/api/annual-filings/${plan.id}/submit`, {});
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    expect(plan).toMatchObject({
      state: 'submitted',
      timeliness: 'on_time',
      firstSubmittedAt: '2026-03-31T15:59:00.000Z',
    });
    expect(plan.abilities).toMatchObject({ edit: false, withdraw: true, accept: false });
  });

  it('cannot be edited while submitted (409)', async () => {
    const res = await call('legal', 'PATCH', `/api/annual-filings/${plan.id}`, { summary: '改' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.state).toContain('已报送');
  });

  it('accept and return need filing.review over the whole tenant', async () => {
    expect((await call('legal', 'POST', `/api/annual-filings/${plan.id}/accept`, {})).statusCode).toBe(403);
    const sub = await call('subtreeSupervisor', 'POST', `/api/annual-filings/${plan.id}/accept`, {});
    expect(sub.statusCode).toBe(403);
    expect(sub.json().error.message).toContain('全辖区');
    expect((await call('otherTenant', 'POST', `/api/annual-filings/${plan.id}/accept`, {})).statusCode).toBe(403);
    expect((await rowOf(plan.id)).state).toBe('submitted');
  });

  it('a return needs comments; the bureau returns it with comments', async () => {
    ctx.clock.now = new Date('2026-04-02T02:00:00Z');
    const none = await call('supervisor', 'POST', `/api/annual-filings/${plan.id}/return`, {});
    expect(none.statusCode).toBe(400);
    expect(Object.keys(none.json().error.fields)).toEqual(['comments']);
    expect(none.json().error.message).toContain('意见');
    const res = await call('supervisor', 'POST', `/api/annual-filings/${plan.id}/return`, {
      comments: '请补充涉企行政检查计划和责任分工',
    });
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    expect(plan).toMatchObject({ state: 'returned', reviewComments: '请补充涉企行政检查计划和责任分工' });
  });

  it('resubmitted after 31 March it stays on time: the first submission counts', async () => {
    const edit = await call('legal', 'PATCH', `/api/annual-filings/${plan.id}`, {
      workItems: [
        ...plan.workItems,
        {
          task: '规范涉企行政检查',
          measure: '制定年度检查计划并公示',
          responsibleUnit: '执法稽查局',
          deadlineMonth: 5,
        },
      ],
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().state).toBe('returned');
    ctx.clock.now = new Date('2026-04-10T02:00:00Z');
    const res = await call('legal', 'POST', `/api/annual-filings/${plan.id}/submit`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'submitted', timeliness: 'on_time', reviewComments: null });
    expect(res.json().firstSubmittedAt).toBe('2026-03-31T15:59:00.000Z');
  });

  it('the bureau accepts it; the history names every step with actor and comments', async () => {
    const res = await call('supervisor', 'POST', `/api/annual-filings/${plan.id}/accept`, { comments: '准予备案' });
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    expect(plan.state).toBe('accepted');
    expect(Object.values(plan.abilities).every((v) => v === false)).toBe(true);
    const detail = (await call('officer', 'GET', `/api/annual-filings/${plan.id}`)).json() as AnnualFilingView;
    expect(detail.events.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'submitted'],
      ['return', 'submitted', 'returned'],
      ['submit', 'returned', 'submitted'],
      ['accept', 'submitted', 'accepted'],
    ]);
    expect(detail.events[2].comments).toBe('请补充涉企行政检查计划和责任分工');
    expect(detail.events.every((e) => e.actorName.length > 0)).toBe(true);
    expect(
      (await call('legal', 'POST', `/api/annual-filings/${plan.id}/return`, { comments: '再退' })).statusCode,
    ).toBe(403);
    expect(
      (await call('supervisor', 'POST', `/api/annual-filings/${plan.id}/return`, { comments: '再退回' })).statusCode,
    ).toBe(409);
  });
});

describe('the rules on what is filed', () => {
  it('a city department files no squad training plan; a squad files nothing (field named, zh and en)', async () => {
    ctx.clock.now = new Date('2026-02-10T02:00:00Z');
    const zh = await call('legal', 'POST', '/api/annual-filings', trainingPlanBody(market.id, 'squad_training_plan'));
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.fields.kind).toContain('年度行政执法工作计划');
    expect(zh.json().error.message).toContain('类型');
    const en = await call(
      'townLegal',
      'POST',
      '/api/annual-filings',
      trainingPlanBody(squad.id, 'training_plan'),
      'en-US',
    );
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toContain('kind');
  });

  it('validates the items, naming the field', async () => {
    const body = workPlanBody(town.id);
    body.workItems[0].deadlineMonth = 13;
    const zh = await call('townLegal', 'POST', '/api/annual-filings', body);
    expect(zh.statusCode).toBe(400);
    expect(Object.keys(zh.json().error.fields)).toEqual(['workItems.0.deadlineMonth']);
    expect(zh.json().error.message).toContain('完成时限（月）');
    const en = await call('townLegal', 'POST', '/api/annual-filings', body, 'en-US');
    expect(en.json().error.message).toContain('deadline month');
    const wrong = await call('townLegal', 'POST', '/api/annual-filings', {
      ...trainingPlanBody(town.id, 'training_plan'),
      workItems: workPlanBody(town.id).workItems,
    });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toEqual(['workItems']);
    const far = await call('townLegal', 'POST', '/api/annual-filings', { ...workPlanBody(town.id), year: 2028 });
    expect(far.statusCode).toBe(400);
    expect(Object.keys(far.json().error.fields)).toEqual(['year']);
    const badId = await call('townLegal', 'POST', '/api/annual-filings', { ...workPlanBody(town.id), agencyId: 'x' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.fields.agencyId).toBeTruthy();
    expect(await ctx.db.select().from(annualFilings).where(eq(annualFilings.agencyId, town.id))).toEqual([]);
  });

  it('scope: an agency outside write scope is 400 (not found) in the body; readable but not writable is 403', async () => {
    const outside = await call('townLegal', 'POST', '/api/annual-filings', workPlanBody(market.id));
    expect(outside.statusCode).toBe(400);
    expect(Object.keys(outside.json().error.fields)).toEqual(['agencyId']);
    const readable = await call('mixed', 'POST', '/api/annual-filings', workPlanBody(market.id));
    expect(readable.statusCode).toBe(403);
    expect((await call('officer', 'POST', '/api/annual-filings', workPlanBody(market.id))).statusCode).toBe(403);
  });
});

describe('scope on a filing', () => {
  let id: string;
  beforeAll(async () => {
    ctx.clock.now = new Date('2026-02-10T02:00:00Z');
    const res = await call('legal', 'POST', '/api/annual-filings', trainingPlanBody(market.id, 'training_plan'));
    id = res.json().id;
  });

  it('out of read scope is 404; readable but not writable is 403; nothing changes', async () => {
    expect((await call('townLegal', 'GET', `/api/annual-filings/${id}`)).statusCode).toBe(404);
    expect((await call('otherTenant', 'PATCH', `/api/annual-filings/${id}`, { summary: 'x' })).statusCode).toBe(404);
    expect((await call('mixed', 'PATCH', `/api/annual-filings/${id}`, { summary: 'x' })).statusCode).toBe(403);
    expect((await call('mixed', 'POST', `/api/annual-filings/${id}/submit`, {})).statusCode).toBe(403);
    expect((await rowOf(id)).summary).toBe('');
    const list = await call('townLegal', 'GET', '/api/annual-filings?year=2026');
    expect(list.json().items.map((f: AnnualFilingView) => f.id)).not.toContain(id);
  });

  it('submitted late (1 April 00:00 Shanghai) is late; withdrawn it goes back to draft and cannot be deleted', async () => {
    await upload('legal', id, '培训计划.pdf');
    ctx.clock.now = new Date('2026-03-31T16:00:00Z');
    const res = await call('legal', 'POST', `/api/annual-filings/${id}/submit`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().timeliness).toBe('late');
    const back = await call('legal', 'POST', `/api/annual-filings/${id}/withdraw`, { comments: '补充课程' });
    expect(back.json()).toMatchObject({ state: 'draft', timeliness: 'late' });
    const del = await call('legal', 'DELETE', `/api/annual-filings/${id}`);
    expect(del.statusCode).toBe(409);
    expect(await rowOf(id)).toBeTruthy();
  });

  it('a never-submitted draft can be deleted; a document can be removed', async () => {
    ctx.clock.now = new Date('2026-02-10T02:00:00Z');
    const draft = (
      await call('townLegal', 'POST', '/api/annual-filings', trainingPlanBody(town.id, 'squad_training_plan'))
    ).json();
    const withDoc = (await upload('townLegal', draft.id)).json() as AnnualFilingView;
    const removed = await call(
      'townLegal',
      'DELETE',
      `/api/annual-filings/${draft.id}/documents/${withDoc.documents[0].fileId}`,
    );
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().documents).toEqual([]);
    expect((await call('townLegal', 'DELETE', `/api/annual-filings/${draft.id}`)).statusCode).toBe(204);
    expect(await rowOf(draft.id)).toBeUndefined();
  });
});

describe('the overview of a year', () => {
  it('lists every filer × required kind with status, timeliness and counts; squads are not listed', async () => {
    ctx.clock.now = new Date('2026-04-15T02:00:00Z');
    const res = await call('supervisor', 'GET', '/api/annual-filings/overview?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as AnnualFilingOverview;
    expect(o).toMatchObject({ year: 2026, dueDate: '2026-03-31', today: '2026-04-15', canReview: true });
    const names = o.rows.map((r) => r.agency.id);
    expect(names).toEqual(expect.arrayContaining([bureau.id, market.id, town.id]));
    expect(names).not.toContain(squad.id);
    const cellsOf = (id: string) => o.rows.find((r) => r.agency.id === id)!.cells;
    expect(cellsOf(market.id).map((c) => [c.kind, c.status, c.timeliness])).toEqual([
      ['enforcement_work_plan', 'accepted', 'on_time'],
      ['training_plan', 'draft', 'late'],
    ]);
    expect(cellsOf(town.id).map((c) => c.status)).toEqual(['missing', 'missing', 'missing']);
    expect(cellsOf(town.id).every((c) => c.timeliness === 'overdue')).toBe(true);
    expect(o.counts).toEqual({
      required: 7,
      missing: 5,
      draft: 1,
      submitted: 0,
      returned: 0,
      accepted: 1,
      onTime: 1,
      late: 1,
      overdue: 5,
    });
  });

  it('an agency sees only its own rows and may not review', async () => {
    const res = await call('townLegal', 'GET', '/api/annual-filings/overview?year=2026');
    const o = res.json() as AnnualFilingOverview;
    expect(o.rows.map((r) => r.agency.id)).toEqual([town.id]);
    expect(o.rows[0].canFile).toBe(true);
    expect(o.canReview).toBe(false);
    const bad = await call('townLegal', 'GET', '/api/annual-filings/overview?year=abc');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['year']);
  });
});
