import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import {
  makeAccount,
  makeAgency,
  makeOfficer,
  makeTenant,
  signIn,
  type MadeAgency,
  type MadeOfficer,
} from '../../testing/factories';
import { officers, personnelSettings } from '../personnel/officer.schema';
import { saveFile } from '../../platform/files/file-store';
import { accessLog } from '../../platform/audit/access-log.schema';
import { certificates } from './certificate.schema';
import { certificateSnapshot, certificatesOf, makeCertificate, makeEligible } from './certificate.test-helpers';
import { writeCertificateWorkbook } from './certificate-xlsx';
import { officersWithValidCertificate, suspendCertificatesForTransfer } from './certificate-status.service';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let market: MadeAgency;
let station: MadeAgency;
let transport: MadeAgency;
const cookie = {} as Record<'supervisor' | 'leader' | 'officer' | 'otherSupervisor', string>;

/** 2026-06-15 12:00 in Shanghai. */
const NOW = new Date('2026-06-15T04:00:00Z');
const TODAY = '2026-06-15';

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  station = await makeAgency(ctx, tenant, { parent: market, name: `市场监管所${tenant}` });
  transport = await makeAgency(ctx, tenant, { name: `交通运输局${tenant}` });
  const justice = await makeAgency(ctx, tenant, { name: `司法局${tenant}` });
  cookie.supervisor = await signIn(app, await makeAccount(ctx, justice, [{ role: 'supervisor', scopeKind: 'tenant' }]));
  cookie.leader = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'agency_leader', scopeKind: 'agency_subtree' }]),
  );
  cookie.officer = await signIn(app, await makeAccount(ctx, transport, [{ role: 'officer', scopeKind: 'own_agency' }]));
  const other = await makeTenant(ctx);
  const otherJustice = await makeAgency(ctx, other, { name: `司法局${other}` });
  cookie.otherSupervisor = await signIn(
    app,
    await makeAccount(ctx, otherJustice, [{ role: 'supervisor', scopeKind: 'tenant' }]),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});
beforeEach(() => {
  ctx.clock.now = NOW;
});

type Method = 'GET' | 'POST' | 'PUT';
const call = (who: keyof typeof cookie | null, method: Method, url: string, payload?: object, lang?: string) =>
  app.inject({
    method,
    url,
    headers: { ...(who ? { cookie: cookie[who] } : {}), ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload ? { payload } : {}),
  });

const issueBody = (o: MadeOfficer, extra: object = {}) => ({
  officerId: o.id,
  domains: ['market_regulation'],
  issuedOn: TODAY,
  expiresOn: '2031-06-14',
  ...extra,
});

async function eligibleOfficer(agency = market, opts: Parameters<typeof makeOfficer>[2] = {}) {
  const o = await makeOfficer(ctx, agency, opts);
  await makeEligible(ctx, o, { on: '2026-03-01' });
  return o;
}

