import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import {
  makeAccount,
  makeAgency,
  makeOfficer,
  makeResidentId,
  makeTenant,
  signIn,
  type MadeAgency,
} from '../../testing/factories';
import { accessLog } from '../../platform/audit/access-log.schema';
import { residentIdCheckChar } from '../../../../contracts/identifiers';
import type { OfficerDetailView, OfficerView } from '../../../../contracts/officer';
import { officerEvents, officers } from './officer.schema';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let market: MadeAgency; // 市场监督管理局
let station: MadeAgency; // a 市场监管所 below it
let forestry: MadeAgency; // another agency beside it
const cookie = {} as Record<'leader' | 'officer' | 'supervisor' | 'forestryLeader' | 'otherTenant', string>;
let officerAccountId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  station = await makeAgency(ctx, tenant, { parent: market, name: `建塘市场监管所${tenant}` });
  forestry = await makeAgency(ctx, tenant, { name: `林业和草原局${tenant}` });
  cookie.leader = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'agency_leader', scopeKind: 'agency_subtree' }]),
  );
  const officerAccount = await makeAccount(ctx, market, [{ role: 'officer', scopeKind: 'own_agency' }]);
  officerAccountId = officerAccount.id;
  cookie.officer = await signIn(app, officerAccount);
  cookie.supervisor = await signIn(
    app,
    await makeAccount(ctx, forestry, [{ role: 'supervisor', scopeKind: 'tenant' }]),
  );
  cookie.forestryLeader = await signIn(
    app,
    await makeAccount(ctx, forestry, [{ role: 'agency_leader', scopeKind: 'agency_subtree' }]),
  );
  const other = await makeTenant(ctx);
  const otherAgency = await makeAgency(ctx, other);
  cookie.otherTenant = await signIn(
    app,
    await makeAccount(ctx, otherAgency, [{ role: 'supervisor', scopeKind: 'tenant' }]),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
const call = (who: keyof typeof cookie, method: Method, url: string, payload?: object, lang?: string) =>
  app.inject({
    method,
    url,
    headers: { cookie: cookie[who], ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload ? { payload } : {}),
  });

const officerRows = (agencyId: string) =>
  ctx.db
    .select()
    .from(officers)
    .where(and(eq(officers.tenantId, tenant), eq(officers.agencyId, agencyId)));

/** A resident ID whose check character is wrong. */
function withWrongCheck(id: string): string {
  const right = residentIdCheckChar(id.slice(0, 17))!;
  const wrong = right === '0' ? '1' : '0';
  return id.slice(0, 17) + wrong;
}

const newOfficer = (over: Record<string, unknown> = {}) => ({
  name: '扎西次里',
  residentId: makeResidentId({ birth: '1985-03-12', sex: 'male' }),
  phone: '13908871234',
  agencyId: market.id,
  post: '执法队员',
  staffingType: 'administrative',
  domains: ['market_regulation'],
  ...over,
});

describe('recording an officer', () => {
  it('records one: sex and birth date from the resident ID, personal data masked and encrypted', async () => {
    const body = newOfficer({ legalQualification: true, ethnicity: '藏族' });
    const res = await call('leader', 'POST', '/api/officers', body);
    expect(res.statusCode, res.body).toBe(201);
    const view: OfficerView = res.json();
    expect(view).toMatchObject({
      name: '扎西次里',
      sex: 'male',
      birthDate: '1985-03-12',
      agency: { id: market.id },
      status: 'in_post',
      legalQualification: true,
      phoneMasked: '139****1234',
      abilities: { update: true, readPersonal: true, changeStatus: true },
    });
    expect(view.residentIdMasked).toBe(`${body.residentId.slice(0, 6)}********${body.residentId.slice(-4)}`);
    expect(res.body).not.toContain(body.residentId);
    expect(res.body).not.toContain('13908871234');
    for (const k of ['residentIdEnc', 'residentIdDigest', 'phoneEnc']) expect(view).not.toHaveProperty(k);
    const [row] = await ctx.db.select().from(officers).where(eq(officers.id, view.id));
    expect(row.residentIdEnc).not.toContain(body.residentId.slice(6, 14));
    expect(row.residentIdEnc.startsWith('sm4:')).toBe(true);
    const events = await ctx.db.select().from(officerEvents).where(eq(officerEvents.officerId, view.id));
    expect(events.map((e) => e.kind)).toEqual(['created']);
  });

  it('refuses a resident ID with a wrong check character, naming the field in Chinese and English', async () => {
    const before = (await officerRows(market.id)).length;
    const bad = withWrongCheck(makeResidentId());
    const zh = await call('leader', 'POST', '/api/officers', newOfficer({ residentId: bad }));
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.message).toContain('身份证号');
    expect(zh.json().error.fields.residentId).toContain('校验码');
    const en = await call('leader', 'POST', '/api/officers', newOfficer({ residentId: bad }), 'en-US');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toContain('resident ID');
    expect(en.json().error.fields.residentId).toContain('check character');
    expect((await officerRows(market.id)).length).toBe(before);
  });

  it('refuses a malformed ID, a birth date in the future, a sex or birth date that disagrees with the ID', async () => {
    const shortId = await call('leader', 'POST', '/api/officers', newOfficer({ residentId: '53340119850312' }));
    expect(shortId.json().error.fields.residentId).toContain('18 位');
    const future = makeResidentId({ birth: '2099-01-01' });
    const fut = await call('leader', 'POST', '/api/officers', newOfficer({ residentId: future }));
    expect(fut.json().error.fields.residentId).toContain('出生日期');
    const id = makeResidentId({ birth: '1990-07-01', sex: 'female' });
    const sex = await call('leader', 'POST', '/api/officers', newOfficer({ residentId: id, sex: 'male' }));
    expect(sex.statusCode).toBe(400);
    expect(Object.keys(sex.json().error.fields)).toEqual(['sex']);
    const birth = await call(
      'leader',
      'POST',
      '/api/officers',
      newOfficer({ residentId: id, birthDate: '1990-07-02' }),
    );
    expect(Object.keys(birth.json().error.fields)).toEqual(['birthDate']);
    expect(birth.json().error.message).toContain('出生日期');
    // A lower-case x is the same ID.
    const ok = await call(
      'leader',
      'POST',
      '/api/officers',
      newOfficer({ residentId: id.toLowerCase(), sex: 'female', birthDate: '1990-07-01', name: '卓玛' }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('refuses a bad phone, an unknown domain, and an empty domain list, naming each field', async () => {
    const res = await call(
      'leader',
      'POST',
      '/api/officers',
      newOfficer({ phone: '12345', domains: ['fishing'] }),
      'en-US',
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    expect(Object.keys(fields).sort()).toEqual(['domains.0', 'phone']);
    expect(res.json().error.message).toContain('enforcement domains');
    const none = await call('leader', 'POST', '/api/officers', newOfficer({ domains: [] }));
    expect(none.json().error.fields.domains).toBeTruthy();
    const landline = await call(
      'leader',
      'POST',
      '/api/officers',
      newOfficer({ phone: '0887-8221208', residentId: makeResidentId(), name: '和志强' }),
    );
    expect(landline.statusCode, landline.body).toBe(201);
    expect(landline.json().phoneMasked).toBe('088*****1208');
  });

  it('refuses a second officer with the same resident ID in the tenant (409 on residentId)', async () => {
    const id = makeResidentId();
    expect((await call('leader', 'POST', '/api/officers', newOfficer({ residentId: id }))).statusCode).toBe(201);
    const again = await call(
      'supervisor',
      'POST',
      '/api/officers',
      newOfficer({ residentId: id, agencyId: forestry.id }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toHaveProperty('residentId');
    expect(again.json().error.fields.residentId).toContain('已登记');
  });

  it('records only in an agency within the write scope', async () => {
    const res = await call('leader', 'POST', '/api/officers', newOfficer({ agencyId: forestry.id }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('agencyId');
    expect((await call('officer', 'POST', '/api/officers', newOfficer())).statusCode).toBe(403);
  });

  it('links an account of the tenant once', async () => {
    const acc = await makeAccount(ctx, station, []);
    const first = await call(
      'leader',
      'POST',
      '/api/officers',
      newOfficer({ residentId: makeResidentId(), accountId: acc.id }),
    );
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().account).toMatchObject({ id: acc.id, username: acc.username });
    const second = await call(
      'leader',
      'POST',
      '/api/officers',
      newOfficer({ residentId: makeResidentId(), accountId: acc.id }),
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().error.fields).toHaveProperty('accountId');
    const elsewhere = await makeAccount(ctx, forestry, []);
    const out = await call(
      'leader',
      'POST',
      '/api/officers',
      newOfficer({ residentId: makeResidentId(), accountId: elsewhere.id }),
    );
    expect(out.statusCode).toBe(400);
    expect(out.json().error.fields).toHaveProperty('accountId');
  });
});

describe('reading officers', () => {
  it('lists within scope with masked data, filters by subtree, status, domain, reviewer and search', async () => {
    const a = await makeOfficer(ctx, station, {
      name: '格桑拉姆',
      domains: ['market_regulation'],
      legalReviewer: true,
    });
    const b = await makeOfficer(ctx, forestry, { name: '此里农布', domains: ['forestry_grassland'] });
    const list = await call('leader', 'GET', `/api/officers?agencyId=${market.id}&pageSize=200`);
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((o: OfficerView) => o.id);
    expect(ids).toContain(a.id);
    expect(ids).not.toContain(b.id);
    expect(list.body).not.toContain(a.residentId);
    expect(list.body).not.toContain(a.phone);
    expect(list.json().total).toBe(list.json().items.length);

    const leaderAll = await call('leader', 'GET', '/api/officers?pageSize=200');
    expect(leaderAll.json().items.map((o: OfficerView) => o.id)).not.toContain(b.id);
    const sup = async (q: string) =>
      (await call('supervisor', 'GET', `/api/officers?pageSize=200&${q}`)).json().items.map((o: OfficerView) => o.id);
    expect(await sup(`agencyId=${forestry.id}`)).toEqual([b.id]);
    expect(await sup('domain=forestry_grassland')).toContain(b.id);
    expect(await sup('domain=forestry_grassland')).not.toContain(a.id);
    expect(await sup('legalReviewer=true')).toContain(a.id);
    expect(await sup('legalReviewer=true')).not.toContain(b.id);
    expect(await sup(`q=${encodeURIComponent('格桑拉')}`)).toContain(a.id);
    expect(await sup(`q=${a.residentId.slice(-4)}`)).toContain(a.id);
    expect(await sup(`q=${a.residentId}`)).toEqual([a.id]);
    expect(await sup(`q=${a.residentId.slice(0, 17)}0`)).not.toContain(a.id);
    const page = await call('supervisor', 'GET', '/api/officers?page=1&pageSize=1');
    expect(page.json().items).toHaveLength(1);
    expect(page.json().total).toBeGreaterThan(1);
  });

  it('hides an officer of another agency (404) and of another tenant', async () => {
    const b = await makeOfficer(ctx, forestry);
    expect((await call('leader', 'GET', `/api/officers/${b.id}`)).statusCode).toBe(404);
    expect((await call('otherTenant', 'GET', `/api/officers/${b.id}`)).statusCode).toBe(404);
    const other = await call('otherTenant', 'GET', '/api/officers?pageSize=200');
    expect(other.json().items.map((o: OfficerView) => o.id)).not.toContain(b.id);
    const detail = await call('forestryLeader', 'GET', `/api/officers/${b.id}`);
    expect(detail.statusCode).toBe(200);
    expect((detail.json() as OfficerDetailView).events).toEqual([]);
  });

  it('reveals the full resident ID and phone only to read_personal holders, each read logged with the officer id', async () => {
    const a = await makeOfficer(ctx, market);
    const officerView = await call('officer', 'GET', `/api/officers/${a.id}`);
    expect(officerView.json().abilities).toMatchObject({ readPersonal: false, update: false });
    expect((await call('officer', 'GET', `/api/officers/${a.id}/resident-id`)).statusCode).toBe(403);
    expect((await call('forestryLeader', 'GET', `/api/officers/${a.id}/resident-id`)).statusCode).toBe(404);
    const id = await call('leader', 'GET', `/api/officers/${a.id}/resident-id`);
    expect(id.statusCode).toBe(200);
    expect(id.json().residentId).toBe(a.residentId);
    const phone = await call('leader', 'GET', `/api/officers/${a.id}/phone`);
    expect(phone.json().phone).toBe(a.phone);
    const logged = await ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenant), sql`${a.id} = any(${accessLog.recordIds})`));
    const actions = logged.map((l) => `${l.action}:${l.outcome}`);
    expect(actions).toContain('officer.reveal_resident_id:success');
    expect(actions).toContain('officer.reveal_phone:success');
    // The refused attempts are logged too (the officer lacks the permission; the other agency's leader its scope).
    const refused = await ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenant), eq(accessLog.action, 'officer.reveal_resident_id')));
    expect(refused.filter((l) => l.outcome !== 'success').length).toBeGreaterThanOrEqual(2);
  });

  it('finds the officer linked to the signed-in account', async () => {
    expect((await call('leader', 'GET', '/api/officers/mine')).statusCode).toBe(404);
    const mine = await makeOfficer(ctx, market, { accountId: officerAccountId, name: '鲁茸' });
    const res = await call('officer', 'GET', '/api/officers/mine');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: mine.id, name: '鲁茸', account: { id: officerAccountId } });
  });
});

