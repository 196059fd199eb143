import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { findRootDir } from '../../platform/config';
import { accessLog } from '../../platform/audit/access-log.schema';
import { importLawPath } from '../laws/law-import.service';
import { lawCitations } from '../laws/law-citation.schema';
import type { ReferralThresholdView } from '../../../../contracts/referral-threshold';
import { referralThresholds } from './referral-threshold.schema';
import { DEMO_THRESHOLDS, linkSeededThresholdCitations, seedReferralThresholds } from './referral-threshold.seed';

const LAWS_DIR = join(findRootDir(), '..', 'shared', 'data', 'laws');
const YUAN = 100;

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let forestry: MadeAgency; // 林业和草原局
let station: MadeAgency; // a 林业站 below it
let market: MadeAgency;
const cookie = {} as Record<'legal' | 'officer' | 'supervisor' | 'marketLegal' | 'liaison' | 'liaisonOwn', string>;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  await importLawPath(ctx, LAWS_DIR);
  tenant = await makeTenant(ctx);
  forestry = await makeAgency(ctx, tenant, { name: `林业和草原局${tenant}` });
  station = await makeAgency(ctx, tenant, { parent: forestry, name: `林业站${tenant}` });
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  const police = await makeAgency(ctx, tenant, { name: `公安局${tenant}` });
  cookie.legal = await signIn(
    app,
    await makeAccount(ctx, forestry, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookie.officer = await signIn(app, await makeAccount(ctx, forestry, [{ role: 'officer', scopeKind: 'own_agency' }]));
  cookie.supervisor = await signIn(app, await makeAccount(ctx, police, [{ role: 'supervisor', scopeKind: 'tenant' }]));
  cookie.marketLegal = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookie.liaison = await signIn(app, await makeAccount(ctx, police, [{ role: 'liaison', scopeKind: 'tenant' }]));
  cookie.liaisonOwn = await signIn(app, await makeAccount(ctx, police, [{ role: 'liaison', scopeKind: 'own_agency' }]));
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (who: keyof typeof cookie, method: Method, url: string, payload?: object, lang?: string) =>
  app.inject({
    method,
    url,
    headers: { cookie: cookie[who], ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload ? { payload } : {}),
  });

const rowsOf = (agencyId: string) =>
  ctx.db
    .select()
    .from(referralThresholds)
    .where(and(eq(referralThresholds.tenantId, tenant), eq(referralThresholds.agencyId, agencyId)));
const citationsOf = (id: string) =>
  ctx.db
    .select()
    .from(lawCitations)
    .where(and(eq(lawCitations.tenantId, tenant), eq(lawCitations.subjectId, id)));

const felling = () => ({
  agencyId: forestry.id,
  sector: 'forestry_grassland',
  violationType: '滥伐林木',
  offence: '滥伐林木罪',
  criminalBasis: '《中华人民共和国刑法》第三百四十五条第二款；立案追诉标准（一）第七十三条',
  basisText: '《行政执法机关移送涉嫌犯罪案件的规定》第三条；《森林法》第八十二条第二款',
  match: 'any',
  conditions: [
    { kind: 'quantity', measure: 'timber_volume', min: 10 },
    { kind: 'quantity', measure: 'sapling_count', min: 500 },
    { kind: 'circumstance', text: '在自然保护区内滥伐的' },
  ],
  demo: true,
});

describe('keeping an agency’s thresholds', () => {
  let created: ReferralThresholdView;

  it('creates a threshold pending confirmation, resolves the written basis and registers the citations', async () => {
    const res = await call('legal', 'POST', '/api/referral-thresholds', felling());
    expect(res.statusCode, res.body).toBe(201);
    created = res.json();
    expect(created).toMatchObject({
      agency: { id: forestry.id },
      status: 'pending',
      demo: true,
      confirmedAt: null,
      abilities: { update: true, delete: true, confirm: true },
    });
    expect(created.conditions.map((c) => c.summary.zh)).toEqual([
      '林木（立木蓄积） ≥ 10 立方米',
      '幼树 ≥ 500 株',
      '在自然保护区内滥伐的',
    ]);
    for (const c of created.conditions) expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.basis.map((b) => b.citation)).toEqual([
      '《行政执法机关移送涉嫌犯罪案件的规定》第三条',
      '《中华人民共和国森林法》第八十二条第二款',
    ]);
    const cites = await citationsOf(created.id);
    expect(cites.map((c) => c.subjectKind)).toEqual(['referral_threshold', 'referral_threshold']);
    expect(cites[0].subjectLabel).toContain('滥伐林木罪');
    const log = (await ctx.db.select().from(accessLog).where(eq(accessLog.tenantId, tenant))).find((l) =>
      l.recordIds.includes(created.id),
    );
    expect(log).toMatchObject({ action: 'referral_threshold.create', statusCode: 201, outcome: 'success' });
  });

  it('refuses bad input naming every field, in both languages, and writes nothing', async () => {
    const before = await rowsOf(forestry.id);
    const res = await call('legal', 'POST', '/api/referral-thresholds', {
      agencyId: forestry.id,
      sector: 'space',
      offence: '',
      match: 'some',
      conditions: [{ kind: 'quantity', measure: 'timber_volume', min: 0 }],
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual([
      'conditions.0.min',
      'criminalBasis',
      'match',
      'offence',
      'sector',
      'violationType',
    ]);
    expect(res.json().error.message).toContain('违法行为类型');
    const en = await call('legal', 'POST', '/api/referral-thresholds', { ...felling(), conditions: [] }, 'en-US');
    expect(en.json().error.fields.conditions).toBe('Choose at least 1');
    expect(en.json().error.message).toContain('conditions');
    const law = await call('legal', 'POST', '/api/referral-thresholds', {
      ...felling(),
      basisText: '《中华人民共和国刑法》第三百四十五条',
    });
    expect(law.statusCode).toBe(400);
    expect(law.json().error.fields.basisText).toContain('法律法规库中没有《中华人民共和国刑法》');
    const dupId = '11111111-1111-4111-8111-111111111111';
    const dup = await call('legal', 'POST', '/api/referral-thresholds', {
      ...felling(),
      conditions: [
        { id: dupId, kind: 'harm', measure: 'deaths', min: 1 },
        { id: dupId, kind: 'harm', measure: 'serious_injuries', min: 3 },
      ],
    });
    expect(dup.json().error.fields['conditions.1.id']).toBe('条件编号重复');
    expect(await rowsOf(forestry.id)).toEqual(before);
  });

  it('the legal office confirms it (待确认 → 已确认); a second confirmation is a conflict', async () => {
    const res = await call('legal', 'POST', `/api/referral-thresholds/${created.id}/confirm`, { note: '已核对' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'confirmed', abilities: { confirm: false } });
    expect(res.json().confirmedBy).toBeTruthy();
    const again = await call('legal', 'POST', `/api/referral-thresholds/${created.id}/confirm`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.status).toMatch(/^该移送标准已由.+于 \d{4}-\d{2}-\d{2} 确认$/);
  });

  it('changing a confirmed threshold’s conditions sends it back to 待确认; a note alone does not', async () => {
    const noted = await call('legal', 'PATCH', `/api/referral-thresholds/${created.id}`, { note: '林业站核对' });
    expect(noted.json()).toMatchObject({ status: 'confirmed', note: '林业站核对' });
    const conditions = created.conditions.map(({ summary: _summary, ...c }) =>
      c.kind === 'quantity' && c.measure === 'timber_volume' ? { ...c, min: 20 } : c,
    );
    const res = await call('legal', 'PATCH', `/api/referral-thresholds/${created.id}`, { conditions });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'pending', confirmedAt: null, confirmedBy: null });
    // Ids sent back are kept, so a ticked circumstance stays valid.
    expect(res.json().conditions.map((c: { id: string }) => c.id)).toEqual(created.conditions.map((c) => c.id));
    expect(res.json().conditions[0].summary.zh).toBe('林木（立木蓄积） ≥ 20 立方米');
  });

  it('evaluates facts: 25 m³ meets the threshold; 9 m³ does not; a ticked circumstance does', async () => {
    const url = '/api/referral-thresholds/evaluate';
    const met = await call('officer', 'POST', url, {
      agencyId: forestry.id,
      facts: { quantities: { timber_volume: 25 } },
    });
    expect(met.statusCode, met.body).toBe(200);
    expect(met.json()).toMatchObject({ suspected: true, met: [created.id] });
    expect(met.json().results[0]).toMatchObject({ offence: '滥伐林木罪', status: 'pending', demo: true });
    expect(met.json().results[0].reason.zh).toBe(
      '涉嫌滥伐林木罪，达到移送标准：林木（立木蓄积） 25 立方米，达到 20 立方米',
    );
    const below = await call('officer', 'POST', url, {
      agencyId: forestry.id,
      facts: { quantities: { timber_volume: 9, sapling_count: 120 } },
    });
    expect(below.json().suspected).toBe(false);
    const circumstanceId = created.conditions[2].id;
    const ticked = await call('officer', 'POST', url, {
      agencyId: forestry.id,
      facts: { circumstances: [circumstanceId] },
      thresholdIds: [created.id],
    });
    expect(ticked.json().suspected).toBe(true);
    const stray = await call('officer', 'POST', url, {
      agencyId: forestry.id,
      facts: { circumstances: [created.conditions[0].id] },
    });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error.fields['facts.circumstances.0']).toBe('所勾选的不是这些移送标准中的情节条件');
    const unknown = await call('officer', 'POST', url, {
      agencyId: forestry.id,
      facts: {},
      thresholdIds: ['22222222-2222-4222-8222-222222222222'],
    });
    expect(unknown.json().error.fields['thresholdIds.0']).toBe('该单位没有这条移送标准');
    const badFacts = await call('officer', 'POST', url, {
      agencyId: forestry.id,
      facts: { quantities: { timber_volume: -1, lightyears: 3 }, actDate: '2026-13-01' },
    });
    expect(Object.keys(badFacts.json().error.fields).sort()).toEqual([
      'facts.actDate',
      'facts.quantities.lightyears',
      'facts.quantities.timber_volume',
    ]);
  });
});

