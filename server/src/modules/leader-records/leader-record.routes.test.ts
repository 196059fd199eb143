import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { CourtAppearanceView, LeaderSummaryView, StudySessionView } from '../../../../contracts/leader-record';
import {
  makeAccount,
  makeAgency,
  makeOfficer,
  makeTenant,
  signIn,
  type MadeAccount,
  type MadeAgency,
} from '../../testing/factories';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { importLawText } from '../laws/law-import.service';
import { TINY_PDF_BASE64 } from '../annual-filings/annual-filing.test-helpers';
import { leaderCourtAppearances } from './leader-record.schema';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let market: MadeAgency;
let town: MadeAgency;
let squad: MadeAgency;
let lawTitle: string;
type Who = 'legal' | 'townLegal' | 'supervisor' | 'otherTenant' | 'mixed' | 'officer';
const account = {} as Record<Who, MadeAccount>;
const cookies = new Map<Who, string>();

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  lawTitle = `领导学法测试条例${randomUUID().slice(0, 8)}`;
  await importLawText(ctx, {
    fileName: 'leader-test(2020-01-01).md',
    content: `# ${lawTitle}\n\n2020年1月1日 测试通过\n\n<!-- INFO END -->\n\n第一条 第一条的条文。\n\n第二条 第二条的条文。\n`,
  });
  tenant = await makeTenant(ctx);
  const bureau = await makeAgency(ctx, tenant, { name: `司法局${tenant}`, kind: 'justice_bureau' });
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  town = await makeAgency(ctx, tenant, { name: `小中甸镇人民政府${tenant}`, kind: 'township_government' });
  squad = await makeAgency(ctx, tenant, { parent: town, name: `小中甸镇综合行政执法队${tenant}`, kind: 'squad' });
  const legal = (a: MadeAgency) => makeAccount(ctx, a, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]);
  account.legal = await legal(market);
  account.townLegal = await legal(town);
  account.officer = await makeAccount(ctx, market, [{ role: 'officer', scopeKind: 'own_agency' }]);
  account.supervisor = await makeAccount(ctx, bureau, [{ role: 'supervisor', scopeKind: 'tenant' }]);
  account.mixed = await makeAccount(ctx, town, [
    { role: 'officer', scopeKind: 'tenant' },
    { role: 'legal_office', scopeKind: 'agency_subtree' },
  ]);
  account.otherTenant = await legal(await makeAgency(ctx, await makeTenant(ctx)));
  for (const who of Object.keys(account) as Who[]) cookies.set(who, await signIn(app, account[who]));
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (who: Who, method: Method, url: string, payload?: object, lang?: string) =>
  app.inject({
    method,
    url,
    headers: { cookie: cookies.get(who)!, ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload ? { payload } : {}),
  });
const SESSIONS = '/api/leader-records/study-sessions';
const HEARINGS = '/api/leader-records/court-appearances';

const sessionBody = (agencyId: string | null) => ({
  agencyId,
  kind: 'special_topic',
  date: '2026-03-12',
  topic: '学习《行政执法监督条例》',
  lawsText: `《${lawTitle}》第一条、第二条；《尚未入库的某某法》第三条；《行政执法监督条例》`,
  lecturer: '市司法局 王老师',
  participants: [
    { name: '扎西', post: '局长' },
    { name: '李明', post: '副局长' },
  ],
  hours: 2.5,
});

const hearingBody = (agencyId: string) => ({
  agencyId,
  court: '香格里拉市人民法院',
  caseNumber: '(2026)云3401行初12号',
  cause: '行政处罚',
  plaintiff: '香格里拉市某某商贸有限公司',
  hearingDate: '2026-04-08',
  appeared: true,
  appearedName: '扎西',
  appearedPost: '局长',
  appearedRank: 'principal',
  spoke: true,
});

