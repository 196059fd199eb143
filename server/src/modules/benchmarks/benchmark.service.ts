// Use cases on discretion benchmarks: list and read within scope; create and edit the draft; publish it with an
// effective date (freezing the version); discard a draft; read a version, the version in force on a date, the
// diff between two versions; evaluate facts (试算) against a version.
import { randomUUID } from 'node:crypto';
import { and, eq, type SQL } from 'drizzle-orm';
import {
  type BenchmarkContent,
  type BenchmarkDiff,
  type BenchmarkDraft,
  type BenchmarkSummary,
  type BenchmarkVersionView,
  type BenchmarkView,
  type EvaluateBody,
  type Evaluation,
  type EvaluationView,
  type Facts,
  type Proposal,
} from '../../../../contracts/benchmark';
import type { ArticleRef } from '../../../../contracts/law';
import { scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { AppError, conflict, forbidden, invalidInput, notFound, type FieldError } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import { clearCitations, replaceCitations, resolveWrittenCitation } from '../laws/law-citation.service';
import {
  contentFromDraft,
  diffBenchmarkContent,
  evaluateBenchmark,
  validateBenchmarkContent,
  type FieldProblems,
} from './benchmark-evaluate';
import { levelSetOf } from './benchmark-level-set.service';
import { presentContentAlone, presentSummary, presentVersionSummary, versionStates } from './benchmark.presenter';
import {
  deleteBenchmarkRow,
  deleteVersion,
  exemptionsInForceFor,
  findBenchmarkByCode,
  findBenchmarkInScope,
  findVersion,
  findVersionInForce,
  insertBenchmark,
  insertVersion,
  listBenchmarkRows,
  listVersions,
  lockBenchmark,
  unlinkExemptions,
  updateBenchmarkRow,
  updateVersion,
  type BenchmarkVersionRow,
} from './benchmark.repository';

const agencyCols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };
export const readScope = (actor: Actor): SQL => agencyScopeWhere(scopesFor(actor, 'benchmark.read'), agencyCols);
export const writeScope = (actor: Actor): SQL => agencyScopeWhere(scopesFor(actor, 'benchmark.write'), agencyCols);

/** An agency the actor may keep benchmarks for; otherwise the field names it as not found (no existence leak). */
export async function agencyForWrite(ex: Executor, actor: Actor, agencyId: string) {
  const rows = await ex
    .select({
      tenantId: agencies.tenantId,
      id: agencies.id,
      name: agencies.name,
      path: agencies.path,
      status: agencies.status,
    })
    .from(agencies)
    .where(and(writeScope(actor), eq(agencies.id, agencyId)))
    .limit(1);
  const agency = rows[0];
  if (!agency) throw invalidInput({ agencyId: 'agency_not_found' });
  if (agency.status !== 'active') throw invalidInput({ agencyId: 'agency_abolished' });
  return agency;
}

/** Turns the evaluator's problems into a field error (nothing is written). */
export function problemsError(problems: FieldProblems): AppError {
  return invalidInput(
    Object.fromEntries(
      Object.entries(problems).map(([k, text]): [string, FieldError] => [k, { key: 'invalid_format', text }]),
    ),
  );
}

/** The references of a draft: as sent, or resolved from the written citation (in force on `on`). */
export async function resolveDraftRefs(
  ex: Executor,
  draft: Pick<BenchmarkDraft, 'violatedText' | 'violatedRefs' | 'penaltyText' | 'penaltyRefs'>,
  now: Date,
  fields: { violated: string; penalty: string } = { violated: 'violatedText', penalty: 'penaltyText' },
): Promise<{ violatedRefs: ArticleRef[]; penaltyRefs: ArticleRef[] }> {
  const problems: Record<string, FieldError> = {};
  const resolve = async (text: string, refs: ArticleRef[] | undefined, field: string) => {
    if (refs?.length) return refs;
    try {
      return await resolveWrittenCitation(ex, text, { field, now });
    } catch (e) {
      if (e instanceof AppError) Object.assign(problems, e.fields);
      else throw e;
      return [];
    }
  };
  const violatedRefs = await resolve(draft.violatedText, draft.violatedRefs, fields.violated);
  const penaltyRefs = await resolve(draft.penaltyText, draft.penaltyRefs, fields.penalty);
  if (Object.keys(problems).length) throw invalidInput(problems);
  return { violatedRefs, penaltyRefs };
}