describe('scope', () => {
  let forestryId: string;
  beforeAll(async () => {
    forestryId = (await call('legal', 'POST', '/api/referral-thresholds', felling())).json().id;
  });

  it('another agency’s legal office does not find it, cannot change it, and cannot create for that agency', async () => {
    const before = await rowsOf(forestry.id);
    expect((await call('marketLegal', 'GET', `/api/referral-thresholds/${forestryId}`)).statusCode).toBe(404);
    const patch = await call('marketLegal', 'PATCH', `/api/referral-thresholds/${forestryId}`, { offence: '改名罪' });
    expect(patch.statusCode).toBe(404);
    expect((await call('marketLegal', 'POST', `/api/referral-thresholds/${forestryId}/confirm`, {})).statusCode).toBe(
      404,
    );
    expect((await call('marketLegal', 'DELETE', `/api/referral-thresholds/${forestryId}`)).statusCode).toBe(404);
    const create = await call('marketLegal', 'POST', '/api/referral-thresholds', felling());
    expect(create.statusCode).toBe(400);
    expect(create.json().error.fields.agencyId).toBe('单位不存在或不在您的数据范围内');
    const evaluate = await call('marketLegal', 'POST', '/api/referral-thresholds/evaluate', {
      agencyId: forestry.id,
      facts: {},
    });
    expect(evaluate.statusCode).toBe(404);
    const list = await call('marketLegal', 'GET', '/api/referral-thresholds');
    expect(list.json().items).toEqual([]);
    expect(await rowsOf(forestry.id)).toEqual(before);
  });

  it('the officer reads but may not change; the legal office keeps the thresholds of agencies below it', async () => {
    expect((await call('officer', 'GET', `/api/referral-thresholds/${forestryId}`)).json().abilities).toEqual({
      update: false,
      delete: false,
      confirm: false,
    });
    expect(
      (await call('officer', 'PATCH', `/api/referral-thresholds/${forestryId}`, { offence: '改名罪' })).statusCode,
    ).toBe(403);
    const below = await call('legal', 'POST', '/api/referral-thresholds', { ...felling(), agencyId: station.id });
    expect(below.statusCode).toBe(201);
  });

  it('a whole-tenant liaison and the supervisor read every agency’s thresholds, read-only', async () => {
    await call('marketLegal', 'POST', '/api/referral-thresholds', {
      ...felling(),
      agencyId: market.id,
      sector: 'market',
      violationType: '合同诈骗',
      offence: '合同诈骗罪',
      basisText: '《行政执法机关移送涉嫌犯罪案件的规定》第三条',
      conditions: [{ kind: 'amount', measure: 'amount_involved', minFen: 20_000 * YUAN }],
    });
    for (const who of ['liaison', 'supervisor'] as const) {
      const list = await call(who, 'GET', '/api/referral-thresholds');
      expect(list.statusCode).toBe(200);
      const agencies = new Set(list.json().items.map((i: ReferralThresholdView) => i.agency.id));
      expect(agencies).toEqual(new Set([forestry.id, station.id, market.id]));
      for (const i of list.json().items as ReferralThresholdView[])
        expect(i.abilities).toEqual({ update: false, delete: false, confirm: false });
      const byAgency = await call(who, 'GET', `/api/referral-thresholds?agencyId=${market.id}&sector=market`);
      expect(byAgency.json().items.map((i: ReferralThresholdView) => i.offence)).toEqual(['合同诈骗罪']);
      const evaluate = await call(who, 'POST', '/api/referral-thresholds/evaluate', {
        agencyId: market.id,
        facts: { amounts: { amount_involved: 30_000 * YUAN } },
      });
      expect(evaluate.json().suspected).toBe(true);
    }
    const write = await call('liaison', 'PATCH', `/api/referral-thresholds/${forestryId}`, { offence: '改名罪' });
    expect(write.statusCode).toBe(403);
    expect((await call('supervisor', 'POST', `/api/referral-thresholds/${forestryId}/confirm`, {})).statusCode).toBe(
      403,
    );
    // A liaison whose grant is their own agency (the police) sees no agency's thresholds but the police's.
    expect((await call('liaisonOwn', 'GET', '/api/referral-thresholds')).json().items).toEqual([]);
  });

  it('deleting removes the threshold and its citations', async () => {
    const res = await call('legal', 'DELETE', `/api/referral-thresholds/${forestryId}`);
    expect(res.statusCode).toBe(204);
    expect(await citationsOf(forestryId)).toEqual([]);
    expect((await call('legal', 'GET', `/api/referral-thresholds/${forestryId}`)).statusCode).toBe(404);
  });
});