describe('study sessions (领导干部学法)', () => {
  let session: StudySessionView;

  it('records a session, linking the cited articles found in the library and listing what is not', async () => {
    const res = await call('legal', 'POST', SESSIONS, sessionBody(market.id));
    expect(res.statusCode, res.body).toBe(201);
    session = res.json();
    expect(session).toMatchObject({ agency: { id: market.id }, kind: 'special_topic', hours: 2.5 });
    expect(session.laws.map((l) => l.label)).toEqual(['第一条', '第二条']);
    expect(session.lawProblems).toHaveLength(1);
    expect(session.lawProblems[0].zh).toContain('尚未入库的某某法');
    expect(session.abilities).toEqual({ update: true, delete: true });
  });

  it('validates, naming the field in zh-CN and en-US, and writes nothing', async () => {
    const zh = await call('legal', 'POST', SESSIONS, { ...sessionBody(market.id), participants: [], hours: 0 });
    expect(zh.statusCode).toBe(400);
    expect(Object.keys(zh.json().error.fields).sort()).toEqual(['hours', 'participants']);
    expect(zh.json().error.message).toContain('参学领导');
    const en = await call('legal', 'POST', SESSIONS, { ...sessionBody(market.id), date: '2099-01-01' }, 'en-US');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toContain('date');
    const ghost = await call('legal', 'POST', SESSIONS, {
      ...sessionBody(market.id),
      participants: [{ name: '扎西', post: '局长', officerId: randomUUID() }],
    });
    expect(ghost.statusCode).toBe(400);
    expect(Object.keys(ghost.json().error.fields)).toEqual(['participants.0.officerId']);
    const list = (await call('legal', 'GET', `${SESSIONS}?year=2026`)).json().items as StudySessionView[];
    expect(list.map((s) => s.id)).toEqual([session.id]);
  });

  it('links participants to officers of the tenant', async () => {
    const officer = await makeOfficer(ctx, market, { name: '扎西', post: '局长' });
    const res = await call('legal', 'PATCH', `${SESSIONS}/${session.id}`, {
      participants: [{ name: '扎西', post: '局长', officerId: officer.id }],
      hours: 3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ hours: 3, participants: [{ officerId: officer.id }] });
    expect(res.json().laws).toHaveLength(2);
  });

  it('keeps materials: a PDF uploaded, downloaded within scope, 404 outside', async () => {
    const up = await call('legal', 'POST', `${SESSIONS}/${session.id}/documents`, {
      fileName: '学法签到表.pdf',
      contentBase64: TINY_PDF_BASE64,
    });
    expect(up.statusCode, up.body).toBe(200);
    const doc = up.json().documents[0];
    const url = `${SESSIONS}/${session.id}/documents/${doc.fileId}`;
    expect((await call('officer', 'GET', url)).statusCode).toBe(200);
    expect((await call('townLegal', 'GET', url)).statusCode).toBe(404);
    const bad = await call('legal', 'POST', `${SESSIONS}/${session.id}/documents`, {
      fileName: 'x.exe',
      contentBase64: Buffer.from('MZ').toString('base64'),
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['contentBase64']);
  });

  it('government-level sessions are kept by whole-tenant accounts only', async () => {
    const refused = await call('legal', 'POST', SESSIONS, { ...sessionBody(null), kind: 'pre_meeting' });
    expect(refused.statusCode).toBe(403);
    const res = await call('supervisor', 'POST', SESSIONS, {
      ...sessionBody(null),
      kind: 'pre_meeting',
      topic: '市政府常务会议会前学法：《行政复议法》',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().agency).toBeNull();
    const ownList = (await call('legal', 'GET', SESSIONS)).json().items as StudySessionView[];
    expect(ownList.map((s) => s.id)).not.toContain(res.json().id);
    const all = (await call('supervisor', 'GET', SESSIONS)).json().items as StudySessionView[];
    expect(all.map((s) => s.id)).toContain(res.json().id);
    expect((await call('mixed', 'PATCH', `${SESSIONS}/${res.json().id}`, { hours: 1 })).statusCode).toBe(403);
  });

  it('scope: out of read scope 404, readable but not writable 403', async () => {
    expect((await call('townLegal', 'PATCH', `${SESSIONS}/${session.id}`, { hours: 1 })).statusCode).toBe(404);
    expect((await call('otherTenant', 'DELETE', `${SESSIONS}/${session.id}`)).statusCode).toBe(404);
    expect((await call('mixed', 'DELETE', `${SESSIONS}/${session.id}`)).statusCode).toBe(403);
    expect((await call('officer', 'DELETE', `${SESSIONS}/${session.id}`)).statusCode).toBe(403);
  });
});

describe('court appearances (负责人出庭应诉)', () => {
  let hearing: CourtAppearanceView;

  it('records an appearance by the principal head who spoke; the case number is normalised', async () => {
    const res = await call('legal', 'POST', HEARINGS, hearingBody(market.id));
    expect(res.statusCode, res.body).toBe(201);
    hearing = res.json();
    expect(hearing).toMatchObject({
      caseNumber: '（2026）云3401行初12号',
      appeared: true,
      appearedRank: 'principal',
      spoke: true,
      outcome: 'pending',
    });
  });

  it('a head who did not appear must give the reason and entrust an official (行政诉讼法第三条第三款)', async () => {
    const body = { ...hearingBody(market.id), appeared: false, appearedName: null, appearedRank: null, spoke: false };
    const zh = await call('legal', 'POST', HEARINGS, body);
    expect(zh.statusCode).toBe(400);
    expect(Object.keys(zh.json().error.fields).sort()).toEqual(['absenceReason', 'delegateName', 'delegatePost']);
    expect(zh.json().error.fields.delegateName).toContain('第三条第三款');
    const en = await call('legal', 'POST', HEARINGS, body, 'en-US');
    expect(en.json().error.message).toContain('entrusted official');
    const ok = await call('legal', 'POST', HEARINGS, {
      ...body,
      caseNumber: '（2026）云34行终5号',
      court: '迪庆藏族自治州中级人民法院',
      absenceReason: '同日参加州政府防汛调度会议',
      delegateName: '李明',
      delegatePost: '法规股股长',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ appeared: false, appearedPost: null, delegateName: '李明' });
  });

  it('refuses a malformed case number, naming the field', async () => {
    const res = await call('legal', 'POST', HEARINGS, { ...hearingBody(market.id), caseNumber: '2026-12' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.caseNumber).toContain('云3401行初12号');
    expect(res.json().error.message).toContain('案号');
  });

  it('records the outcome later; a judgment before the hearing is refused', async () => {
    const early = await call('legal', 'PATCH', `${HEARINGS}/${hearing.id}`, {
      outcome: 'upheld',
      outcomeDate: '2026-04-01',
    });
    expect(early.statusCode).toBe(400);
    expect(Object.keys(early.json().error.fields)).toEqual(['outcomeDate']);
    const res = await call('legal', 'PATCH', `${HEARINGS}/${hearing.id}`, {
      outcome: 'upheld',
      outcomeDate: '2026-05-20',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'upheld', outcomeDate: '2026-05-20', spoke: true });
  });

  it('scope: 404 outside, 403 readable but not writable; nothing changes', async () => {
    const before = await ctx.db
      .select()
      .from(leaderCourtAppearances)
      .where(and(eq(leaderCourtAppearances.tenantId, tenant), eq(leaderCourtAppearances.id, hearing.id)));
    expect((await call('townLegal', 'PATCH', `${HEARINGS}/${hearing.id}`, { cause: 'x' })).statusCode).toBe(404);
    expect((await call('otherTenant', 'PATCH', `${HEARINGS}/${hearing.id}`, { cause: 'x' })).statusCode).toBe(404);
    expect((await call('mixed', 'PATCH', `${HEARINGS}/${hearing.id}`, { cause: 'x' })).statusCode).toBe(403);
    expect((await call('townLegal', 'POST', HEARINGS, hearingBody(market.id))).statusCode).toBe(400);
    expect((await call('mixed', 'POST', HEARINGS, hearingBody(market.id))).statusCode).toBe(403);
    const after = await ctx.db
      .select()
      .from(leaderCourtAppearances)
      .where(and(eq(leaderCourtAppearances.tenantId, tenant), eq(leaderCourtAppearances.id, hearing.id)));
    expect(after).toEqual(before);
  });
});

describe('the yearly summary', () => {
  it('sums sessions, hours, hearings and the appearance rate per agency; lists filers with nothing recorded', async () => {
    const res = await call('supervisor', 'GET', '/api/leader-records/summary?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json() as LeaderSummaryView;
    const rowOf = (id: string | null) => s.rows.find((r) => (r.agency?.id ?? null) === id);
    expect(rowOf(market.id)).toMatchObject({
      sessions: 1,
      hours: 3,
      hearings: 2,
      appeared: 1,
      principalAppeared: 1,
      spoke: 1,
      appearanceRate: 50,
    });
    expect(rowOf(null)).toMatchObject({ sessions: 1, hours: 2.5, hearings: 0, appearanceRate: null });
    expect(rowOf(town.id)).toMatchObject({ sessions: 0, hearings: 0, appearanceRate: null });
    expect(rowOf(squad.id)).toBeUndefined();
    expect(s.totals).toMatchObject({ sessions: 2, hours: 5.5, hearings: 2, appeared: 1, appearanceRate: 50 });
    const own = (await call('townLegal', 'GET', '/api/leader-records/summary?year=2026')).json() as LeaderSummaryView;
    expect(own.rows.map((r) => r.agency?.id)).toEqual([town.id]);
    const none = (await call('supervisor', 'GET', '/api/leader-records/summary?year=2025')).json() as LeaderSummaryView;
    expect(none.totals.sessions).toBe(0);
  });

  it('deletes a record', async () => {
    const list = (await call('legal', 'GET', `${HEARINGS}?agencyId=${market.id}`)).json()
      .items as CourtAppearanceView[];
    expect(list).toHaveLength(2);
    expect((await call('legal', 'DELETE', `${HEARINGS}/${list[1].id}`)).statusCode).toBe(204);
    expect((await call('legal', 'GET', `${HEARINGS}?agencyId=${market.id}`)).json().items).toHaveLength(1);
  });
});
