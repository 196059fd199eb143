// Test fixtures: benchmarks and exemption entries written straight to the database (for the authorisation
// matrix, which needs many of them in many agencies), and request bodies and files the routes accept.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import {
  benchmarkDraftBody,
  DEFAULT_LEVELS,
  type BenchmarkContent,
  type BenchmarkDraftBody,
} from '../../../../contracts/benchmark';
import type { ArticleRef } from '../../../../contracts/law';
import type { Executor } from '../../platform/db/client';
import { contentFromDraft } from './benchmark-evaluate';
import { benchmarkExemptions, benchmarkLevelSets, benchmarks, benchmarkVersions } from './benchmark.schema';
import { rowsOfContent, writeBenchmarksWorkbook } from './benchmark-xlsx';

/** A small well-formed draft: a warning, and a fine from 5,000 yuan on refusal to correct. */
export function fixtureDraft(
  code: string,
  refs?: { violated: ArticleRef[]; penalty: ArticleRef[] },
): BenchmarkDraftBody {
  return {
    code,
    violation: `测试违法行为${code}`,
    violatedText: '《测试法》第一条',
    penaltyText: '《测试法》第一条',
    ...(refs ? { violatedRefs: refs.violated, penaltyRefs: refs.penalty } : {}),
    levels: [
      { key: 'slight', conditionsText: '及时改正', conditions: null, penalties: [{ kind: 'warning' }] },
      {
        key: 'ordinary',
        conditionsText: '拒不改正',
        conditions: { combine: 'all', items: [{ fact: 'refusedCorrection', op: 'eq', value: true }] },
        penalties: [{ kind: 'warning' }, { kind: 'fine', fine: { mode: 'fixed', minFen: 500_000, maxFen: 2_000_000 } }],
      },
    ],
  };
}

function fixtureContent(code: string, note = ''): BenchmarkContent {
  return contentFromDraft(benchmarkDraftBody.parse({ ...fixtureDraft(code), notes: note }), DEFAULT_LEVELS, {
    violatedRefs: [],
    penaltyRefs: [],
  });
}

/**
 * A benchmark of an agency: `published` gives version 1 in force since 2020-01-01; `draft` a draft version after
 * it (or version 1 as a draft when not published).
 */
export async function insertBenchmarkFixture(
  ex: Executor,
  agency: { tenantId: string; id: string },
  opts: { code: string; published?: boolean; draft?: boolean },
): Promise<{ id: string; code: string }> {
  const id = randomUUID();
  const published = opts.published ?? true;
  const draft = opts.draft ?? !published;
  const latest = published && draft ? 2 : 1;
  await ex.insert(benchmarks).values({
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    code: opts.code,
    violation: `测试违法行为${opts.code}`,
    latestVersion: latest,
    draftVersion: draft ? latest : null,
  });
  if (published) {
    await ex.insert(benchmarkVersions).values({
      tenantId: agency.tenantId,
      benchmarkId: id,
      versionNo: 1,
      status: 'published',
      content: fixtureContent(opts.code),
      effectiveFrom: '2020-01-01',
      publishedAt: new Date('2019-12-01T00:00:00Z'),
    });
  }
  if (draft) {
    await ex.insert(benchmarkVersions).values({
      tenantId: agency.tenantId,
      benchmarkId: id,
      versionNo: latest,
      status: 'draft',
      content: fixtureContent(opts.code, '草稿修改'),
    });
  }
  return { id, code: opts.code };
}

export async function insertExemptionFixture(
  ex: Executor,
  agency: { tenantId: string; id: string },
  opts: { code: string; status?: 'draft' | 'published' },
): Promise<{ id: string; code: string }> {
  const id = randomUUID();
  const status = opts.status ?? 'draft';
  await ex.insert(benchmarkExemptions).values({
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    kind: 'first_violation',
    code: opts.code,
    violation: `测试清单事项${opts.code}`,
    conditionsText: '初次违法且及时改正',
    conditions: {
      combine: 'all',
      items: [
        { fact: 'firstViolation', op: 'eq', value: true },
        { fact: 'correctedPromptly', op: 'eq', value: true },
      ],
    },
    basisText: '《中华人民共和国行政处罚法》第三十三条第一款',
    basisRefs: [],
    status,
    effectiveFrom: status === 'published' ? '2020-01-01' : null,
  });
  return { id, code: opts.code };
}