describe('issuing', () => {
  it('refuses an officer without the exam and the hours, naming the officer field in zh and en, writing nothing', async () => {
    const o = await makeOfficer(ctx, market);
    const zh = await call('supervisor', 'POST', '/api/certificates', issueBody(o));
    expect(zh.statusCode).toBe(409);
    expect(zh.json().error.fields.officerId).toBe('未通过执法资格考试；培训学时 0/60 未达标');
    expect(zh.json().error.message).toContain('不符合发证条件');
    const en = await call('supervisor', 'POST', '/api/certificates', issueBody(o), 'en-US');
    expect(en.json().error.fields.officerId).toBe(
      'Has not passed the enforcement qualification exam; Training hours 0/60 not met',
    );
    expect(await certificatesOf(ctx.db, o)).toEqual([]);
  });

  it('counts only the hours and exams inside the window before the issue date', async () => {
    const o = await makeOfficer(ctx, market);
    await makeEligible(ctx, o, { on: '2025-06-15', hours: 40 }); // one day before the 12-month window
    await makeEligible(ctx, o, { on: '2025-06-16', hours: 50, passed: false }); // first day of the window
    const res = await call('supervisor', 'POST', '/api/certificates', issueBody(o));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.officerId).toBe('未通过执法资格考试；培训学时 50/60 未达标');
  });

  it('refuses off-establishment staff and officers not in post even with the exam and hours', async () => {
    const other = await eligibleOfficer(market, { staffingType: 'other' });
    const res = await call('supervisor', 'POST', '/api/certificates', issueBody(other));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.officerId).toContain('编外人员不得从事行政执法');
    const retired = await eligibleOfficer(market, { status: 'retired' });
    const r2 = await call('supervisor', 'POST', '/api/certificates', issueBody(retired));
    expect(r2.json().error.fields.officerId).toContain('不在岗');
  });

  it('issues to an eligible officer in the national style, with the history, the QR link and the access log', async () => {
    const o = await eligibleOfficer();
    const res = await call('supervisor', 'POST', '/api/certificates', issueBody(o));
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.number).toMatch(new RegExp(`^${tenant}02\\d{6}$`));
    expect(c).toMatchObject({
      status: 'valid',
      storedStatus: 'valid',
      source: 'platform',
      issuedOn: TODAY,
      expiresOn: '2031-06-14',
      agency: { id: market.id },
      officer: { id: o.id, name: o.name },
      issuingAuthority: expect.stringContaining('人民政府'),
      abilities: { suspend: true, revoke: true, renew: true, reinstate: false },
    });
    expect(c.verifyPath).toMatch(/^\/public\/certificates\/verify\?t=[A-Za-z0-9_-]{24}$/);
    expect(c.events).toHaveLength(1);
    expect(c.events[0]).toMatchObject({ kind: 'issue', toStatus: 'valid', detail: { hours: 60 } });
    const logged = await ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenant), eq(accessLog.action, 'certificate.issue')));
    expect(logged.some((l) => l.recordIds.includes(c.id))).toBe(true);

    // The next one in the same domain takes the next serial; an officer already holding one is refused.
    const o2 = await eligibleOfficer();
    const next = await call('supervisor', 'POST', '/api/certificates', issueBody(o2));
    expect(Number(next.json().number.slice(-6))).toBe(Number(c.number.slice(-6)) + 1);
    const again = await call('supervisor', 'POST', '/api/certificates', issueBody(o));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.officerId).toContain(c.number);
  });

  it('checks the number: format (400) and uniqueness (409), both on the number field', async () => {
    const o = await eligibleOfficer();
    const bad = await call('supervisor', 'POST', '/api/certificates', issueBody(o, { number: '1234567' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ number: '证号格式不符合本地区规定的格式' });
    const number = `${tenant}02999001`;
    const ok = await call('supervisor', 'POST', '/api/certificates', issueBody(o, { number }));
    expect(ok.statusCode).toBe(201);
    const o2 = await eligibleOfficer();
    const dup = await call('supervisor', 'POST', '/api/certificates', issueBody(o2, { number }), 'en-US');
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields).toEqual({ number: 'This number is already in use' });
  });

  it('follows the tenant’s own number format, and asks for the number when it cannot make one', async () => {
    const t2 = await makeTenant(ctx);
    const ag = await makeAgency(ctx, t2);
    const sup = await signIn(app, await makeAccount(ctx, ag, [{ role: 'supervisor', scopeKind: 'tenant' }]));
    await ctx.db.insert(personnelSettings).values({ tenantId: t2, certificateNumberPattern: 'YN-\\d{6}' });
    const o = await makeOfficer(ctx, ag);
    await makeEligible(ctx, o, { on: '2026-03-01' });
    const post = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/certificates', headers: { cookie: sup }, payload });
    const none = await post(issueBody(o));
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toEqual({ number: '本地区使用自定义证号格式，请填写证号' });
    expect((await post(issueBody(o, { number: `${t2}02000001` }))).statusCode).toBe(400);
    const ok = await post(issueBody(o, { number: 'YN-000123' }));
    expect(ok.statusCode).toBe(201);
    expect(ok.json().number).toBe('YN-000123');
  });

  it('validates dates and domains', async () => {
    const o = await eligibleOfficer();
    const future = await call('supervisor', 'POST', '/api/certificates', issueBody(o, { issuedOn: '2026-06-16' }));
    expect(future.json().error.fields).toEqual({ issuedOn: '发证日期不得晚于今天' });
    const before = await call('supervisor', 'POST', '/api/certificates', issueBody(o, { expiresOn: '2026-06-14' }));
    expect(before.json().error.fields).toEqual({ expiresOn: '有效期至不得早于发证日期' });
    const long = await call('supervisor', 'POST', '/api/certificates', issueBody(o, { expiresOn: '2036-06-16' }));
    expect(long.json().error.fields).toEqual({ expiresOn: '有效期不得超过 10 年' });
    const domain = await call('supervisor', 'POST', '/api/certificates', issueBody(o, { domains: ['transport'] }));
    expect(domain.statusCode).toBe(400);
    expect(domain.json().error.fields['domains.0']).toBe('执法领域须为该执法人员的执法领域');
    const unknown = await call('supervisor', 'POST', '/api/certificates', { ...issueBody(o), officerId: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(await certificatesOf(ctx.db, o)).toEqual([]);
  });

  it('is the justice bureau’s: an agency leader is refused (403), another tenant’s supervisor finds no officer', async () => {
    const o = await eligibleOfficer();
    expect((await call('leader', 'POST', '/api/certificates', issueBody(o))).statusCode).toBe(403);
    const res = await call('otherSupervisor', 'POST', '/api/certificates', issueBody(o));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('officerId');
  });
});

