// The exemption lists (不予处罚清单 / 首违不罚清单, 行政处罚法 第三十三条): per agency, drafted, published from an
// effective date, withdrawn from a date. A published entry does not change: it is withdrawn and a new one added,
// so that what applied on any date can be read back.
import { randomUUID } from 'node:crypto';
import type { ExemptionView } from '../../../../contracts/benchmark';
import type { ArticleRef } from '../../../../contracts/law';
import type { Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { AppError, conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { clearCitations, replaceCitations, resolveWrittenCitation } from '../laws/law-citation.service';
import { validateConditions } from './benchmark-evaluate';
import { articleViews, presentExemption } from './benchmark.presenter';
import {
  deleteExemptionRow,
  findBenchmarkInScope,
  findExemptionByCode,
  findExemptionInScope,
  insertExemption,
  listExemptionRows,
  updateExemptionRow,
  type ExemptionRow,
} from './benchmark.repository';
import { agencyForWrite, problemsError, readScope, writeScope } from './benchmark.service';

interface ExemptionInput {
  kind: 'no_penalty' | 'first_violation';
  code: string;
  violation: string;
  benchmarkId?: string | null;
  conditionsText: string;
  conditions: ExemptionRow['conditions'];
  basisText: string;
  basisRefs?: ArticleRef[];
  measures: string;
}

const codeTaken = (code: string) =>
  new AppError('conflict', 409, 'benchmark_exemption_code_taken', { code }, { code: { key: 'duplicate' } });

async function present(
  ex: Executor,
  actor: Actor,
  rows: Array<{ exemption: ExemptionRow; agency: { name: string; path: string } }>,
) {
  const views = await articleViews(
    ex,
    rows.flatMap((r) => r.exemption.basisRefs),
  );
  return rows.map((r) => presentExemption(r.exemption, r.agency, views, actor));
}

export async function listExemptions(
  ex: Executor,
  actor: Actor,
  query: { tenant?: string; agencyId?: string; kind?: string; status?: string; inForceOn?: string },
): Promise<ExemptionView[]> {
  const { tenant, ...filters } = query;
  const rows = await listExemptionRows(ex, {
    scopeWhere: readScope(actor),
    tenantId: tenant ?? actor.tenantId,
    ...filters,
  });
  return present(ex, actor, rows);
}

async function loadWritable(tx: Tx, actor: Actor, id: string) {
  const found = await findExemptionInScope(tx, writeScope(actor), id);
  if (!found) {
    const readable = await findExemptionInScope(tx, readScope(actor), id);
    throw readable ? forbidden('out_of_scope') : notFound('benchmark_exemption_not_found');
  }
  return found;
}

/** Checks the conditions and the link; returns the basis references: as sent or kept, else resolved from the text. */
async function checkInput(
  tx: Tx,
  actor: Actor,
  agencyId: string,
  input: ExemptionInput,
  now: Date,
  keptRefs?: ArticleRef[],
) {
  if (input.conditions) {
    const problems = validateConditions(input.conditions, 'conditions');
    if (Object.keys(problems).length) throw problemsError(problems);
  }
  if (input.benchmarkId) {
    const b = await findBenchmarkInScope(tx, writeScope(actor), input.benchmarkId);
    if (!b || b.benchmark.agencyId !== agencyId) throw invalidInput({ benchmarkId: 'benchmark_link_other_agency' });
  }
  if (input.basisRefs?.length) return input.basisRefs;
  if (keptRefs) return keptRefs;
  return resolveWrittenCitation(tx, input.basisText, { field: 'basisText', now });
}

async function register(tx: Tx, row: ExemptionRow) {
  const label = `${row.kind === 'no_penalty' ? '不予处罚清单' : '首违不罚清单'} ${row.code} ${row.violation}`;
  await replaceCitations(
    tx,
    { tenantId: row.tenantId, agencyId: row.agencyId, kind: 'benchmark', id: row.id, label },
    { exemption_basis: row.basisRefs },
    () => 'basisRefs',
  );
}

export async function createExemption(
  tx: Tx,
  actor: Actor,
  body: ExemptionInput & { agencyId: string },
  now: Date,
): Promise<WriteResult<ExemptionView>> {
  const agency = await agencyForWrite(tx, actor, body.agencyId);
  if (await findExemptionByCode(tx, agency.tenantId, agency.id, body.code)) throw codeTaken(body.code);
  const basisRefs = await checkInput(tx, actor, agency.id, body, now);
  const id = randomUUID();
  const row = await insertExemption(tx, {
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    kind: body.kind,
    code: body.code,
    violation: body.violation,
    benchmarkId: body.benchmarkId ?? null,
    conditionsText: body.conditionsText,
    conditions: body.conditions ?? null,
    basisText: body.basisText,
    basisRefs,
    measures: body.measures ?? '',
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  });
  await register(tx, row);
  const [view] = await present(tx, actor, [{ exemption: row, agency }]);
  return { result: view, recordIds: [id], tenantId: agency.tenantId, detail: { code: body.code } };
}

export async function updateExemption(
  tx: Tx,
  actor: Actor,
  id: string,
  body: Partial<ExemptionInput>,
  now: Date,
): Promise<WriteResult<ExemptionView>> {
  const found = await loadWritable(tx, actor, id);
  const current = found.exemption;
  if (current.status !== 'draft')
    throw conflict({ status: 'benchmark_exemption_not_draft' }, 'benchmark_exemption_not_draft');
  const merged: ExemptionInput = {
    kind: body.kind ?? (current.kind as ExemptionInput['kind']),
    code: body.code ?? current.code,
    violation: body.violation ?? current.violation,
    benchmarkId: body.benchmarkId !== undefined ? body.benchmarkId : current.benchmarkId,
    conditionsText: body.conditionsText ?? current.conditionsText,
    conditions: body.conditions !== undefined ? body.conditions : current.conditions,
    basisText: body.basisText ?? current.basisText,
    basisRefs: body.basisRefs,
    measures: body.measures ?? current.measures,
  };
  // A new written basis is resolved again unless references come with it; otherwise the references stay.
  const kept = body.basisText === undefined || body.basisText === current.basisText ? current.basisRefs : undefined;
  if (merged.code !== current.code) {
    const other = await findExemptionByCode(tx, current.tenantId, current.agencyId, merged.code);
    if (other && other.id !== id) throw codeTaken(merged.code);
  }
  const basisRefs = await checkInput(tx, actor, current.agencyId, merged, now, kept);
  const row = await updateExemptionRow(tx, current.tenantId, id, {
    ...merged,
    benchmarkId: merged.benchmarkId ?? null,
    conditions: merged.conditions ?? null,
    basisRefs,
    updatedAt: now,
  });
  await register(tx, row);
  const [view] = await present(tx, actor, [{ exemption: row, agency: found.agency }]);
  return { result: view, recordIds: [id], tenantId: current.tenantId };
}

export async function publishExemption(
  tx: Tx,
  actor: Actor,
  id: string,
  body: { effectiveFrom: string },
  now: Date,
): Promise<WriteResult<ExemptionView>> {
  const found = await loadWritable(tx, actor, id);
  if (found.exemption.status !== 'draft')
    throw conflict({ status: 'benchmark_exemption_not_draft' }, 'benchmark_exemption_not_draft');
  const today = shanghaiDate(now);
  if (body.effectiveFrom < today)
    throw invalidInput({ effectiveFrom: { key: 'benchmark_effective_past', params: { today } } });
  const row = await updateExemptionRow(tx, found.exemption.tenantId, id, {
    status: 'published',
    effectiveFrom: body.effectiveFrom,
    updatedAt: now,
  });
  const [view] = await present(tx, actor, [{ exemption: row, agency: found.agency }]);
  return { result: view, recordIds: [id], tenantId: row.tenantId, detail: { effectiveFrom: body.effectiveFrom } };
}

export async function withdrawExemption(
  tx: Tx,
  actor: Actor,
  id: string,
  body: { withdrawnOn: string },
  now: Date,
): Promise<WriteResult<ExemptionView>> {
  const found = await loadWritable(tx, actor, id);
  const current = found.exemption;
  if (current.status !== 'published')
    throw conflict({ status: 'benchmark_exemption_not_published' }, 'benchmark_exemption_not_published');
  const today = shanghaiDate(now);
  if (body.withdrawnOn < today || body.withdrawnOn < current.effectiveFrom!)
    throw invalidInput({
      withdrawnOn: { key: 'benchmark_withdraw_before_effective', params: { date: current.effectiveFrom } },
    });
  const row = await updateExemptionRow(tx, current.tenantId, id, {
    status: 'withdrawn',
    withdrawnOn: body.withdrawnOn,
    updatedAt: now,
  });
  await clearCitations(tx, { tenantId: row.tenantId, kind: 'benchmark', id });
  const [view] = await present(tx, actor, [{ exemption: row, agency: found.agency }]);
  return { result: view, recordIds: [id], tenantId: row.tenantId, detail: { withdrawnOn: body.withdrawnOn } };
}

export async function deleteExemption(tx: Tx, actor: Actor, id: string): Promise<WriteResult<null>> {
  const found = await loadWritable(tx, actor, id);
  if (found.exemption.status !== 'draft')
    throw conflict({ status: 'benchmark_exemption_not_draft' }, 'benchmark_exemption_not_draft');
  await deleteExemptionRow(tx, found.exemption.tenantId, id);
  await clearCitations(tx, { tenantId: found.exemption.tenantId, kind: 'benchmark', id });
  return { result: null, recordIds: [id], tenantId: found.exemption.tenantId };
}