/** A one-benchmark spreadsheet citing `lawTitle` 第一条 (which must be in the library). */
export async function fixtureWorkbook(code: string, lawTitle: string): Promise<Buffer> {
  const content = {
    ...fixtureContent(code),
    violatedText: `《${lawTitle}》第一条`,
    penaltyText: `《${lawTitle}》第一条`,
  };
  return writeBenchmarksWorkbook({
    title: '测试',
    subtitle: '',
    rows: rowsOfContent(code, content, {}),
    levelSet: DEFAULT_LEVELS,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// For the authorisation matrix: fixtures per target agency, registered with the matrix's leak detector through
// `register`, and snapshots of what a refused write must leave unchanged.

type Register<R> = (ids: string[]) => R;
interface TargetLike {
  tenantId: string;
  id: string;
}

const fixed = new Map<string, Promise<{ id: string; code: string }>>();
let counter = 0;
const nextCode = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** One benchmark per agency, made once: version 1 in force since 2020-01-01 and a draft version 2. */
export function benchmarkFor<R>(ex: Executor, ag: TargetLike, register: Register<R>) {
  const key = `benchmark:${ag.id}`;
  if (!fixed.has(key)) {
    fixed.set(
      key,
      insertBenchmarkFixture(ex, ag, { code: nextCode('MXB'), published: true, draft: true }).then((b) => {
        register([b.id]);
        return b;
      }),
    );
  }
  return fixed.get(key)!;
}

/** One published exemption entry per agency, made once. */
export function exemptionFor<R>(ex: Executor, ag: TargetLike, register: Register<R>) {
  const key = `exemption:${ag.id}`;
  if (!fixed.has(key)) {
    fixed.set(
      key,
      insertExemptionFixture(ex, ag, { code: nextCode('MXE'), status: 'published' }).then((e) => {
        register([e.id]);
        return e;
      }),
    );
  }
  return fixed.get(key)!;
}

export async function freshBenchmark<R>(
  ex: Executor,
  ag: TargetLike,
  register: Register<R>,
  opts: { published?: boolean; draft?: boolean },
) {
  const b = await insertBenchmarkFixture(ex, ag, { code: nextCode('MXT'), ...opts });
  return { ...b, tenantId: ag.tenantId, rec: register([b.id]) };
}

export async function freshExemption<R>(
  ex: Executor,
  ag: TargetLike,
  register: Register<R>,
  status: 'draft' | 'published',
) {
  const e = await insertExemptionFixture(ex, ag, { code: nextCode('MXT'), status });
  return { ...e, tenantId: ag.tenantId, rec: register([e.id]) };
}

/** The benchmark rows with its versions, as a refused write must leave them. */
export const benchmarkSnapshot = (ex: Executor, b: { tenantId: string; id: string }) => async () => {
  const rows = await ex
    .select()
    .from(benchmarks)
    .where(and(eq(benchmarks.tenantId, b.tenantId), eq(benchmarks.id, b.id)));
  const versions = await ex
    .select()
    .from(benchmarkVersions)
    .where(and(eq(benchmarkVersions.tenantId, b.tenantId), eq(benchmarkVersions.benchmarkId, b.id)))
    .orderBy(benchmarkVersions.versionNo);
  return rows.map((r) => ({ ...r, versions }));
};
export const benchmarksCoded = (ex: Executor, tenantId: string, code: string) => () =>
  ex
    .select()
    .from(benchmarks)
    .where(and(eq(benchmarks.tenantId, tenantId), eq(benchmarks.code, code)));
export const exemptionSnapshot = (ex: Executor, e: { tenantId: string; id: string }) => () =>
  ex
    .select()
    .from(benchmarkExemptions)
    .where(and(eq(benchmarkExemptions.tenantId, e.tenantId), eq(benchmarkExemptions.id, e.id)));
export const exemptionsCoded = (ex: Executor, tenantId: string, code: string) => () =>
  ex
    .select()
    .from(benchmarkExemptions)
    .where(and(eq(benchmarkExemptions.tenantId, tenantId), eq(benchmarkExemptions.code, code)));
export const levelSetSnapshot = (ex: Executor, tenantId: string) => () =>
  ex.select().from(benchmarkLevelSets).where(eq(benchmarkLevelSets.tenantId, tenantId));

/** Every cell text of an .xlsx answer (a zip, so the matrix cannot search its bytes). */
export async function xlsxTexts(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out: string[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))));
  return out.join('\n');
}

/** A date safely after today, for publishing in tests. */
export const farFuture = (): string => `${new Date().getUTCFullYear() + 1}-12-31`;