describe('state changes and history', () => {
  it('suspends, reinstates and revokes with reasons; revoked is final; every change is in the history', async () => {
    const o = await makeOfficer(ctx, market);
    const c = await makeCertificate(ctx.db, o);
    const url = (a: string) => `/api/certificates/${c.id}/${a}`;
    const noReason = await call('supervisor', 'POST', url('suspend'), { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('reason');
    expect(await certificateSnapshot(ctx.db, c)).toMatchObject({ row: { status: 'valid' }, events: 0 });

    const s = await call('supervisor', 'POST', url('suspend'), { reason: '涉嫌违纪接受调查' });
    expect(s.json()).toMatchObject({ status: 'suspended', abilities: { reinstate: true, suspend: false } });
    expect((await call('supervisor', 'POST', url('suspend'), { reason: '再次暂扣' })).statusCode).toBe(409);
    const r = await call('supervisor', 'POST', url('reinstate'), { reason: '调查结束，未发现违纪' });
    expect(r.json().status).toBe('valid');
    const v = await call('supervisor', 'POST', url('revoke'), { reason: '辞去公职' });
    expect(v.json()).toMatchObject({ status: 'revoked', abilities: { renew: false, reinstate: false, revoke: false } });
    const again = await call('supervisor', 'POST', url('reinstate'), { reason: '误操作' }, 'en-US');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.status).toBe('The certificate is revoked: it cannot be reinstated');

    const detail = (await call('leader', 'GET', `/api/certificates/${c.id}`)).json();
    expect(detail.events.map((e: { kind: string; reason: string }) => [e.kind, e.reason])).toEqual([
      ['suspend', '涉嫌违纪接受调查'],
      ['reinstate', '调查结束，未发现违纪'],
      ['revoke', '辞去公职'],
    ]);
    expect(detail.abilities).toEqual({ renew: false, suspend: false, reinstate: false, revoke: false });
  });

  it('reads a valid certificate past its expiry as expired (Asia/Shanghai date), which can be renewed', async () => {
    const o = await eligibleOfficer();
    const c = await makeCertificate(ctx.db, o, { expiresOn: '2026-06-14' });
    // 2026-06-14T16:30Z is already 2026-06-15 in Shanghai.
    ctx.clock.now = new Date('2026-06-14T16:30:00Z');
    const got = (await call('supervisor', 'GET', `/api/certificates/${c.id}`)).json();
    expect(got).toMatchObject({ status: 'expired', storedStatus: 'valid', daysLeft: -1 });
    expect(got.abilities).toMatchObject({ renew: true, suspend: false, revoke: true });
    const listed = (await call('supervisor', 'GET', `/api/certificates?officerId=${o.id}&status=expired`)).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
    const suspend = await call('supervisor', 'POST', `/api/certificates/${c.id}/suspend`, { reason: '暂扣测试' });
    expect(suspend.json().error.fields.status).toBe('执法证已过期，只能换证延续或注销');

    const renewed = await call('supervisor', 'POST', `/api/certificates/${c.id}/renew`, {
      issuedOn: '2026-06-15',
      expiresOn: '2031-06-14',
      reason: '有效期届满换证',
    });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json()).toMatchObject({ status: 'valid', issuedOn: '2026-06-15', expiresOn: '2031-06-14' });
    expect(renewed.json().events.at(-1)).toMatchObject({
      kind: 'renew',
      reason: '有效期届满换证',
      detail: { from: { expiresOn: '2026-06-14' }, to: { expiresOn: '2031-06-14' } },
    });
  });

  it('refuses a renewal to an officer who no longer meets the conditions', async () => {
    const o = await makeOfficer(ctx, market);
    const c = await makeCertificate(ctx.db, o, { expiresOn: '2026-07-01' });
    const res = await call('supervisor', 'POST', `/api/certificates/${c.id}/renew`, {
      issuedOn: TODAY,
      expiresOn: '2031-06-14',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.officerId).toContain('未通过执法资格考试');
    expect((await certificateSnapshot(ctx.db, c)).row.expiresOn).toBe('2026-07-01');
  });
});

describe('reading in scope', () => {
  it('lists what the caller reaches, filters by status, domain and text, and hides the rest (404)', async () => {
    const inStation = await makeOfficer(ctx, station, { name: '卓玛测试' });
    const inTransport = await makeOfficer(ctx, transport, { domains: ['transport'] });
    const a = await makeCertificate(ctx.db, inStation);
    const b = await makeCertificate(ctx.db, inTransport, { domains: ['transport'] });
    const leader = (await call('leader', 'GET', '/api/certificates?pageSize=200')).json();
    const ids = leader.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(a.id);
    expect(ids).not.toContain(b.id);
    expect((await call('leader', 'GET', `/api/certificates/${b.id}`)).statusCode).toBe(404);
    expect((await call('otherSupervisor', 'GET', `/api/certificates/${a.id}`)).statusCode).toBe(404);
    const byName = (await call('supervisor', 'GET', `/api/certificates?q=${encodeURIComponent('卓玛测试')}`)).json();
    expect(byName.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    const byDomain = (await call('supervisor', 'GET', '/api/certificates?domain=transport&pageSize=200')).json();
    expect(byDomain.items.map((i: { id: string }) => i.id)).toContain(b.id);
    expect(byDomain.items.every((i: { domains: string[] }) => i.domains.includes('transport'))).toBe(true);
    // Readers without certificate.write see no abilities.
    expect(leader.items.find((i: { id: string }) => i.id === a.id).abilities.revoke).toBe(false);
    expect((await call('leader', 'POST', `/api/certificates/${a.id}/revoke`, { reason: '越权' })).statusCode).toBe(403);
  });

  it('filters the valid ones expiring within N days, and scopes the alerts to the reader', async () => {
    const t = await makeTenant(ctx);
    const top = await makeAgency(ctx, t);
    const other = await makeAgency(ctx, t);
    const sup = await signIn(app, await makeAccount(ctx, top, [{ role: 'supervisor', scopeKind: 'tenant' }]));
    const lead = await signIn(
      app,
      await makeAccount(ctx, top, [{ role: 'agency_leader', scopeKind: 'agency_subtree' }]),
    );
    const soonHere = await makeCertificate(ctx.db, await makeOfficer(ctx, top), { expiresOn: '2026-07-10' });
    const soonThere = await makeCertificate(ctx.db, await makeOfficer(ctx, other), { expiresOn: '2026-07-15' });
    await makeCertificate(ctx.db, await makeOfficer(ctx, top), { expiresOn: '2026-07-16' });
    await makeCertificate(ctx.db, await makeOfficer(ctx, top), { expiresOn: '2026-07-01', status: 'suspended' });
    const get = (cookieValue: string, url: string) =>
      app.inject({ method: 'GET', url, headers: { cookie: cookieValue } }).then((r) => r.json());
    const within = await get(sup, '/api/certificates?expiringWithinDays=30');
    expect(within.items.map((i: { number: string }) => i.number).sort()).toEqual(
      [soonHere.number, soonThere.number].sort(),
    );
    expect(within.total).toBe(2);
    const mine = await get(lead, '/api/certificates/alerts');
    expect(mine.buckets[1].items.map((i: { number: string }) => i.number)).toEqual([soonHere.number]);
    const all = await get(sup, '/api/certificates/alerts');
    expect(all.buckets[1].count).toBe(2);
  });

  it('gives the issue form the officers with their eligibility', async () => {
    const o = await eligibleOfficer(market, { name: '扎西发证候选' });
    const res = await call('supervisor', 'GET', `/api/certificates/officers?q=${encodeURIComponent('扎西发证候选')}`);
    expect(res.statusCode).toBe(200);
    const [item] = res.json().items;
    expect(item).toMatchObject({ id: o.id, eligibility: { eligible: true, hours: 60, requiredHours: 60 } });
    expect(item.eligibility.window).toEqual({ from: '2025-06-16', to: TODAY });
  });
});

describe('expiry alerts', () => {
  it('groups by the configured days on Asia/Shanghai dates, with boundaries at 30 and 90 days', async () => {
    const t = await makeTenant(ctx);
    const ag = await makeAgency(ctx, t);
    const sup = await signIn(app, await makeAccount(ctx, ag, [{ role: 'supervisor', scopeKind: 'tenant' }]));
    // 2026-03-01T16:30Z is 2026-03-02 00:30 in Shanghai: "today" is 2026-03-02.
    ctx.clock.now = new Date('2026-03-01T16:30:00Z');
    const make = async (
      expiresOn: string,
      status: 'valid' | 'suspended' | 'revoked' = 'valid',
      officerStatus = 'in_post',
    ) => {
      const o = await makeOfficer(ctx, ag, { status: officerStatus as 'in_post' });
      return (await makeCertificate(ctx.db, o, { issuedOn: '2022-01-01', expiresOn, status })).number;
    };
    const n = {
      today: await make('2026-03-02'),
      d30: await make('2026-04-01'),
      d31: await make('2026-04-02'),
      d90: await make('2026-05-31'),
      d91: await make('2026-06-01'),
      lapsed: await make('2026-03-01'),
      suspendedSoon: await make('2026-03-10', 'suspended'),
      revoked: await make('2026-02-01', 'revoked'),
      retiredLapsed: await make('2026-02-01', 'valid', 'retired'),
    };
    const res = await app.inject({ method: 'GET', url: '/api/certificates/alerts', headers: { cookie: sup } });
    const body = res.json();
    expect(body.today).toBe('2026-03-02');
    const numbers = (items: { number: string }[]) => items.map((i) => i.number).sort();
    expect(body.buckets.map((b: { days: number }) => b.days)).toEqual([90, 30]);
    expect(numbers(body.buckets[1].items)).toEqual([n.today, n.d30].sort());
    expect(numbers(body.buckets[0].items)).toEqual([n.d31, n.d90].sort());
    expect(body.buckets[0].count).toBe(2);
    expect(numbers(body.expired.items)).toEqual([n.lapsed]);
    expect(body.buckets[1].items.find((i: { number: string }) => i.number === n.d30).daysLeft).toBe(30);

    // The justice bureau's settings change the thresholds.
    await ctx.db.insert(personnelSettings).values({ tenantId: t, certificateAlertDays: [60, 7] });
    const again = (
      await app.inject({ method: 'GET', url: '/api/certificates/alerts', headers: { cookie: sup } })
    ).json();
    expect(again.buckets.map((b: { days: number; count: number }) => [b.days, b.count])).toEqual([
      [60, 2],
      [7, 1],
    ]);
  });
});

describe('import of historical certificates', () => {
  it('reports every bad row by row and column and writes nothing; valid_rows writes the good ones', async () => {
    const a = await makeOfficer(ctx, market, { name: '格桑导入' });
    const b = await makeOfficer(ctx, market, { name: '次仁导入' });
    const numA = `H${Date.now()}A`;
    const numB = `H${Date.now()}B`;
    const file = await writeCertificateWorkbook([
      {
        number: numA,
        name: '格桑导入',
        residentId: a.residentId,
        domains: '市场监管',
        issuedOn: '2022-03-01',
        expiresOn: '2027-02-28',
        status: '有效',
      },
      {
        number: numB,
        name: '错误姓名',
        residentId: b.residentId,
        domains: '市场监管、飞行',
        issuedOn: '2022-13-01',
        expiresOn: '2027-02-28',
      },
    ]);
    const body = { fileName: '历史证件.xlsx', contentBase64: file.toString('base64') };
    const all = await call('supervisor', 'POST', '/api/certificates/import', body);
    expect(all.statusCode).toBe(400);
    expect(all.json().error.message).toBe('有 3 处错误，未导入任何证件');
    expect(all.json().error.fields).toEqual({
      'rows.3.name': '第3行 B列（姓名）：姓名与身份证号对应的执法人员不一致',
      'rows.3.domains': '第3行 D列（执法领域）：“飞行”不是执法领域',
      'rows.3.issuedOn': '第3行 F列（发证日期）：不是有效日期（如 2024-03-01）',
    });
    expect(await certificatesOf(ctx.db, a)).toEqual([]);

    const some = await call('supervisor', 'POST', '/api/certificates/import', { ...body, mode: 'valid_rows' }, 'en-US');
    expect(some.statusCode).toBe(200);
    expect(some.json()).toMatchObject({ rows: 2, imported: 1 });
    expect(some.json().rejected.map((r: { column: string }) => r.column)).toEqual(['B', 'D', 'F']);
    const [row] = await certificatesOf(ctx.db, a);
    expect(row).toMatchObject({ number: numA, source: 'import', status: 'valid', expiresOn: '2027-02-28' });

    // The same sheet again: the number is taken now.
    const dup = await call('supervisor', 'POST', '/api/certificates/import', { ...body, mode: 'valid_rows' });
    expect(dup.json().error.fields[`rows.2.number`]).toContain('该证号已被使用');
  });

  it('reports a resident ID that names no officer in scope, and a second current certificate', async () => {
    const t = await makeTenant(ctx);
    const ag = await makeAgency(ctx, t);
    const sup = await signIn(app, await makeAccount(ctx, ag, [{ role: 'supervisor', scopeKind: 'tenant' }]));
    const o = await makeOfficer(ctx, ag, { name: '央金导入' });
    const stranger = await makeOfficer(ctx, market, { name: '外县人员' });
    const row = (number: string, residentId: string, name: string) => ({
      number,
      name,
      residentId,
      domains: '市场监管',
      issuedOn: '2023-01-01',
      expiresOn: '2027-12-31',
    });
    const file = await writeCertificateWorkbook([
      row(`J${Date.now()}1`, o.residentId, '央金导入'),
      row(`J${Date.now()}2`, o.residentId, '央金导入'),
      row(`J${Date.now()}3`, stranger.residentId, '外县人员'),
    ]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/certificates/import',
      headers: { cookie: sup },
      payload: { fileName: 'x.xlsx', contentBase64: file.toString('base64') },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      'rows.3.residentId': '第3行 C列（身份证号）：该执法人员在第2行已有未注销的执法证',
      'rows.4.residentId':
        '第4行 C列（身份证号）：未找到该身份证号对应的执法人员（或不在您的数据范围内），请先登记执法人员',
    });
  });

  it('serves the template and refuses a file that is not a workbook', async () => {
    const tpl = await call('supervisor', 'GET', '/api/certificates/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    expect(tpl.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const bad = await call('supervisor', 'POST', '/api/certificates/import', {
      fileName: 'x.xlsx',
      contentBase64: Buffer.from('hello').toString('base64'),
    });
    expect(bad.json().error.fields).toEqual({ contentBase64: '无法读取该 .xlsx 文件' });
  });
});