describe('the demo seed', () => {
  it('seeds every threshold as demo, pending, with every written basis resolved against the law library', async () => {
    const t = await makeTenant(ctx, '演示县');
    const keys = [...new Set(DEMO_THRESHOLDS.map((d) => d.agency))];
    const map = new Map<string, { id: string; name: string }>();
    for (const k of keys) {
      const a = await makeAgency(ctx, t, { name: `演示${k}${t}` });
      map.set(k, { id: a.id, name: a.name });
    }
    await ctx.db.transaction((tx) =>
      seedReferralThresholds(tx, { tenantId: t, agencies: map, now: new Date('2026-03-02T02:00:00Z') }),
    );
    const rows = await ctx.db.select().from(referralThresholds).where(eq(referralThresholds.tenantId, t));
    expect(rows).toHaveLength(DEMO_THRESHOLDS.length);
    expect(new Set(rows.map((r) => r.sector))).toEqual(
      new Set(['food_drug', 'market', 'forestry_grassland', 'wildlife', 'land', 'production_safety']),
    );
    for (const r of rows) {
      expect(r).toMatchObject({ demo: true, status: 'pending' });
      expect(r.note).toContain('演示数据');
      expect(r.basisRefs.length, `${r.offence}: ${r.basisText}`).toBe(r.basisText!.split('；').length);
    }
    const offences = rows.map((r) => r.offence);
    for (const o of [
      '滥伐林木罪',
      '非法占用农用地罪',
      '危害珍贵、濒危野生动物罪',
      '重大责任事故罪',
      '合同诈骗罪',
      '虚假广告罪',
    ])
      expect(offences).toContain(o);

    // Seeded before the statutes were imported: linking afterwards resolves the written basis and registers it.
    await ctx.db.update(referralThresholds).set({ basisRefs: [] }).where(eq(referralThresholds.tenantId, t));
    await ctx.db.delete(lawCitations).where(eq(lawCitations.tenantId, t));
    expect(await linkSeededThresholdCitations(ctx)).toBeGreaterThanOrEqual(rows.length);
    const relinked = await ctx.db.select().from(referralThresholds).where(eq(referralThresholds.tenantId, t));
    for (const r of relinked) expect(r.basisRefs).toEqual(rows.find((x) => x.id === r.id)!.basisRefs);
    const cites = await ctx.db.select().from(lawCitations).where(eq(lawCitations.tenantId, t));
    expect(new Set(cites.map((c) => c.subjectId)).size).toBe(rows.length);
  });
});