/** What a benchmark cites now: its draft and its latest published version, for the law-change review. */
async function registerCitations(
  tx: Tx,
  b: { tenantId: string; id: string; agencyId: string; code: string; violation: string },
  contents: BenchmarkContent[],
): Promise<void> {
  const dedupe = (refs: ArticleRef[]) => [...new Map(refs.map((r) => [`${r.versionId}:${r.articleSeq}`, r])).values()];
  await replaceCitations(
    tx,
    { tenantId: b.tenantId, agencyId: b.agencyId, kind: 'benchmark', id: b.id, label: `${b.code} ${b.violation}` },
    {
      violated: dedupe(contents.flatMap((c) => c.violatedRefs)),
      penalty: dedupe(contents.flatMap((c) => c.penaltyRefs)),
    },
    (role) => (role === 'violated' ? 'violatedRefs' : 'penaltyRefs'),
  );
}

async function citingContents(tx: Tx, tenantId: string, id: string): Promise<BenchmarkContent[]> {
  const versions = await listVersions(tx, tenantId, [id]);
  const draft = versions.find((v) => v.status === 'draft');
  const published = versions.find((v) => v.status === 'published');
  return [draft, published].flatMap((v) => (v ? [v.content] : []));
}

function codeTaken(code: string): AppError {
  return new AppError('conflict', 409, 'benchmark_code_taken', { code }, { code: { key: 'duplicate' } });
}

// ---------------------------------------------------------------------------------------------------------------

export async function listBenchmarks(
  ex: Executor,
  actor: Actor,
  query: { tenant?: string; agencyId?: string; q?: string; state?: 'draft' | 'in_force' | 'unpublished' },
  now: Date,
): Promise<BenchmarkSummary[]> {
  const tenantId = query.tenant ?? actor.tenantId;
  const rows = await listBenchmarkRows(ex, {
    scopeWhere: readScope(actor),
    tenantId,
    agencyId: query.agencyId,
    q: query.q,
  });
  const versions = await listVersions(
    ex,
    tenantId,
    rows.map((r) => r.benchmark.id),
  );
  const byId = new Map<string, BenchmarkVersionRow[]>();
  for (const v of versions) byId.set(v.benchmarkId, [...(byId.get(v.benchmarkId) ?? []), v]);
  const today = shanghaiDate(now);
  const items = rows.map((r) => presentSummary(r.benchmark, r.agency, byId.get(r.benchmark.id) ?? [], actor, today));
  switch (query.state) {
    case 'draft':
      return items.filter((i) => i.draftVersionNo !== null);
    case 'in_force':
      return items.filter((i) => i.inForceVersionNo !== null);
    case 'unpublished':
      return items.filter((i) => i.inForceVersionNo === null && i.scheduledVersionNo === null);
    default:
      return items;
  }
}

async function loadReadable(ex: Executor, actor: Actor, id: string) {
  const found = await findBenchmarkInScope(ex, readScope(actor), id);
  if (!found) throw notFound('benchmark_not_found');
  return found;
}

/** Found within the write scope; readable but not writable is forbidden, not readable is not found. */
async function loadWritable(tx: Tx, actor: Actor, id: string) {
  const found = await findBenchmarkInScope(tx, writeScope(actor), id);
  if (!found) {
    const readable = await findBenchmarkInScope(tx, readScope(actor), id);
    throw readable ? forbidden('out_of_scope') : notFound('benchmark_not_found');
  }
  const row = (await lockBenchmark(tx, found.benchmark.tenantId, id))!;
  return { row, agency: found.agency };
}

export async function getBenchmark(ex: Executor, actor: Actor, id: string, now: Date): Promise<BenchmarkView> {
  const { benchmark, agency } = await loadReadable(ex, actor, id);
  const versions = await listVersions(ex, benchmark.tenantId, [id]);
  const today = shanghaiDate(now);
  const { inForce } = versionStates(versions, today);
  const current = versions[0]; // newest first: the draft when there is one
  return {
    ...presentSummary(benchmark, agency, versions, actor, today),
    versions: versions.map((v) => presentVersionSummary(v, inForce, today)),
    current: {
      versionNo: current.versionNo,
      status: current.status as 'draft' | 'published',
      content: await presentContentAlone(ex, current.content),
    },
  };
}