describe('public verification', () => {
  it('answers with the name, agency, domains, number, expiry and status only — by number or QR token', async () => {
    const o = await makeOfficer(ctx, market, { name: '公开查验人' });
    const c = await makeCertificate(ctx.db, o);
    const ip = { remoteAddress: '10.9.0.1' };
    const res = await app.inject({
      method: 'GET',
      url: `/api/public/certificates/verify?tenant=${tenant}&number=${c.number}`,
      ...ip,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      found: true,
      number: c.number,
      name: '公开查验人',
      photoUrl: null,
      agencyName: market.name,
      domains: ['market_regulation'],
      expiresOn: '2029-12-31',
      status: 'valid',
      checkedOn: TODAY,
    });
    for (const secret of [o.residentId, o.phone, o.id, o.residentId.slice(6, 14)])
      expect(res.body).not.toContain(secret);
    const byToken = await app.inject({ method: 'GET', url: `/api/public/certificates/verify?t=${c.token}`, ...ip });
    expect(byToken.json()).toMatchObject({ found: true, number: c.number });

    await call('supervisor', 'POST', `/api/certificates/${c.id}/revoke`, { reason: '调离执法岗位' });
    const revoked = await app.inject({ method: 'GET', url: `/api/public/certificates/verify?t=${c.token}`, ...ip });
    expect(revoked.json()).toMatchObject({ found: true, status: 'revoked' });

    const none = await app.inject({
      method: 'GET',
      url: `/api/public/certificates/verify?tenant=${tenant}&number=00000000000000`,
      ...ip,
    });
    expect(none.json()).toEqual({ found: false });
    const missing = await app.inject({ method: 'GET', url: '/api/public/certificates/verify', ...ip });
    expect(missing.json()).toEqual({ found: false });
    // Without a photo (or with an unknown token) the photo route gives the same placeholder.
    const placeholder = await app.inject({ method: 'GET', url: `/api/public/certificates/${c.token}/photo`, ...ip });
    expect(placeholder.headers['content-type']).toContain('image/svg+xml');
    const unknown = await app.inject({ method: 'GET', url: `/api/public/certificates/${'x'.repeat(24)}/photo`, ...ip });
    expect(unknown.rawPayload).toEqual(placeholder.rawPayload);
  });

  it('serves the holder’s photo through the certificate’s token', async () => {
    const o = await makeOfficer(ctx, market);
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const file = await ctx.db.transaction((tx) =>
      saveFile(tx, ctx.config.dataDir, {
        tenantId: tenant,
        contentBase64: png.toString('base64'),
        fileName: 'p.png',
        purpose: 'officer_photo',
        kind: 'image',
        actorId: null,
        field: 'photo',
      }),
    );
    await ctx.db.update(officers).set({ photoFileId: file.id }).where(eq(officers.id, o.id));
    const c = await makeCertificate(ctx.db, o);
    const ip = { remoteAddress: '10.9.0.2' };
    const res = await app.inject({ method: 'GET', url: `/api/public/certificates/verify?t=${c.token}`, ...ip });
    expect(res.json().photoUrl).toBe(`/api/public/certificates/${c.token}/photo`);
    const photo = await app.inject({ method: 'GET', url: res.json().photoUrl, ...ip });
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload).toEqual(png);
  });

  it('is rate-limited per client address (429 after 30 a minute)', async () => {
    const url = `/api/public/certificates/verify?tenant=${tenant}&number=RATE0001`;
    const codes: number[] = [];
    for (let i = 0; i < 31; i++)
      codes.push((await app.inject({ method: 'GET', url, remoteAddress: '10.9.9.9' })).statusCode);
    expect(codes.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(codes[30]).toBe(429);
    expect((await app.inject({ method: 'GET', url, remoteAddress: '10.9.9.10' })).statusCode).toBe(200);
  });
});

