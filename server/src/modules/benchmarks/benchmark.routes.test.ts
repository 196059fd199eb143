import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { BenchmarkDraftBody } from '../../../../contracts/benchmark';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { findRootDir } from '../../platform/config';
import { accessLog } from '../../platform/audit/access-log.schema';
import { shanghaiDate } from '../../platform/legal-date';
import { lawCitations } from '../laws/law-citation.schema';
import { importLawText } from '../laws/law-import.service';
import { DEMO_BENCHMARKS, DEMO_EXEMPTIONS } from './benchmark.demo-data';
import { benchmarkLevelSets, benchmarks, benchmarkVersions } from './benchmark.schema';
import { benchmarkVersionInForce } from './benchmark.service';

const LAWS_DIR = join(findRootDir(), '..', 'shared', 'data', 'laws');
let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let bureau: MadeAgency;
let branch: MadeAgency;
let other: MadeAgency;
const cookies = {} as Record<'legal' | 'otherLegal' | 'supervisor' | 'officer' | 'tenantLegal', string>;

const today = () => shanghaiDate(new Date());
const addDays = (date: string, n: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const yuan = (n: number) => Math.round(n * 100);
const STAFF = DEMO_BENCHMARKS.find((b) => b.code === 'SCJG-SP-126-06')!;
const FOOD = DEMO_BENCHMARKS.find((b) => b.code === 'SCJG-SP-124-05')!;
let seq = 0;
const uniqueCode = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++seq}`;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  for (const f of ['食品安全法(2021-04-29).md', '产品质量法(2018-12-29).md', '行政处罚法(2021-01-22).md']) {
    await importLawText(ctx, { fileName: f, content: readFileSync(join(LAWS_DIR, f), 'utf8') });
  }
  tenant = await makeTenant(ctx);
  bureau = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  branch = await makeAgency(ctx, tenant, { parent: bureau, name: `市场监管所${tenant}` });
  other = await makeAgency(ctx, tenant, { name: `自然资源局${tenant}` });
  const justice = await makeAgency(ctx, tenant, { name: `司法局${tenant}` });
  cookies.legal = await signIn(
    app,
    await makeAccount(ctx, bureau, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookies.otherLegal = await signIn(
    app,
    await makeAccount(ctx, other, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookies.supervisor = await signIn(
    app,
    await makeAccount(ctx, justice, [{ role: 'supervisor', scopeKind: 'tenant' }]),
  );
  cookies.officer = await signIn(app, await makeAccount(ctx, bureau, [{ role: 'officer', scopeKind: 'own_agency' }]));
  cookies.tenantLegal = await signIn(
    app,
    await makeAccount(ctx, justice, [{ role: 'legal_office', scopeKind: 'tenant' }]),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

type Who = keyof typeof cookies;
const call = (
  who: Who,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  lang?: string,
) =>
  app.inject({
    method,
    url,
    headers: { cookie: cookies[who], ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });

async function create(body: BenchmarkDraftBody & { agencyId: string }, who: Who = 'legal') {
  const res = await call(who, 'POST', '/api/benchmarks', body);
  if (res.statusCode !== 201) throw new Error(`create: ${res.statusCode} ${res.body}`);
  return res.json();
}
const staff = (agency = bureau, code = uniqueCode('SP126')) => ({ ...STAFF, code, agencyId: agency.id });

describe('creating and validating', () => {
  it('creates a draft, resolves the written citations, registers them and logs the write', async () => {
    const code = uniqueCode('SP126');
    const res = await call('legal', 'POST', '/api/benchmarks', { ...STAFF, code, agencyId: bureau.id });
    expect(res.statusCode, res.body).toBe(201);
    const b = res.json();
    expect(b).toMatchObject({
      code,
      agencyId: bureau.id,
      draftVersionNo: 1,
      inForceVersionNo: null,
      levelNames: ['轻微', '一般', '较重', '严重'],
      abilities: { edit: true, publish: true },
      current: { versionNo: 1, status: 'draft' },
    });
    expect(b.current.content.violatedRefs[0]).toMatchObject({
      label: '第四十五条',
      lawTitle: '中华人民共和国食品安全法',
    });
    expect(b.current.content.violatedRefs[0].citation).toBe('《中华人民共和国食品安全法》第四十五条第二款');
    expect(b.current.content.penaltyRefs[0].label).toBe('第一百二十六条');
    expect(b.current.content.levels[1].conditionsDsl.zh).toBe('拒不改正');
    const cites = await ctx.db
      .select()
      .from(lawCitations)
      .where(and(eq(lawCitations.tenantId, tenant), eq(lawCitations.subjectId, b.id)));
    expect(cites.map((c) => c.role).sort()).toEqual(['penalty', 'violated']);
    expect(cites[0]).toMatchObject({ subjectKind: 'benchmark', agencyId: bureau.id });
    expect(cites[0].subjectLabel).toContain(code);
    const logs = await ctx.db.select().from(accessLog).where(eq(accessLog.tenantId, tenant));
    expect(logs.find((l) => l.recordIds.includes(b.id))).toMatchObject({
      action: 'benchmark.create',
      outcome: 'success',
    });
  });

  it('refuses a harsher level whose fine lies below a milder one, naming the field in Chinese and English, and writes nothing', async () => {
    const code = uniqueCode('BAD');
    const levels = structuredClone(STAFF.levels);
    levels[2].penalties[1] = { kind: 'fine', fine: { mode: 'fixed', minFen: yuan(1000), maxFen: yuan(3000) } };
    const body = { ...STAFF, code, agencyId: bureau.id, levels };
    const res = await call('legal', 'POST', '/api/benchmarks', body);
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain('罚款幅度');
    expect(err.fields['levels.2.penalties.1.fine']).toContain('「较重」档的罚款幅度低于较轻的「一般」档');
    const en = await call('legal', 'POST', '/api/benchmarks', body, 'en-US');
    expect(en.json().error.fields['levels.2.penalties.1.fine']).toContain('lies below the milder level');
    expect(await ctx.db.select().from(benchmarks).where(eq(benchmarks.code, code))).toHaveLength(0);
  });

  it('refuses an inverted range, an upper bound above the mildest level and an unknown law, each on its field', async () => {
    const levels = structuredClone(STAFF.levels);
    levels[1].penalties[1] = { kind: 'fine', fine: { mode: 'fixed', minFen: yuan(9000), maxFen: yuan(100) } };
    let res = await call('legal', 'POST', '/api/benchmarks', { ...staff(), levels });
    expect(Object.keys(res.json().error.fields)).toEqual(['levels.1.penalties.1.fine.maxFen']);
    const upper = structuredClone(STAFF.levels);
    upper[2].conditions = { combine: 'all', items: [{ fact: 'repeatCount', op: 'lt', value: 3 }] };
    res = await call('legal', 'POST', '/api/benchmarks', { ...staff(), levels: upper });
    expect(res.json().error.fields['levels.2.conditions']).toContain('违法次数<3次');
    res = await call('legal', 'POST', '/api/benchmarks', {
      ...staff(),
      violatedText: '《中华人民共和国不存在法》第一条',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.violatedText).toContain('没有《中华人民共和国不存在法》');
    res = await call('legal', 'POST', '/api/benchmarks', {
      ...staff(),
      penaltyText: '《中华人民共和国食品安全法》第九百条',
    });
    expect(res.json().error.fields.penaltyText).toContain('没有第900条');
    res = await call('legal', 'POST', '/api/benchmarks', { ...staff(), extra: 1, levels: [] });
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['extra', 'levels']);
  });

  it('refuses a code the agency already uses, as a conflict on the code', async () => {
    const first = await create(staff());
    const res = await call('legal', 'POST', '/api/benchmarks', staff(bureau, first.code));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toHaveProperty('code');
    expect(res.json().error.message).toContain(first.code);
    // The same code in another agency is another benchmark.
    expect((await call('otherLegal', 'POST', '/api/benchmarks', staff(other, first.code))).statusCode).toBe(201);
  });
});

describe('publishing and versions', () => {
  it('publishes with an effective date, edits into a new draft, schedules it, and answers which version is in force on a date', async () => {
    const b = await create(staff());
    const past = await call('legal', 'POST', `/api/benchmarks/${b.id}/publish`, {
      effectiveFrom: addDays(today(), -1),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields.effectiveFrom).toContain('不能早于今天');

    const p1 = await call('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: today() });
    expect(p1.statusCode, p1.body).toBe(200);
    expect(p1.json()).toMatchObject({ draftVersionNo: null, inForceVersionNo: 1, inForceFrom: today() });
    expect(
      (await call('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: today() })).statusCode,
    ).toBe(409);

    const levels = structuredClone(STAFF.levels);
    levels[1].penalties[1] = { kind: 'fine', fine: { mode: 'fixed', minFen: yuan(5000), maxFen: yuan(15_000) } };
    levels[2].penalties[1] = { kind: 'fine', fine: { mode: 'fixed', minFen: yuan(15_000), maxFen: yuan(35_000) } };
    const saved = await call('legal', 'PUT', `/api/benchmarks/${b.id}/draft`, { ...STAFF, code: b.code, levels });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      draftVersionNo: 2,
      inForceVersionNo: 1,
      current: { versionNo: 2, status: 'draft' },
    });
    // Saving again edits the same draft.
    const again = await call('legal', 'PUT', `/api/benchmarks/${b.id}/draft`, {
      ...STAFF,
      code: b.code,
      levels,
      notes: '再次修改',
    });
    expect(again.json().draftVersionNo).toBe(2);
    const v1 = await call('officer', 'GET', `/api/benchmarks/${b.id}/versions/1`);
    expect(v1.json().content.levels[1].penalties[1].fine.maxFen).toBe(yuan(20_000)); // frozen

    const later = addDays(today(), 30);
    const tooEarly = await call('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: today() });
    expect(tooEarly.statusCode).toBe(200); // the same day as v1 is allowed: v2 replaces v1 from that day
    const levels3 = structuredClone(levels);
    levels3[1].penalties[1] = { kind: 'fine', fine: { mode: 'fixed', minFen: yuan(5000), maxFen: yuan(12_000) } };
    await call('legal', 'PUT', `/api/benchmarks/${b.id}/draft`, { ...STAFF, code: b.code, levels: levels3 });
    const p3 = await call('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: later });
    expect(p3.json()).toMatchObject({ inForceVersionNo: 2, scheduledVersionNo: 3 });
    expect(p3.json().versions.map((v: { versionNo: number; state: string }) => [v.versionNo, v.state])).toEqual([
      [3, 'scheduled'],
      [2, 'in_force'],
      [1, 'superseded'],
    ]);

    const inForce = async (on: string) => call('officer', 'GET', `/api/benchmarks/${b.id}/in-force?on=${on}`);
    expect((await inForce(today())).json().version.versionNo).toBe(2);
    expect((await inForce(addDays(later, -1))).json().version.versionNo).toBe(2);
    expect((await inForce(later)).json().version.versionNo).toBe(3);
    const before = await inForce(addDays(today(), -1));
    expect(before.statusCode).toBe(404);
    expect(before.json().error.message).toContain('没有施行中的版本');
    expect((await benchmarkVersionInForce(ctx.db, tenant, b.id, later))?.versionNo).toBe(3);
    expect(await benchmarkVersionInForce(ctx.db, tenant, b.id, '2000-01-01')).toBeNull();
    const earlier = await call('legal', 'PUT', `/api/benchmarks/${b.id}/draft`, {
      ...STAFF,
      code: b.code,
      levels: levels3,
      notes: 'v4',
    });
    expect(earlier.statusCode).toBe(200);
    const p4 = await call('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: addDays(later, -1) });
    expect(p4.statusCode).toBe(400);
    expect(p4.json().error.fields.effectiveFrom).toContain(later);
  });

  it('diffs two versions: the changed range and the changed conditions', async () => {
    const b = await create(staff());
    await call('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: today() });
    const levels = structuredClone(STAFF.levels);
    levels[1].penalties[1] = { kind: 'fine', fine: { mode: 'fixed', minFen: yuan(5000), maxFen: yuan(15_000) } };
    levels[2].conditions = {
      combine: 'all',
      items: [
        { fact: 'refusedCorrection', op: 'eq', value: true },
        { fact: 'repeatCount', op: 'gte', value: 3 },
      ],
    };
    await call('legal', 'PUT', `/api/benchmarks/${b.id}/draft`, { ...STAFF, code: b.code, levels });
    const res = await call('supervisor', 'GET', `/api/benchmarks/${b.id}/diff?from=1&to=2`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.levels.map((l: { key: string; change: string }) => `${l.key}:${l.change}`)).toEqual([
      'slight:unchanged',
      'ordinary:changed',
      'serious:changed',
      'severe:unchanged',
    ]);
    expect(d.levels[1].items[0]).toMatchObject({
      what: { zh: '罚款' },
      before: { zh: '罚款 5,000.00元以上20,000.00元以下' },
      after: { zh: '罚款 5,000.00元以上15,000.00元以下' },
    });
    expect(d.levels[2].items[0].after.zh).toBe('拒不改正 且 违法次数≥3次');
    expect((await call('supervisor', 'GET', `/api/benchmarks/${b.id}/diff?from=1&to=9`)).statusCode).toBe(404);
  });

  it('discards a draft back to the published version; discarding a never-published one removes it', async () => {
    const b = await create(staff());
    await call('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: today() });
    await call('legal', 'PUT', `/api/benchmarks/${b.id}/draft`, { ...STAFF, code: b.code, violation: '改过的名称' });
    const back = await call('legal', 'DELETE', `/api/benchmarks/${b.id}/draft`);
    expect(back.json()).toMatchObject({
      deleted: false,
      benchmark: { draftVersionNo: null, violation: STAFF.violation },
    });
    expect((await call('legal', 'DELETE', `/api/benchmarks/${b.id}/draft`)).statusCode).toBe(409);
    const only = await create(staff());
    const gone = await call('legal', 'DELETE', `/api/benchmarks/${only.id}/draft`);
    expect(gone.json()).toEqual({ deleted: true, benchmark: null });
    expect((await call('legal', 'GET', `/api/benchmarks/${only.id}`)).statusCode).toBe(404);
    const cites = await ctx.db.select().from(lawCitations).where(eq(lawCitations.subjectId, only.id));
    expect(cites).toEqual([]);
  });
});

describe('evaluate (试算)', () => {
  it('finds the level, the range and the reasons for the version in force, and flags a proposal outside the range', async () => {
    const b = await create({ ...FOOD, code: uniqueCode('SP124'), agencyId: bureau.id });
    await call('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: today() });
    const res = await call('officer', 'POST', `/api/benchmarks/${b.id}/evaluate`, {
      facts: { goodsValue: yuan(12_000), firstViolation: true, harmLevel: 0 },
      proposed: { fineFen: yuan(300_000), kinds: ['confiscate_gains', 'confiscate_property'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const ev = res.json();
    expect(ev).toMatchObject({
      versionNo: 1,
      versionStatus: 'published',
      level: { key: 'serious', name: { zh: '较重' } },
    });
    expect(ev.penalties.find((p: { kind: string }) => p.kind === 'fine').fine).toMatchObject({
      minFen: yuan(192_000),
      maxFen: yuan(240_000),
    });
    expect(ev.reasons[0].zh).toContain('货值金额≥10,000.00 元');
    expect(ev.proposal.within).toBe(false);
    expect(ev.proposal.findings[0].text.zh).toContain('高于「较重」档上限 240,000.00 元');
    expect(ev.proposal.findings[0].text.zh).toContain('不得作出');
  });

  it('evaluates a draft when nothing is in force, a named version on request, and refuses an unknown level', async () => {
    const b = await create(staff());
    const draft = await call('officer', 'POST', `/api/benchmarks/${b.id}/evaluate`, {
      facts: { refusedCorrection: true },
    });
    expect(draft.json()).toMatchObject({ versionNo: 1, versionStatus: 'draft', level: { key: 'ordinary' } });
    const bad = await call('officer', 'POST', `/api/benchmarks/${b.id}/evaluate`, { facts: {}, levelKey: 'nonesuch' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.levelKey).toContain('轻微');
    const wrongFact = await call('officer', 'POST', `/api/benchmarks/${b.id}/evaluate`, {
      facts: { goodsValue: -5, nonsense: 1 },
    });
    expect(Object.keys(wrongFact.json().error.fields).sort()).toEqual(['facts.goodsValue', 'facts.nonsense']);
    expect(
      (await call('officer', 'POST', `/api/benchmarks/${b.id}/evaluate`, { facts: {}, versionNo: 7 })).statusCode,
    ).toBe(400);
  });
});

describe('data scope', () => {
  it('another agency’s benchmark is not found, for reading and for writing; nothing changes', async () => {
    const b = await create(staff());
    expect((await call('otherLegal', 'GET', `/api/benchmarks/${b.id}`)).statusCode).toBe(404);
    const put = await call('otherLegal', 'PUT', `/api/benchmarks/${b.id}/draft`, {
      ...STAFF,
      code: b.code,
      violation: '越权修改',
    });
    expect(put.statusCode).toBe(404);
    expect((await call('otherLegal', 'POST', `/api/benchmarks/${b.id}/evaluate`, { facts: {} })).statusCode).toBe(404);
    const list = await call('otherLegal', 'GET', '/api/benchmarks');
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(b.id);
    const [row] = await ctx.db.select().from(benchmarkVersions).where(eq(benchmarkVersions.benchmarkId, b.id));
    expect(row.content.violation).toBe(STAFF.violation);
    const foreign = await call('otherLegal', 'POST', '/api/benchmarks', staff(bureau));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields.agencyId).toContain('单位不存在');
  });

  it('the supervisor reads every agency’s benchmarks but writes none; an officer reads their own agency’s', async () => {
    const mine = await create(staff());
    const theirs = await create(staff(other), 'otherLegal');
    const inBranch = await create(staff(branch));
    const list = await call('supervisor', 'GET', '/api/benchmarks');
    const ids = list.json().items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, theirs.id, inBranch.id]));
    const one = await call('supervisor', 'GET', `/api/benchmarks/${theirs.id}`);
    expect(one.json().abilities).toEqual({ edit: false, publish: false, discardDraft: false });
    expect(
      (await call('supervisor', 'POST', `/api/benchmarks/${theirs.id}/publish`, { effectiveFrom: today() })).statusCode,
    ).toBe(403);
    const officerList = await call('officer', 'GET', `/api/benchmarks?agencyId=${bureau.id}`);
    expect(officerList.json().items.map((i: { id: string }) => i.id)).toContain(mine.id);
    expect((await call('officer', 'GET', `/api/benchmarks/${theirs.id}`)).statusCode).toBe(404);
    expect(
      (await call('officer', 'PUT', `/api/benchmarks/${mine.id}/draft`, { ...STAFF, code: mine.code })).statusCode,
    ).toBe(403);
  });
});

describe('exemption lists (不予处罚 / 首违不罚)', () => {
  it('creates, links, publishes, reports in evaluation, refuses edits once published, withdraws', async () => {
    const b = await create(staff());
    await call('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: today() });
    const demo = DEMO_EXEMPTIONS.find((e) => e.kind === 'first_violation')!;
    const { benchmarkCode: _ignored, ...body } = demo;
    const created = await call('legal', 'POST', '/api/benchmark-exemptions', {
      ...body,
      code: uniqueCode('SWBF'),
      agencyId: bureau.id,
      benchmarkId: b.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const e = created.json();
    expect(e).toMatchObject({ status: 'draft', kind: 'first_violation', abilities: { edit: true, publish: true } });
    expect(e.basisRefs.map((r: { label: string }) => r.label)).toEqual(['第三十三条', '第一百二十六条']);
    expect(e.conditionsDsl.zh).toBe('初次违法 且 危害后果≤轻微 且 及时改正');

    const facts = { firstViolation: true, harmLevel: 1, correctedPromptly: true };
    const before = await call('officer', 'POST', `/api/benchmarks/${b.id}/evaluate`, { facts });
    expect(before.json().exemptions).toEqual([]); // a draft entry does not apply
    const pub = await call('legal', 'POST', `/api/benchmark-exemptions/${e.id}/publish`, { effectiveFrom: today() });
    expect(pub.json()).toMatchObject({ status: 'published', effectiveFrom: today() });
    const after = await call('officer', 'POST', `/api/benchmarks/${b.id}/evaluate`, { facts });
    expect(after.json().exemptions[0]).toMatchObject({ id: e.id, kind: 'first_violation' });

    const patch = await call('legal', 'PATCH', `/api/benchmark-exemptions/${e.id}`, { measures: '改' });
    expect(patch.statusCode).toBe(409);
    const published = await call('officer', 'GET', `/api/benchmark-exemptions?inForceOn=${today()}`);
    expect(published.json().items.map((i: { id: string }) => i.id)).toContain(e.id);
    const withdrawn = await call('legal', 'POST', `/api/benchmark-exemptions/${e.id}/withdraw`, {
      withdrawnOn: addDays(today(), 10),
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawnOn: addDays(today(), 10) });
    const laterList = await call('officer', 'GET', `/api/benchmark-exemptions?inForceOn=${addDays(today(), 10)}`);
    expect(laterList.json().items.map((i: { id: string }) => i.id)).not.toContain(e.id);
  });

  it('validates: an unknown law on the basis, a benchmark of another agency, a bad condition; deletes drafts only', async () => {
    const theirs = await create(staff(other), 'otherLegal');
    const base = {
      kind: 'no_penalty',
      code: uniqueCode('BYCF'),
      agencyId: bureau.id,
      violation: '测试违法行为',
      conditionsText: '及时改正',
      basisText: '《中华人民共和国行政处罚法》第三十三条第一款',
    };
    let res = await call('legal', 'POST', '/api/benchmark-exemptions', { ...base, basisText: '《某某条例》第三条' });
    expect(res.json().error.fields.basisText).toContain('某某条例');
    res = await call('legal', 'POST', '/api/benchmark-exemptions', { ...base, benchmarkId: theirs.id });
    expect(res.json().error.fields.benchmarkId).toContain('同一单位');
    res = await call('legal', 'POST', '/api/benchmark-exemptions', {
      ...base,
      conditions: { combine: 'all', items: [{ fact: 'firstViolation', op: 'gte', value: 3 }] },
    });
    expect(res.json().error.fields['conditions.items.0']).toContain('是”或“否');
    const ok = await call('legal', 'POST', '/api/benchmark-exemptions', base);
    expect(ok.statusCode).toBe(201);
    expect((await call('otherLegal', 'DELETE', `/api/benchmark-exemptions/${ok.json().id}`)).statusCode).toBe(404);
    expect((await call('legal', 'DELETE', `/api/benchmark-exemptions/${ok.json().id}`)).statusCode).toBe(204);
    expect(
      (await call('legal', 'PATCH', `/api/benchmark-exemptions/${ok.json().id}`, { measures: 'x' })).statusCode,
    ).toBe(404);
  });
});

describe('the level set', () => {
  // A tenant of its own: renaming and adding levels here must not touch the benchmarks of the other tests.
  let t2: string;
  let market: MadeAgency;
  const c = {} as Record<'supervisor' | 'legal' | 'tenantLegal' | 'officer', string>;
  const as = (
    who: keyof typeof c,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    lang?: string,
  ) =>
    app.inject({
      method,
      url,
      headers: { cookie: c[who], ...(lang ? { 'accept-language': lang } : {}) },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  type L = { key: string; name: { zh: string; en: string } };
  const settings = async (): Promise<L[]> => (await as('officer', 'GET', '/api/benchmark-settings')).json().levels;
  const stored = () => ctx.db.select().from(benchmarkLevelSets).where(eq(benchmarkLevelSets.tenantId, t2));
  const versionsOf = (id: string) =>
    ctx.db
      .select()
      .from(benchmarkVersions)
      .where(and(eq(benchmarkVersions.tenantId, t2), eq(benchmarkVersions.benchmarkId, id)));
  const EXTREME: L = { key: 'extreme', name: { zh: '特别严重', en: 'Extreme' } };
  const withExtreme = () => {
    const levels = structuredClone(STAFF.levels);
    levels.push({
      key: 'extreme',
      conditionsText: '造成严重后果',
      conditions: { combine: 'all', items: [{ fact: 'harmLevel', op: 'gte', value: 4 }] },
      penalties: [
        { kind: 'warning' },
        { kind: 'fine', fine: { mode: 'fixed', minFen: yuan(40_000), maxFen: yuan(50_000) } },
      ],
    });
    return levels;
  };

  const make = async () => {
    const res = await as('legal', 'POST', '/api/benchmarks', { ...staff(market), levels: withExtreme() });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  beforeAll(async () => {
    t2 = await makeTenant(ctx, '档次测试县');
    market = await makeAgency(ctx, t2, { name: `市场监督管理局${t2}` });
    const justice = await makeAgency(ctx, t2, { name: `司法局${t2}` });
    c.supervisor = await signIn(app, await makeAccount(ctx, justice, [{ role: 'supervisor', scopeKind: 'tenant' }]));
    c.legal = await signIn(
      app,
      await makeAccount(ctx, market, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
    );
    // benchmark.write over the whole tenant (what the route used to require) is no longer enough.
    c.tenantLegal = await signIn(app, await makeAccount(ctx, justice, [{ role: 'legal_office', scopeKind: 'tenant' }]));
    c.officer = await signIn(app, await makeAccount(ctx, market, [{ role: 'officer', scopeKind: 'own_agency' }]));
  });

  it('defaults to 轻微/一般/较重/严重; the justice bureau (filing.review over the tenant) changes it, legal offices are refused', async () => {
    const got = await as('officer', 'GET', '/api/benchmark-settings');
    expect(got.json()).toMatchObject({ tenantId: t2, isDefault: true, abilities: { update: false } });
    expect(got.json().levels.map((l: L) => l.name.zh)).toEqual(['轻微', '一般', '较重', '严重']);
    expect((await as('supervisor', 'GET', '/api/benchmark-settings')).json().abilities.update).toBe(true);
    expect((await as('tenantLegal', 'GET', '/api/benchmark-settings')).json().abilities.update).toBe(false);

    const levels = [...got.json().levels, EXTREME];
    for (const who of ['legal', 'tenantLegal', 'officer'] as const) {
      const res = await as(who, 'PUT', '/api/benchmark-settings', { levels });
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect(await stored()).toEqual([]);

    const put = await as('supervisor', 'PUT', '/api/benchmark-settings', { levels });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ isDefault: false, abilities: { update: true } });
    expect((await settings()).map((l) => l.key)).toEqual(['slight', 'ordinary', 'serious', 'severe', 'extreme']);
    const logs = await ctx.db.select().from(accessLog).where(eq(accessLog.tenantId, t2));
    const setLogs = logs.filter((l) => l.action === 'benchmark.level_set');
    expect(setLogs.filter((l) => l.outcome === 'success')).toHaveLength(1);
    expect(setLogs.filter((l) => l.outcome !== 'success')).toHaveLength(3); // the three refusals, logged too

    // The new level is there for the next benchmark, with its name frozen in the version.
    const b = await make();
    expect(b.levelNames).toEqual(['轻微', '一般', '较重', '严重', '特别严重']);
  });

  it('refuses to remove a level that a published version uses, naming the field, in Chinese and English, and writes nothing', async () => {
    const b = await make();
    const pub = await as('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: today() });
    expect(pub.statusCode, pub.body).toBe(200);
    const before = { set: await stored(), versions: await versionsOf(b.id) };
    const levels = (await settings()).filter((l) => l.key !== 'extreme');

    const zh = await as('supervisor', 'PUT', '/api/benchmark-settings', { levels });
    expect(zh.statusCode, zh.body).toBe(409);
    expect(zh.json().error.code).toBe('conflict');
    expect(zh.json().error.message).toContain('特别严重');
    expect(zh.json().error.message).toContain(b.code);
    expect(zh.json().error.fields.levels).toContain('已发布的版本须保持原有含义');

    const en = await as('supervisor', 'PUT', '/api/benchmark-settings', { levels }, 'en-US');
    expect(en.statusCode).toBe(409);
    expect(en.json().error.message).toContain('Level "Extreme" is used by');
    expect(en.json().error.message).toContain(b.code);
    expect(en.json().error.fields.levels).toContain('cannot be removed');

    expect(await stored()).toEqual(before.set);
    expect(await versionsOf(b.id)).toEqual(before.versions);
    const logs = await ctx.db.select().from(accessLog).where(eq(accessLog.tenantId, t2));
    expect(logs.filter((l) => l.action === 'benchmark.level_set' && l.outcome === 'success')).toHaveLength(1);

    // Nor may two levels in use change places: a version's levels are ranked by the set.
    const swapped = (await settings()).slice();
    [swapped[2], swapped[3]] = [swapped[3], swapped[2]];
    const swap = await as('supervisor', 'PUT', '/api/benchmark-settings', { levels: swapped }, 'en-US');
    expect(swap.statusCode).toBe(409);
    expect(swap.json().error.fields.levels).toContain('Level "Serious" was milder than "Severe"');
    expect(await stored()).toEqual(before.set);
  });

  it('renames a level: drafts follow, published versions and their evaluation keep the name they were published with', async () => {
    const b = await make();
    expect((await as('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: today() })).statusCode).toBe(
      200,
    );
    const draft = await as('legal', 'PUT', `/api/benchmarks/${b.id}/draft`, {
      ...STAFF,
      code: b.code,
      levels: withExtreme(),
      notes: '第二版',
    });
    expect(draft.statusCode, draft.body).toBe(200);

    // Rename 较重 and put a new, unused level first: allowed, nothing in use moves relative to another.
    const levels = await settings();
    const renamed = [
      { key: 'minor', name: { zh: '特别轻微', en: 'Minor' } },
      ...levels.map((l) => (l.key === 'serious' ? { ...l, name: { zh: '较重情节', en: 'Aggravated' } } : l)),
    ];
    const put = await as('supervisor', 'PUT', '/api/benchmark-settings', { levels: renamed });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().levels.map((l: L) => l.name.zh)).toEqual([
      '特别轻微',
      '轻微',
      '一般',
      '较重情节',
      '严重',
      '特别严重',
    ]);

    const view = (await as('legal', 'GET', `/api/benchmarks/${b.id}`)).json();
    expect(view.current).toMatchObject({ versionNo: 2, status: 'draft' });
    expect(view.current.content.levels.map((l: { name: { zh: string } }) => l.name.zh)).toContain('较重情节');
    const v1 = (await as('legal', 'GET', `/api/benchmarks/${b.id}/versions/1`)).json();
    expect(v1.content.levels.map((l: { name: { zh: string } }) => l.name.zh)).toEqual([
      '轻微',
      '一般',
      '较重',
      '严重',
      '特别严重',
    ]);
    // The version in force evaluates as before: 拒不改正 and a repeat → 较重, the name it was published with.
    const ev = await as('officer', 'POST', `/api/benchmarks/${b.id}/evaluate`, {
      facts: { refusedCorrection: true, repeatCount: 3 },
    });
    expect(ev.statusCode, ev.body).toBe(200);
    expect(ev.json()).toMatchObject({ versionNo: 1, level: { key: 'serious', name: { zh: '较重', en: 'Serious' } } });
    const diff = (await as('legal', 'GET', `/api/benchmarks/${b.id}/diff?from=1&to=2`)).json();
    const serious = diff.levels.find((l: { key: string }) => l.key === 'serious');
    expect(serious.items[0]).toMatchObject({
      what: { zh: '档次名称' },
      before: { zh: '较重' },
      after: { zh: '较重情节' },
    });
    // The draft publishes under the new name.
    expect((await as('legal', 'POST', `/api/benchmarks/${b.id}/publish`, { effectiveFrom: today() })).statusCode).toBe(
      200,
    );
    const v2 = (await as('legal', 'GET', `/api/benchmarks/${b.id}/versions/2`)).json();
    expect(v2.content.levels[2].name).toEqual({ zh: '较重情节', en: 'Aggravated' });
  });

  it('refuses repeated keys and names, naming the field', async () => {
    const levels = await settings();
    const dupKey = await as('supervisor', 'PUT', '/api/benchmark-settings', { levels: [...levels, levels[0]] });
    expect(dupKey.statusCode).toBe(400);
    expect(dupKey.json().error.fields).toHaveProperty(`levels.${levels.length}.key`);
    const dupName = await as(
      'supervisor',
      'PUT',
      '/api/benchmark-settings',
      { levels: [...levels, { key: 'other', name: { zh: levels[1].name.zh, en: 'Other' } }] },
      'en-US',
    );
    expect(dupName.statusCode).toBe(400);
    expect(dupName.json().error.fields[`levels.${levels.length}.name.zh`]).toBe('Same name as level 2');
    expect(dupName.json().error.message).toContain('level name');
    const bad = await as('supervisor', 'PUT', '/api/benchmark-settings', {
      levels: [{ key: 'Bad Key', name: { zh: '', en: 'x' } }],
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['levels.0.key', 'levels.0.name.zh']);
  });
});

describe('spreadsheets', () => {
  const upload = (who: Who, agency: MadeAgency, data: Buffer, mode?: string) =>
    call(who, 'POST', '/api/benchmarks/import', {
      agencyId: agency.id,
      fileName: '裁量基准.xlsx',
      contentBase64: data.toString('base64'),
      ...(mode ? { mode } : {}),
    });

  it('exports with a UTF-8 file name and imports back into another agency as the same content; again, unchanged', async () => {
    const agency = await makeAgency(ctx, tenant, { parent: bureau, name: `导出测试所${tenant}` });
    const made = [];
    for (const demo of DEMO_BENCHMARKS) made.push(await create({ ...demo, agencyId: agency.id }));
    const res = await call('legal', 'GET', `/api/benchmarks.xlsx?agencyId=${agency.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('行政执法自由裁量基准-')}`,
    );
    const file = res.rawPayload;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(3).getCell(1).value).toBe('编码');
    expect(ws.rowCount).toBeGreaterThanOrEqual(3 + 12);

    const target = await makeAgency(ctx, tenant, { parent: bureau, name: `导入测试所${tenant}` });
    const imported = await upload('legal', target, file);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ written: true, rows: 12, benchmarks: 3, errors: [], unchanged: [] });
    expect(imported.json().created.sort()).toEqual(DEMO_BENCHMARKS.map((b) => b.code).sort());
    const list = await call('legal', 'GET', `/api/benchmarks?agencyId=${target.id}`);
    for (const orig of made) {
      const copy = list.json().items.find((i: { code: string }) => i.code === orig.code);
      const [a, b] = await Promise.all([
        call('legal', 'GET', `/api/benchmarks/${orig.id}/versions/1`),
        call('legal', 'GET', `/api/benchmarks/${copy.id}/versions/1`),
      ]);
      expect(b.json().content).toEqual(a.json().content);
    }
    const again = await upload('legal', target, file);
    expect(again.json()).toMatchObject({ written: false, created: [], updated: [] });
    expect(again.json().unchanged.sort()).toEqual(DEMO_BENCHMARKS.map((b) => b.code).sort());
  });

  async function brokenFile(): Promise<Buffer> {
    const res = await call('legal', 'GET', `/api/benchmarks.xlsx?agencyId=${bureau.id}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = ws.getRow(3);
    const col = (name: string) => {
      let found = 0;
      header.eachCell((c, i) => {
        if (c.value === name) found = i;
      });
      return found;
    };
    const rows: Array<Record<string, string>> = [
      {
        编码: 'IMP-OK',
        违法行为: '测试：经营标签不符合规定的食品',
        违反条款: '《中华人民共和国食品安全法》第六十七条',
        处罚依据: '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项',
        裁量档次: '一般',
        适用情形: '一般情形',
        处罚种类: '没收违法所得；罚款',
        罚款方式: '倍数',
        倍数基数: '货值金额',
        最低倍数: '5',
        最高倍数: '7',
        '基数不足（元）': '10000',
        '不足时罚款下限（元）': '5000',
        '不足时罚款上限（元）': '30000',
      },
      {
        编码: 'IMP-OK',
        裁量档次: '严重',
        结构化条件: '货值金额≥5万元',
        处罚种类: '没收违法所得；罚款；可以责令停产停业 15至30日',
        罚款方式: '倍数',
        倍数基数: '货值金额',
        最低倍数: '7',
        最高倍数: '10',
        '基数不足（元）': '10000',
        '不足时罚款下限（元）': '30000',
        '不足时罚款上限（元）': '50000',
      },
      {
        编码: 'IMP-BAD',
        违法行为: '测试：错误行',
        违反条款: '《中华人民共和国食品安全法》第六十七条',
        处罚依据: '《中华人民共和国食品安全法》第一百二十五条',
        裁量档次: '一般',
        处罚种类: '警告；罚款',
        罚款方式: '固定金额',
        '罚款下限（元）': '五千',
        '罚款上限（元）': '20000',
      },
      { 编码: 'IMP-BAD', 裁量档次: '特重', 结构化条件: '货值金额<1万元', 处罚种类: '警告' },
    ];
    for (let r = ws.rowCount; r > 3; r--) ws.spliceRows(r, 1);
    rows.forEach((values, i) => {
      const row = ws.getRow(4 + i);
      for (const [name, value] of Object.entries(values)) row.getCell(col(name)).value = value;
      row.commit();
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reports every wrong row with its row and column and writes nothing; on request writes the valid benchmarks', async () => {
    const target = await makeAgency(ctx, tenant, { parent: bureau, name: `错误导入所${tenant}` });
    const file = await brokenFile();
    const res = await upload('legal', target, file);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ mode: 'all_or_nothing', written: false, created: [], skipped: ['IMP-BAD'] });
    expect(report.errors).toEqual([
      { row: 6, column: '罚款下限（元）', message: '“五千”不是金额' },
      { row: 7, column: '裁量档次', message: '应为：轻微、一般、较重、严重' },
    ]);
    expect((await call('legal', 'GET', `/api/benchmarks?agencyId=${target.id}`)).json().items).toEqual([]);

    const partial = await upload('legal', target, file, 'valid_rows');
    expect(partial.json()).toMatchObject({
      mode: 'valid_rows',
      written: true,
      created: ['IMP-OK'],
      skipped: ['IMP-BAD'],
    });
    const items = (await call('legal', 'GET', `/api/benchmarks?agencyId=${target.id}`)).json().items;
    expect(items.map((i: { code: string }) => i.code)).toEqual(['IMP-OK']);
    const ev = await call('legal', 'POST', `/api/benchmarks/${items[0].id}/evaluate`, {
      facts: { goodsValue: yuan(60_000) },
    });
    expect(ev.json()).toMatchObject({ level: { key: 'severe' } });
    expect(ev.json().penalties.find((p: { kind: string }) => p.kind === 'suspend_business')).toMatchObject({
      optional: true,
      period: { min: 15, max: 30, unit: 'day' },
    });
  });

  it('a content-level problem is placed on its row and column (an upper bound above the mildest level)', async () => {
    const target = await makeAgency(ctx, tenant, { parent: bureau, name: `条件错误所${tenant}` });
    const file = await brokenFile();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws.getRow(5).getCell(7).value = '货值金额<5万元';
    const res = await upload('legal', target, Buffer.from(await wb.xlsx.writeBuffer()));
    const err = res.json().errors.find((e: { row: number }) => e.row === 5);
    expect(err.column).toBe('结构化条件');
    expect(err.message).toContain('更重的事实落入更轻的档次');
  });

  it('refuses a file that is not a spreadsheet, or has no header', async () => {
    let res = await upload('legal', bureau, Buffer.from('not a spreadsheet'));
    expect(res.json().error.fields.contentBase64).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').getCell('A1').value = '随便';
    res = await upload('legal', bureau, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.json().error.fields.contentBase64).toContain('表头');
  });
});

describe('the public page', () => {
  it('shows what is in force and nothing else, without signing in', async () => {
    const published = await create(staff());
    await call('legal', 'POST', `/api/benchmarks/${published.id}/publish`, { effectiveFrom: today() });
    await call('legal', 'PUT', `/api/benchmarks/${published.id}/draft`, {
      ...STAFF,
      code: published.code,
      violation: '草稿中的新名称',
    });
    const draftOnly = await create(staff());
    const res = await app.inject({ method: 'GET', url: `/api/public/benchmarks?tenant=${tenant}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const mine = body.benchmarks.find((b: { id: string }) => b.id === published.id);
    expect(mine).toMatchObject({ versionNo: 1, effectiveFrom: today(), content: { violation: STAFF.violation } });
    expect(res.body).not.toContain('草稿中的新名称');
    expect(body.benchmarks.map((b: { id: string }) => b.id)).not.toContain(draftOnly.id);
    const unknown = await app.inject({ method: 'GET', url: '/api/public/benchmarks?tenant=000000' });
    expect(unknown.json()).toMatchObject({ benchmarks: [], exemptions: [] });
  });
});