export async function createBenchmark(
  tx: Tx,
  actor: Actor,
  body: BenchmarkDraft & { agencyId: string },
  now: Date,
): Promise<WriteResult<BenchmarkView>> {
  const agency = await agencyForWrite(tx, actor, body.agencyId);
  if (await findBenchmarkByCode(tx, agency.tenantId, agency.id, body.code)) throw codeTaken(body.code);
  const content = await buildContent(tx, agency.tenantId, body, now);
  const id = randomUUID();
  const row = await insertBenchmark(tx, {
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    code: body.code,
    violation: content.violation,
    latestVersion: 1,
    draftVersion: 1,
    createdAt: now,
    updatedAt: now,
  });
  await insertVersion(tx, {
    tenantId: agency.tenantId,
    benchmarkId: id,
    versionNo: 1,
    status: 'draft',
    content,
    createdAt: now,
    updatedAt: now,
    updatedBy: actor.accountId,
  });
  await registerCitations(tx, row, [content]);
  return {
    result: await getBenchmark(tx, actor, id, now),
    recordIds: [id],
    tenantId: agency.tenantId,
    detail: { code: body.code },
  };
}

/** Resolves, builds and validates a draft's content, or throws a field error. */
export async function buildContent(
  ex: Executor,
  tenantId: string,
  draft: BenchmarkDraft,
  now: Date,
): Promise<BenchmarkContent> {
  const levelSet = await levelSetOf(ex, tenantId);
  const provisional = contentFromDraft(draft, levelSet, { violatedRefs: [], penaltyRefs: [] });
  const problems = validateBenchmarkContent(provisional, levelSet);
  if (Object.keys(problems).length) throw problemsError(problems);
  return { ...provisional, ...(await resolveDraftRefs(ex, draft, now)) };
}

export async function saveDraft(
  tx: Tx,
  actor: Actor,
  id: string,
  body: BenchmarkDraft,
  now: Date,
): Promise<WriteResult<BenchmarkView>> {
  const { row } = await loadWritable(tx, actor, id);
  if (body.code !== row.code) {
    const other = await findBenchmarkByCode(tx, row.tenantId, row.agencyId, body.code);
    if (other && other.id !== id) throw codeTaken(body.code);
  }
  const content = await buildContent(tx, row.tenantId, body, now);
  let versionNo = row.draftVersion;
  if (versionNo !== null) {
    await updateVersion(
      tx,
      { tenantId: row.tenantId, benchmarkId: id, versionNo },
      { content, updatedAt: now, updatedBy: actor.accountId },
    );
  } else {
    versionNo = row.latestVersion + 1;
    await insertVersion(tx, {
      tenantId: row.tenantId,
      benchmarkId: id,
      versionNo,
      status: 'draft',
      content,
      createdAt: now,
      updatedAt: now,
      updatedBy: actor.accountId,
    });
  }
  const updated = await updateBenchmarkRow(tx, row.tenantId, id, {
    code: body.code,
    violation: content.violation,
    latestVersion: versionNo,
    draftVersion: versionNo,
    updatedAt: now,
  });
  await registerCitations(tx, updated, await citingContents(tx, row.tenantId, id));
  return {
    result: await getBenchmark(tx, actor, id, now),
    recordIds: [id],
    tenantId: row.tenantId,
    detail: { versionNo },
  };
}