describe('changing an officer', () => {
  it('edits fields, records which changed, and refuses a change of agency (a transfer)', async () => {
    const a = await makeOfficer(ctx, market);
    const res = await call('leader', 'PATCH', `/api/officers/${a.id}`, {
      post: '中队长',
      legalQualification: true,
      phone: '18887001122',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ post: '中队长', legalQualification: true, phoneMasked: '188****1122' });
    const detail: OfficerDetailView = (await call('leader', 'GET', `/api/officers/${a.id}`)).json();
    expect(detail.events[0]).toMatchObject({ kind: 'updated' });
    expect((detail.events[0].detail.changed as string[]).sort()).toEqual(['legalQualification', 'phone', 'post']);
    expect(JSON.stringify(detail.events)).not.toContain('18887001122');
    const move = await call('leader', 'PATCH', `/api/officers/${a.id}`, { agencyId: station.id });
    expect(move.statusCode).toBe(400);
    expect(move.json().error.fields.agencyId).toContain('调动');
    const [row] = await ctx.db.select().from(officers).where(eq(officers.id, a.id));
    expect(row.agencyId).toBe(market.id);
    // The ID can be corrected: sex and birth date follow it.
    const fixed = makeResidentId({ birth: '1979-11-30', sex: 'female' });
    const corr = await call('leader', 'PATCH', `/api/officers/${a.id}`, { residentId: fixed });
    expect(corr.json()).toMatchObject({ birthDate: '1979-11-30', sex: 'female' });
    expect((await call('leader', 'GET', `/api/officers/${a.id}/resident-id`)).json().residentId).toBe(fixed);
  });

  it('changes status with a reason through an event; refuses without a reason or out of scope', async () => {
    const a = await makeOfficer(ctx, station);
    const none = await call('leader', 'POST', `/api/officers/${a.id}/status`, { status: 'seconded', reason: ' ' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toHaveProperty('reason');
    const res = await call('leader', 'POST', `/api/officers/${a.id}/status`, {
      status: 'seconded',
      reason: '借调至州市场监管局',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('seconded');
    const detail: OfficerDetailView = (await call('supervisor', 'GET', `/api/officers/${a.id}`)).json();
    expect(detail.events[0]).toMatchObject({ kind: 'status', reason: '借调至州市场监管局' });
    const same = await call('leader', 'POST', `/api/officers/${a.id}/status`, { status: 'seconded', reason: '再次' });
    expect(same.statusCode).toBe(400);
    expect(
      (await call('forestryLeader', 'POST', `/api/officers/${a.id}/status`, { status: 'retired', reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call('officer', 'POST', `/api/officers/${a.id}/status`, { status: 'retired', reason: 'x' })).statusCode,
    ).toBe(403);
  });
});

describe('the photo', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  it('stores a PNG and serves it to readers in scope; refuses other types and oversize files', async () => {
    const a = await makeOfficer(ctx, market);
    expect((await call('leader', 'GET', `/api/officers/${a.id}/photo`)).statusCode).toBe(404);
    const pdf = await call('leader', 'PUT', `/api/officers/${a.id}/photo`, {
      fileName: 'x.pdf',
      contentBase64: Buffer.from('%PDF-1.4 test').toString('base64'),
    });
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error.fields.contentBase64).toContain('JPEG/PNG');
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const tooBig = await call('leader', 'PUT', `/api/officers/${a.id}/photo`, {
      fileName: 'big.png',
      contentBase64: big.toString('base64'),
    });
    expect(tooBig.statusCode).toBe(400);
    const ok = await call('leader', 'PUT', `/api/officers/${a.id}/photo`, {
      fileName: 'photo.png',
      contentBase64: PNG.toString('base64'),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().hasPhoto).toBe(true);
    const img = await call('officer', 'GET', `/api/officers/${a.id}/photo`);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.rawPayload.equals(PNG)).toBe(true);
    expect((await call('forestryLeader', 'GET', `/api/officers/${a.id}/photo`)).statusCode).toBe(404);
  });
});
