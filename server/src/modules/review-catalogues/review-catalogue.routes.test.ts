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
import { reviewCatalogueRules, reviewCatalogueVersions } from './review-catalogue.schema';
import { reviewCatalogueInForce } from './review-catalogue.service';
import { linkSeededCatalogueCitations, seedReviewCatalogues } from './review-catalogue.seed';

const LAWS_DIR = join(findRootDir(), '..', 'shared', 'data', 'laws');
const YUAN = 100;

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let market: MadeAgency; // 市场监管局
let branch: MadeAgency; // its 分局, below it
let forestry: MadeAgency; // another agency
const cookie: Record<'legal' | 'officer' | 'supervisor' | 'otherLegal' | 'liaison', string> = {} as never;

/** A Shanghai wall-clock instant on a date, for the clock. */
const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  await importLawPath(ctx, LAWS_DIR);
  tenant = await makeTenant(ctx);
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  branch = await makeAgency(ctx, tenant, { parent: market, name: `市场监督管理局分局${tenant}` });
  forestry = await makeAgency(ctx, tenant, { name: `林业和草原局${tenant}` });
  cookie.legal = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookie.officer = await signIn(app, await makeAccount(ctx, market, [{ role: 'officer', scopeKind: 'own_agency' }]));
  cookie.supervisor = await signIn(
    app,
    await makeAccount(ctx, forestry, [{ role: 'supervisor', scopeKind: 'tenant' }]),
  );
  cookie.otherLegal = await signIn(
    app,
    await makeAccount(ctx, forestry, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookie.liaison = await signIn(app, await makeAccount(ctx, forestry, [{ role: 'liaison', scopeKind: 'tenant' }]));
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

const versionsOf = (agencyId: string) =>
  ctx.db
    .select()
    .from(reviewCatalogueVersions)
    .where(and(eq(reviewCatalogueVersions.tenantId, tenant), eq(reviewCatalogueVersions.agencyId, agencyId)));
const citationsOf = (ruleId: string) =>
  ctx.db
    .select()
    .from(lawCitations)
    .where(and(eq(lawCitations.tenantId, tenant), eq(lawCitations.subjectId, ruleId)));

const personFine = {
  title: '拟对公民处以一万元以上罚款的',
  condition: { kind: 'fine_threshold', partyType: 'natural_person', minFineFen: 10_000 * YUAN },
  basisText: '《行政处罚法》第六十三条第一款第（一）项',
};
const hearing = {
  title: '经过听证程序的',
  condition: { kind: 'hearing_held' },
  basisText: '《中华人民共和国行政处罚法》第五十八条第一款第（二）项',
};
const ticked = { title: '可能引发群体性事件的', condition: { kind: 'free_text' } };

describe('editing and publishing a catalogue', () => {
  let personRuleId: string;
  let hearingRuleId: string;
  let tickRuleId: string;

  it('the first rule starts draft 1; the written basis resolves to 行政处罚法 第六十三条 and is registered', async () => {
    ctx.clock.now = at('2026-03-02');
    const res = await call('legal', 'POST', `/api/review-catalogues/${market.id}/draft/rules`, personFine);
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json();
    expect(draft).toMatchObject({ versionNo: 1, state: 'draft', effectiveFrom: null, ruleCount: 1, demo: false });
    const rule = draft.rules[0];
    personRuleId = rule.ruleId;
    expect(rule.summary.zh).toBe('对公民（自然人）罚款 ≥ 10,000.00 元');
    expect(rule.basisText).toBe('《行政处罚法》第六十三条第一款第（一）项');
    expect(rule.basis).toHaveLength(1);
    expect(rule.basis[0]).toMatchObject({ lawTitle: '中华人民共和国行政处罚法', label: '第六十三条' });
    expect(rule.basis[0].citation).toBe('《中华人民共和国行政处罚法》第六十三条第一款第（一）项');
    const cites = await citationsOf(personRuleId);
    expect(cites).toHaveLength(1);
    expect(cites[0]).toMatchObject({ subjectKind: 'review_rule', role: 'basis', agencyId: market.id });
    expect(cites[0].subjectLabel).toContain('拟对公民处以一万元以上罚款的');
    const log = (await ctx.db.select().from(accessLog).where(eq(accessLog.tenantId, tenant))).find((l) =>
      l.recordIds.includes(personRuleId),
    );
    expect(log).toMatchObject({ action: 'review_catalogue.rule_add', outcome: 'success', statusCode: 201 });

    const two = await call('legal', 'POST', `/api/review-catalogues/${market.id}/draft/rules`, hearing);
    hearingRuleId = two.json().rules[1].ruleId;
    const three = await call('legal', 'POST', `/api/review-catalogues/${market.id}/draft/rules`, ticked);
    expect(three.json().rules.map((r: { title: string }) => r.title)).toEqual([
      personFine.title,
      hearing.title,
      ticked.title,
    ]);
    tickRuleId = three.json().rules[2].ruleId;
  });

  it('refuses bad rules naming the fields, in Chinese and English, and writes nothing', async () => {
    const before = await ctx.db.select().from(reviewCatalogueRules).where(eq(reviewCatalogueRules.agencyId, market.id));
    const url = `/api/review-catalogues/${market.id}/draft/rules`;
    const missing = await call('legal', 'POST', url, { condition: { kind: 'fine_threshold', partyType: 'alien' } });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields).sort()).toEqual([
      'condition.minFineFen',
      'condition.partyType',
      'title',
    ]);
    expect(missing.json().error.message).toContain('名称');
    expect(missing.json().error.message).toContain('当事人类型');
    const negative = await call('legal', 'POST', url, {
      ...personFine,
      condition: { ...personFine.condition, minFineFen: -5 },
    });
    expect(negative.json().error.fields['condition.minFineFen']).toBe('不能小于 1');
    const unknownLaw = await call(
      'legal',
      'POST',
      url,
      { ...personFine, basisText: '《云南省不存在条例》第三条' },
      'en',
    );
    expect(unknownLaw.statusCode).toBe(400);
    expect(unknownLaw.json().error.fields.basisText).toContain('No version of 云南省不存在条例');
    expect(unknownLaw.json().error.message).toContain('legal basis');
    const noArticle = await call('legal', 'POST', url, { ...personFine, basisText: '《行政处罚法》第九百条' });
    expect(noArticle.json().error.fields.basisText).toContain('没有第900条');
    const badRef = await call('legal', 'POST', url, {
      ...personFine,
      basis: [{ versionId: '00000000-0000-4000-8000-000000000000', articleSeq: 1 }],
    });
    expect(badRef.json().error.fields['basis.0']).toBe('所引条文不在法律法规库中');
    const unknownKind = await call('legal', 'POST', url, { title: '某规则', condition: { kind: 'moon_phase' } });
    expect(unknownKind.statusCode).toBe(400);
    expect(Object.keys(unknownKind.json().error.fields)[0]).toMatch(/^condition/);
    const after = await ctx.db.select().from(reviewCatalogueRules).where(eq(reviewCatalogueRules.agencyId, market.id));
    expect(after).toEqual(before);
  });

  it('publishing: not before today, an empty draft or no draft is refused; then version 1 is in force from its date', async () => {
    ctx.clock.now = at('2026-03-02');
    const url = `/api/review-catalogues/${market.id}/publish`;
    const past = await call('legal', 'POST', url, { effectiveFrom: '2026-03-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields.effectiveFrom).toBe(
      '生效日期不能早于今天（2026-03-02），已作出的决定适用当时有效的目录',
    );
    expect((await versionsOf(market.id))[0].status).toBe('draft');
    const ok = await call('legal', 'POST', url, { effectiveFrom: '2026-03-10', note: '首次公布' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ versionNo: 1, state: 'scheduled', effectiveFrom: '2026-03-10', ruleCount: 3 });
    expect(ok.json().publishedBy).toBeTruthy();
    const again = await call('legal', 'POST', url, { effectiveFrom: '2026-03-10' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该目录没有待发布的草稿');

    const before = await call('officer', 'GET', `/api/review-catalogues/${market.id}?on=2026-03-09`);
    expect(before.json()).toMatchObject({ on: '2026-03-09', inForce: null, draft: null });
    const onDay = await call('officer', 'GET', `/api/review-catalogues/${market.id}?on=2026-03-10`);
    expect(onDay.json().inForce).toMatchObject({ versionNo: 1, ruleCount: 3 });
    expect(onDay.json().abilities).toEqual({ edit: false, publish: false, discardDraft: false });
    expect(onDay.json().versions[0]).toMatchObject({ versionNo: 1, state: 'scheduled' });
  });

  it('editing after publication starts draft 2 from version 1; version 2 takes over on its own date', async () => {
    ctx.clock.now = at('2026-04-01');
    const patch = await call('legal', 'PATCH', `/api/review-catalogues/${market.id}/draft/rules/${personRuleId}`, {
      title: '拟对公民处以五千元以上罚款的',
      condition: { kind: 'fine_threshold', partyType: 'natural_person', minFineFen: 5_000 * YUAN },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    expect(patch.json()).toMatchObject({ versionNo: 2, state: 'draft', ruleCount: 3 });
    // Version 1 is unchanged.
    const v1 = await call('officer', 'GET', `/api/review-catalogues/${market.id}/versions/1`);
    expect(v1.json()).toMatchObject({ versionNo: 1, state: 'in_force' });
    expect(v1.json().rules[0].condition.minFineFen).toBe(10_000 * YUAN);
    const removed = await call('legal', 'DELETE', `/api/review-catalogues/${market.id}/draft/rules/${hearingRuleId}`);
    expect(removed.json().ruleCount).toBe(2);
    // Still in force in version 1: the removed rule keeps its citation until it is no longer applied.
    expect(await citationsOf(hearingRuleId)).toHaveLength(1);
    const gone = await call('legal', 'DELETE', `/api/review-catalogues/${market.id}/draft/rules/${hearingRuleId}`);
    expect(gone.statusCode).toBe(404);

    const publish = await call('legal', 'POST', `/api/review-catalogues/${market.id}/publish`, {
      effectiveFrom: '2026-05-01',
    });
    expect(publish.json()).toMatchObject({ versionNo: 2, state: 'scheduled' });
    const apr = await call('officer', 'GET', `/api/review-catalogues/${market.id}?on=2026-04-30`);
    expect(apr.json().inForce.versionNo).toBe(1);
    const may = await call('officer', 'GET', `/api/review-catalogues/${market.id}?on=2026-05-01`);
    expect(may.json().inForce.versionNo).toBe(2);
    expect(may.json().versions.map((v: { versionNo: number; state: string }) => [v.versionNo, v.state])).toEqual([
      [2, 'scheduled'],
      [1, 'in_force'],
    ]);
    // For cases: the version in force on the decision's date.
    expect((await reviewCatalogueInForce(ctx.db, tenant, market.id, '2026-04-30'))?.versionNo).toBe(1);
    const inMay = await reviewCatalogueInForce(ctx.db, tenant, market.id, '2026-05-01');
    expect(inMay?.versionNo).toBe(2);
    expect(inMay?.rules.map((r) => r.ruleId).sort()).toEqual([personRuleId, tickRuleId].sort());
    expect(await reviewCatalogueInForce(ctx.db, tenant, market.id, '2026-03-09')).toBeNull();

    // A version cannot take effect before the last published one.
    await call('legal', 'POST', `/api/review-catalogues/${market.id}/draft/rules`, hearing);
    const early = await call('legal', 'POST', `/api/review-catalogues/${market.id}/publish`, {
      effectiveFrom: '2026-04-15',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.effectiveFrom).toBe('生效日期不能早于上一版本（第 2 版）的生效日期 2026-05-01');
    const discard = await call('legal', 'DELETE', `/api/review-catalogues/${market.id}/draft`);
    expect(discard.statusCode).toBe(204);
    expect((await versionsOf(market.id)).map((v) => v.status).sort()).toEqual(['published', 'published']);
  });

  it('the diff between versions 1 and 2 shows the changed fine and the removed hearing rule', async () => {
    const res = await call('supervisor', 'GET', `/api/review-catalogues/${market.id}/diff?from=1&to=2`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.added).toEqual([]);
    expect(d.removed.map((r: { ruleId: string }) => r.ruleId)).toEqual([hearingRuleId]);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]).toMatchObject({ ruleId: personRuleId, fields: ['title', 'condition'] });
    expect(d.changed[0].before.summary.zh).toContain('10,000.00');
    expect(d.changed[0].after.summary.zh).toContain('5,000.00');
    expect(d.unchanged).toBe(1);
    const missing = await call('supervisor', 'GET', `/api/review-catalogues/${market.id}/diff?from=1&to=9`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('目录版本 9 不存在');
  });

  it('evaluates a decision against the version in force on its date, with reasons', async () => {
    ctx.clock.now = at('2026-05-10');
    const url = `/api/review-catalogues/${market.id}/evaluate`;
    const decision = { partyType: 'natural_person', penaltyKinds: ['fine'], fineFen: 6_000 * YUAN };
    const may = await call('officer', 'POST', url, { decision });
    expect(may.statusCode, may.body).toBe(200);
    expect(may.json()).toMatchObject({ major: true, version: { versionNo: 2, state: 'in_force' } });
    expect(may.json().results[0].reason.zh).toBe('对公民（自然人）罚款 6,000.00 元，达到较大数额标准 5,000.00 元');
    const april = await call('officer', 'POST', url, { decision, on: '2026-04-20' });
    expect(april.json()).toMatchObject({ major: false, version: { versionNo: 1, state: 'superseded' } });
    const tick = await call('officer', 'POST', url, {
      decision: { partyType: 'organisation', tickedRuleIds: [tickRuleId] },
    });
    expect(tick.json().major).toBe(true);
    expect(tick.json().results.find((r: { ruleId: string }) => r.ruleId === tickRuleId).reason.zh).toBe(
      '审核人员勾选了本项',
    );
    const wrongTick = await call('officer', 'POST', url, {
      decision: { partyType: 'organisation', tickedRuleIds: [personRuleId] },
    });
    expect(wrongTick.statusCode).toBe(400);
    expect(wrongTick.json().error.fields['decision.tickedRuleIds.0']).toBe('所勾选的不是该目录中的“其他情形”项');
    const before = await call('officer', 'POST', url, { decision, on: '2026-01-01' });
    expect(before.statusCode).toBe(409);
    expect(before.json().error.message).toBe(`${market.name}在 2026-01-01 没有生效的重大执法决定法制审核目录`);
    const noDraft = await call('officer', 'POST', url, { decision, draft: true });
    expect(noDraft.statusCode).toBe(409);
    const bad = await call('officer', 'POST', url, { decision: { partyType: 'alien', fineFen: 1.5 } });
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['decision.fineFen', 'decision.partyType']);
  });
});

describe('scope', () => {
  it('another agency’s legal office finds neither the catalogue nor its draft; the officer reads but cannot write', async () => {
    for (const [method, url, payload] of [
      ['GET', `/api/review-catalogues/${market.id}`, undefined],
      ['GET', `/api/review-catalogues/${market.id}/versions/1`, undefined],
      ['POST', `/api/review-catalogues/${market.id}/draft/rules`, personFine],
      ['POST', `/api/review-catalogues/${market.id}/publish`, { effectiveFrom: '2030-01-01' }],
      ['POST', `/api/review-catalogues/${market.id}/evaluate`, { decision: { partyType: 'organisation' } }],
    ] as const) {
      const res = await call('otherLegal', method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().error.message).toBe('单位不存在或不在您的数据范围内');
    }
    const officer = await call('officer', 'POST', `/api/review-catalogues/${market.id}/draft/rules`, personFine);
    expect(officer.statusCode).toBe(403);
    expect((await versionsOf(market.id)).filter((v) => v.status === 'draft')).toHaveLength(0);
  });

  it('the legal office keeps the catalogues of agencies below its own; the supervisor reads them all but writes none', async () => {
    const res = await call('legal', 'POST', `/api/review-catalogues/${branch.id}/draft/rules`, hearing);
    expect(res.statusCode).toBe(201);
    const sup = await call('supervisor', 'POST', `/api/review-catalogues/${branch.id}/draft/rules`, hearing);
    expect(sup.statusCode).toBe(403);
    const list = await call('supervisor', 'GET', '/api/review-catalogues');
    const names = list.json().items.map((i: { agency: { name: string } }) => i.agency.name);
    expect(names).toEqual(expect.arrayContaining([market.name, branch.name]));
    const own = await call('otherLegal', 'GET', '/api/review-catalogues');
    expect(own.json().items).toEqual([]);
    const branchView = await call('supervisor', 'GET', `/api/review-catalogues/${branch.id}`);
    expect(branchView.json()).toMatchObject({ inForce: null, draft: { versionNo: 1, ruleCount: 1 } });
    expect(branchView.json().abilities.edit).toBe(false);
  });

  it('a liaison (no review_catalogue.read) is refused', async () => {
    expect((await call('liaison', 'GET', '/api/review-catalogues')).statusCode).toBe(403);
  });

  it('a rule that exists only in a draft loses its citations when the draft is discarded', async () => {
    const res = await call('legal', 'POST', `/api/review-catalogues/${branch.id}/draft/rules`, personFine);
    const ruleId = res.json().rules.find((r: { title: string }) => r.title === personFine.title).ruleId;
    expect(await citationsOf(ruleId)).toHaveLength(1);
    expect((await call('legal', 'DELETE', `/api/review-catalogues/${branch.id}/draft`)).statusCode).toBe(204);
    expect(await citationsOf(ruleId)).toHaveLength(0);
    expect(await versionsOf(branch.id)).toHaveLength(0);
  });
});

describe('public disclosure', () => {
  it('anyone reads the catalogues in force of a tenant; drafts and scheduled versions stay private', async () => {
    ctx.clock.now = at('2026-05-10');
    await call('legal', 'POST', `/api/review-catalogues/${branch.id}/draft/rules`, hearing);
    const res = await app.inject({ method: 'GET', url: `/api/public/tenants/${tenant}/review-catalogues` });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { agency: { name: string } }) => i.agency.name)).toEqual([market.name]);
    expect(items[0]).toMatchObject({ versionNo: 2, effectiveFrom: '2026-05-01', demo: false });
    expect(items[0].rules.map((r: { title: string }) => r.title)).toEqual([
      '拟对公民处以五千元以上罚款的',
      ticked.title,
    ]);
    const unknown = await app.inject({ method: 'GET', url: '/api/public/tenants/999999/review-catalogues' });
    expect(unknown.statusCode).toBe(404);
    const malformed = await app.inject({ method: 'GET', url: '/api/public/tenants/abc/review-catalogues' });
    expect(malformed.statusCode).toBe(400);
  });
});

describe('the demo seed', () => {
  it('gives the market bureau two published versions and a township one, every written basis resolved', async () => {
    const t = await makeTenant(ctx, '演示县');
    const scjg = await makeAgency(ctx, t, { name: `香格里拉市市场监督管理局${t}` });
    const jiantang = await makeAgency(ctx, t, { name: `香格里拉市建塘镇人民政府${t}`, kind: 'township_government' });
    const now = at('2026-03-02');
    await ctx.db.transaction((tx) =>
      seedReviewCatalogues(tx, {
        tenantId: t,
        agencies: new Map([
          ['scjg', { id: scjg.id, name: scjg.name }],
          ['jiantang', { id: jiantang.id, name: jiantang.name }],
        ]),
        now,
      }),
    );
    const rules = await ctx.db.select().from(reviewCatalogueRules).where(eq(reviewCatalogueRules.tenantId, t));
    expect(rules.length).toBe(10 + 11 + 5);
    for (const r of rules) {
      expect(r.demo).toBe(true);
      expect(r.basisRefs.length, `${r.title}: ${r.basisText}`).toBe(r.basisText!.split('；').length);
    }
    const inForce = await reviewCatalogueInForce(ctx.db, t, scjg.id, '2026-03-02');
    expect(inForce).toMatchObject({ versionNo: 2, effectiveFrom: '2025-03-01' });
    const v1 = await reviewCatalogueInForce(ctx.db, t, scjg.id, '2024-12-31');
    expect(v1?.versionNo).toBe(1);
    const cites = await ctx.db.select().from(lawCitations).where(eq(lawCitations.tenantId, t));
    expect(new Set(cites.map((c) => c.subjectId)).size).toBe(11 + 5);

    // Seeded before the statutes were imported: linking afterwards resolves the written basis and registers it.
    await ctx.db.update(reviewCatalogueRules).set({ basisRefs: [] }).where(eq(reviewCatalogueRules.tenantId, t));
    await ctx.db.delete(lawCitations).where(eq(lawCitations.tenantId, t));
    expect(await linkSeededCatalogueCitations(ctx)).toBeGreaterThanOrEqual(rules.length);
    const relinked = await ctx.db.select().from(reviewCatalogueRules).where(eq(reviewCatalogueRules.tenantId, t));
    expect(relinked.map((r) => r.basisRefs)).toEqual(
      relinked.map((r) => rules.find((x) => x.versionId === r.versionId && x.ruleId === r.ruleId)!.basisRefs),
    );
    const recited = await ctx.db.select().from(lawCitations).where(eq(lawCitations.tenantId, t));
    expect(new Set(recited.map((c) => c.subjectId)).size).toBe(11 + 5);
  });
});