export async function discardDraft(
  tx: Tx,
  actor: Actor,
  id: string,
  now: Date,
): Promise<WriteResult<{ deleted: boolean; benchmark: BenchmarkView | null }>> {
  const { row } = await loadWritable(tx, actor, id);
  if (row.draftVersion === null) throw conflict({ versionNo: 'benchmark_no_draft' }, 'benchmark_no_draft');
  const key = { tenantId: row.tenantId, benchmarkId: id, versionNo: row.draftVersion };
  if (row.latestVersion === 1) {
    // Never published: discarding the only draft removes the benchmark.
    await deleteBenchmarkRow(tx, row.tenantId, id);
    await unlinkExemptions(tx, row.tenantId, id);
    await clearCitations(tx, { tenantId: row.tenantId, kind: 'benchmark', id });
    return { result: { deleted: true, benchmark: null }, recordIds: [id], tenantId: row.tenantId };
  }
  await deleteVersion(tx, key);
  const previous = (await findVersion(tx, row.tenantId, id, row.draftVersion - 1))!;
  const updated = await updateBenchmarkRow(tx, row.tenantId, id, {
    violation: previous.content.violation,
    latestVersion: previous.versionNo,
    draftVersion: null,
    updatedAt: now,
  });
  await registerCitations(tx, updated, await citingContents(tx, row.tenantId, id));
  return {
    result: { deleted: false, benchmark: await getBenchmark(tx, actor, id, now) },
    recordIds: [id],
    tenantId: row.tenantId,
    detail: { discardedVersion: key.versionNo },
  };
}