describe('what other modules call', () => {
  it('suspends the certificates issued for the agency an officer leaves, and tells who holds a valid one', async () => {
    const o = await makeOfficer(ctx, market);
    const mine = await makeCertificate(ctx.db, o);
    const old = await makeCertificate(ctx.db, o, { status: 'revoked' });
    const other = await makeOfficer(ctx, market);
    await makeCertificate(ctx.db, other, { issuedOn: '2026-07-01', expiresOn: '2030-01-01' });
    expect(await officersWithValidCertificate(ctx.db, tenant, TODAY, [o.id, other.id])).toEqual(new Set([o.id]));
    expect(await officersWithValidCertificate(ctx.db, tenant, '2026-07-01', [other.id])).toEqual(new Set([other.id]));
    const ids = await ctx.db.transaction((tx) =>
      suspendCertificatesForTransfer(tx, {
        tenantId: tenant,
        officerId: o.id,
        fromAgencyId: market.id,
        reason: '调往交通运输局',
        actorId: null,
        now: NOW,
      }),
    );
    expect(ids).toEqual([mine.id]);
    expect((await certificateSnapshot(ctx.db, old)).row.status).toBe('revoked');
    const detail = (await call('supervisor', 'GET', `/api/certificates/${mine.id}`)).json();
    expect(detail).toMatchObject({ status: 'suspended' });
    expect(detail.events[0]).toMatchObject({ kind: 'transfer_suspend', reason: '调往交通运输局' });
    expect(await officersWithValidCertificate(ctx.db, tenant, TODAY, [o.id])).toEqual(new Set());
    const all = await officersWithValidCertificate(ctx.db, tenant, TODAY);
    expect(all.has(o.id)).toBe(false);
    expect(await ctx.db.select().from(certificates).where(eq(certificates.id, mine.id))).toHaveLength(1);
  });
});