export async function publishBenchmark(
  tx: Tx,
  actor: Actor,
  id: string,
  body: { effectiveFrom: string },
  now: Date,
): Promise<WriteResult<BenchmarkView>> {
  const { row } = await loadWritable(tx, actor, id);
  if (row.draftVersion === null) throw conflict({ versionNo: 'benchmark_no_draft' }, 'benchmark_no_draft');
  const today = shanghaiDate(now);
  if (body.effectiveFrom < today)
    throw invalidInput({ effectiveFrom: { key: 'benchmark_effective_past', params: { today } } });
  const versions = await listVersions(tx, row.tenantId, [id]);
  const lastStart = versions
    .filter((v) => v.status === 'published')
    .reduce<string | null>((a, v) => (a && a > v.effectiveFrom! ? a : v.effectiveFrom), null);
  if (lastStart && body.effectiveFrom < lastStart)
    throw invalidInput({ effectiveFrom: { key: 'benchmark_effective_before_previous', params: { date: lastStart } } });
  const draft = versions.find((v) => v.versionNo === row.draftVersion)!;
  // The level set may have changed since the draft was saved: what is published must still be well-formed.
  const problems = validateBenchmarkContent(draft.content, await levelSetOf(tx, row.tenantId));
  if (Object.keys(problems).length) throw problemsError(problems);
  await updateVersion(
    tx,
    { tenantId: row.tenantId, benchmarkId: id, versionNo: draft.versionNo },
    { status: 'published', effectiveFrom: body.effectiveFrom, publishedAt: now, publishedBy: actor.accountId },
  );
  const updated = await updateBenchmarkRow(tx, row.tenantId, id, { draftVersion: null, updatedAt: now });
  await registerCitations(tx, updated, await citingContents(tx, row.tenantId, id));
  return {
    result: await getBenchmark(tx, actor, id, now),
    recordIds: [id],
    tenantId: row.tenantId,
    detail: { versionNo: draft.versionNo, effectiveFrom: body.effectiveFrom },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Versions.

async function presentVersion(
  ex: Executor,
  found: Awaited<ReturnType<typeof loadReadable>>,
  v: BenchmarkVersionRow,
  now: Date,
): Promise<BenchmarkVersionView> {
  const today = shanghaiDate(now);
  const versions = await listVersions(ex, found.benchmark.tenantId, [found.benchmark.id]);
  const { inForce } = versionStates(versions, today);
  return {
    benchmarkId: found.benchmark.id,
    agencyId: found.benchmark.agencyId,
    code: found.benchmark.code,
    version: presentVersionSummary(v, inForce, today),
    content: await presentContentAlone(ex, v.content),
  };
}

export async function getVersion(
  ex: Executor,
  actor: Actor,
  id: string,
  versionNo: number,
  now: Date,
): Promise<BenchmarkVersionView> {
  const found = await loadReadable(ex, actor, id);
  const v = await findVersion(ex, found.benchmark.tenantId, id, versionNo);
  if (!v) throw notFound('benchmark_version_not_found');
  return presentVersion(ex, found, v, now);
}

/**
 * The published version of a benchmark in force on a date (Asia/Shanghai), for cases: a case records the version
 * it used. No scope check: the caller (a case service) has checked its own.
 */
export async function benchmarkVersionInForce(
  ex: Executor,
  tenantId: string,
  benchmarkId: string,
  onDate: string,
): Promise<{ versionNo: number; effectiveFrom: string; content: BenchmarkContent } | null> {
  const v = await findVersionInForce(ex, tenantId, benchmarkId, onDate);
  return v ? { versionNo: v.versionNo, effectiveFrom: v.effectiveFrom!, content: v.content } : null;
}

export async function getVersionInForce(
  ex: Executor,
  actor: Actor,
  id: string,
  on: string | undefined,
  now: Date,
): Promise<BenchmarkVersionView> {
  const found = await loadReadable(ex, actor, id);
  const date = on ?? shanghaiDate(now);
  const v = await findVersionInForce(ex, found.benchmark.tenantId, id, date);
  if (!v) throw notFound('benchmark_no_version_in_force', { on: date });
  return presentVersion(ex, found, v, now);
}

export async function diffVersions(
  ex: Executor,
  actor: Actor,
  id: string,
  from: number,
  to: number,
): Promise<BenchmarkDiff> {
  const found = await loadReadable(ex, actor, id);
  const [a, b] = await Promise.all([
    findVersion(ex, found.benchmark.tenantId, id, from),
    findVersion(ex, found.benchmark.tenantId, id, to),
  ]);
  if (!a || !b) throw notFound('benchmark_version_not_found');
  return diffBenchmarkContent(a.content, b.content, from, to);
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation (试算).

async function exemptionsFor(ex: Executor, tenantId: string, benchmarkId: string, on: string) {
  const rows = await exemptionsInForceFor(ex, tenantId, benchmarkId, on);
  return rows.map((e) => ({
    id: e.id,
    kind: e.kind as 'no_penalty' | 'first_violation',
    violation: e.violation,
    conditionsText: e.conditionsText,
    conditions: e.conditions ?? null,
    basisText: e.basisText,
  }));
}

/**
 * For cases: a proposed penalty checked against the benchmark version in force on the case's date (with the
 * no-penalty lists in force). Null when the benchmark is unknown in the tenant or has no version in force. No scope
 * check: the case service has checked its own.
 */
export async function evaluateProposalForCase(
  ex: Executor,
  tenantId: string,
  benchmarkId: string,
  on: string,
  input: { facts: Facts; levelKey?: string; proposed: Proposal },
): Promise<(Evaluation & { versionNo: number }) | null> {
  const v = await findVersionInForce(ex, tenantId, benchmarkId, on);
  if (!v) return null;
  const result = evaluateBenchmark(v.content, input.facts, {
    exemptions: await exemptionsFor(ex, tenantId, benchmarkId, on),
    levelKey: input.levelKey,
    proposed: input.proposed,
  });
  return { ...result, versionNo: v.versionNo };
}

export async function evaluate(
  ex: Executor,
  actor: Actor,
  id: string,
  body: EvaluateBody,
  now: Date,
): Promise<EvaluationView> {
  const found = await loadReadable(ex, actor, id);
  const tenantId = found.benchmark.tenantId;
  const on = body.on ?? shanghaiDate(now);
  let version: BenchmarkVersionRow | null;
  if (body.versionNo !== undefined) {
    version = await findVersion(ex, tenantId, id, body.versionNo);
    if (!version) throw invalidInput({ versionNo: 'benchmark_version_not_found' });
  } else {
    version =
      (await findVersionInForce(ex, tenantId, id, on)) ??
      (await findVersion(ex, tenantId, id, found.benchmark.latestVersion));
  }
  const v = version!;
  if (body.levelKey !== undefined && !v.content.levels.some((l) => l.key === body.levelKey)) {
    throw invalidInput({
      levelKey: {
        key: 'invalid_option',
        params: { options: v.content.levels.map((l) => l.name.zh).join('、') },
      },
    });
  }
  const result = evaluateBenchmark(v.content, body.facts, {
    exemptions: await exemptionsFor(ex, tenantId, id, on),
    levelKey: body.levelKey,
    proposed: body.proposed,
  });
  return {
    ...result,
    benchmarkId: id,
    versionNo: v.versionNo,
    versionStatus: v.status as 'draft' | 'published',
    effectiveFrom: v.effectiveFrom,
  };
}
