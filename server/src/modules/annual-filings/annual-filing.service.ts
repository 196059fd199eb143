// Use cases of annual filings (年度备案): the agency drafts its plan (items + documents) and submits it; the justice
// bureau sees who filed by 31 March and accepts or returns each filing with comments. Every state change goes
// through `transition`, which writes the state and the event (the route's runWrite adds the access-log row in the
// same transaction).
import { randomUUID } from 'node:crypto';
import {
  ANNUAL_FILING_ACTION_LABELS,
  ANNUAL_FILING_KIND_LABELS,
  ANNUAL_FILING_STATE_LABELS,
  isTrainingKind,
  type AnnualFilingCreateBody,
  type AnnualFilingKind,
  type AnnualFilingOverview,
  type AnnualFilingState,
  type AnnualFilingUpdateBody,
  type AnnualFilingView,
  type DocumentUploadBody,
  type OverviewCell,
} from '../../../../contracts/annual-filing';
import type { AgencyKind } from '../../../../contracts/agency';
import { can, scopesFor, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { AppError, conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import { attachedDocument, loadFile, saveFile, type LoadedFile } from '../../platform/files/file-store';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import {
  FILING_ACTION_PERMISSION,
  isFilingDecision,
  nextFilingState,
  type FilingStepAction,
} from './annual-filing.machine';
import { presentFiling } from './annual-filing.presenter';
import {
  agenciesInScope,
  deleteFilingRow,
  eventsOf,
  findAgencyInScope,
  findFilingInScope,
  findFilingOf,
  insertFiling,
  insertFilingEvent,
  listFilingRows,
  lockFiling,
  updateFilingRow,
  type FilingAgency,
  type FilingRow,
} from './annual-filing.repository';
import { dueDateOf, requiredFilingKinds, timelinessOf } from './annual-filing.rules';

const MAX_DOCUMENTS = 20;
const cols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };
const readScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'personnel.read'), cols);
const writeScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'personnel.write'), cols);

function invalidTransition(state: AnnualFilingState, action: FilingStepAction): AppError {
  const s = ANNUAL_FILING_STATE_LABELS[state];
  const a = ANNUAL_FILING_ACTION_LABELS[action];
  return new AppError(
    'invalid_transition',
    409,
    'annual_filing_transition',
    { state: s.zh, action: a.zh },
    {
      state: {
        key: 'annual_filing_transition',
        text: {
          zh: `备案当前为“${s.zh}”，不能${a.zh}`,
          en: `The filing is ${s.en.toLowerCase()}: it cannot be ${a.en.toLowerCase()}`,
        },
      },
    },
  );
}

export async function listFilings(
  ex: Executor,
  actor: Actor,
  q: { tenant?: string; year?: number; agencyId?: string; kind?: string; state?: string },
  now: Date,
): Promise<AnnualFilingView[]> {
  const rows = await listFilingRows(ex, { scopeWhere: readScope(actor), tenantId: q.tenant ?? actor.tenantId, ...q });
  return rows.map((r) => presentFiling(r, actor, now));
}

export async function getFiling(ex: Executor, actor: Actor, id: string, now: Date): Promise<AnnualFilingView> {
  const row = await findFilingInScope(ex, readScope(actor), id);
  if (!row) throw notFound('annual_filing_not_found');
  return presentFiling(row, actor, now, await eventsOf(ex, row.agency.tenantId, [id]));
}

/** The filing within write scope: not readable → 404; readable but not writable → 403. */
async function filingForWrite(tx: Tx, actor: Actor, id: string) {
  const row = await findFilingInScope(tx, writeScope(actor), id);
  if (!row) {
    if (await findFilingInScope(tx, readScope(actor), id)) throw forbidden('out_of_scope');
    throw notFound('annual_filing_not_found');
  }
  if (row.agency.status !== 'active') throw conflict({ agencyId: 'agency_abolished' });
  return row;
}

/** The work plan carries tasks, the training plans courses: the other list must stay empty. */
function checkItemsFit(kind: AnnualFilingKind, body: { workItems?: unknown[]; trainingItems?: unknown[] }) {
  if (isTrainingKind(kind) && body.workItems?.length)
    throw invalidInput({ workItems: 'annual_filing_items_wrong_kind' });
  if (!isTrainingKind(kind) && body.trainingItems?.length)
    throw invalidInput({ trainingItems: 'annual_filing_items_wrong_kind' });
}

async function result(
  tx: Tx,
  actor: Actor,
  row: { filing: FilingRow; agency: FilingAgency },
  now: Date,
  detail: Record<string, unknown>,
): Promise<WriteResult<AnnualFilingView>> {
  return {
    result: presentFiling(row, actor, now, await eventsOf(tx, row.agency.tenantId, [row.filing.id])),
    recordIds: [row.filing.id],
    tenantId: row.agency.tenantId,
    detail: { agencyId: row.agency.id, year: row.filing.year, kind: row.filing.kind, ...detail },
  };
}

export async function createFiling(
  tx: Tx,
  actor: Actor,
  body: AnnualFilingCreateBody,
  now: Date,
): Promise<WriteResult<AnnualFilingView>> {
  const a = await findAgencyInScope(tx, writeScope(actor), body.agencyId);
  if (!a) {
    if (await findAgencyInScope(tx, readScope(actor), body.agencyId)) throw forbidden('out_of_scope');
    throw invalidInput({ agencyId: 'agency_not_found' });
  }
  if (a.status !== 'active') throw invalidInput({ agencyId: 'agency_abolished' });
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  if (body.year > thisYear + 1)
    throw invalidInput({ year: { key: 'annual_filing_year_too_far', params: { year: thisYear } } });
  const required = requiredFilingKinds(a);
  if (!required.includes(body.kind)) {
    const kinds = required.map((k) => ANNUAL_FILING_KIND_LABELS[k].zh).join('、') || '无';
    throw invalidInput({ kind: { key: 'annual_filing_kind_not_required', params: { kinds } } });
  }
  checkItemsFit(body.kind, body);
  if (await findFilingOf(tx, a.tenantId, a.id, body.year, body.kind))
    throw conflict({ kind: { key: 'annual_filing_exists', params: { year: body.year } } });
  const filing = await insertFiling(tx, {
    tenantId: a.tenantId,
    id: randomUUID(),
    agencyId: a.id,
    year: body.year,
    kind: body.kind,
    state: 'draft',
    summary: body.summary ?? '',
    workItems: body.workItems ?? [],
    trainingItems: body.trainingItems ?? [],
    createdAt: now,
    updatedAt: now,
  });
  await insertFilingEvent(tx, {
    tenantId: a.tenantId,
    id: randomUUID(),
    filingId: filing.id,
    action: 'create',
    fromState: null,
    toState: 'draft',
    actorId: actor.accountId,
    actorName: actor.displayName,
    comments: null,
    at: now,
  });
  return result(tx, actor, { filing, agency: a }, now, {});
}

/**
 * One step of the machine: find the filing in read scope (404), check who may act (403), lock it, ask the machine
 * (409), apply the step's effect, write state and event.
 */
async function transition(
  tx: Tx,
  actor: Actor,
  id: string,
  action: FilingStepAction,
  now: Date,
  effect: (
    f: FilingRow,
    a: FilingAgency,
  ) => Promise<{ set?: Partial<FilingRow>; comments?: string | null; event?: boolean }>,
): Promise<WriteResult<AnnualFilingView>> {
  const found = await findFilingInScope(tx, readScope(actor), id);
  if (!found) throw notFound('annual_filing_not_found');
  const a = found.agency;
  if (isFilingDecision(action)) {
    if (!tenantsWithWholeScope(actor, 'filing.review').includes(a.tenantId))
      throw forbidden('annual_filing_review_tenant_wide');
  } else {
    if (!can(actor, FILING_ACTION_PERMISSION[action], { tenantId: a.tenantId, agencyPath: a.path }))
      throw forbidden('out_of_scope');
    if (a.status !== 'active') throw conflict({ agencyId: 'agency_abolished' });
  }
  const f = (await lockFiling(tx, a.tenantId, id))!;
  const from = f.state as AnnualFilingState;
  const to = nextFilingState(from, action);
  if (to === null) throw invalidTransition(from, action);
  const step = await effect(f, a);
  const who = actor.displayName;
  const filing = await updateFilingRow(tx, a.tenantId, id, {
    state: to,
    updatedAt: now,
    ...(action === 'submit'
      ? { submittedAt: now, submittedByName: who, firstSubmittedAt: f.firstSubmittedAt ?? now, reviewComments: null }
      : {}),
    ...(isFilingDecision(action) ? { decidedAt: now, decidedByName: who } : {}),
    ...step.set,
  });
  if (step.event !== false) {
    await insertFilingEvent(tx, {
      tenantId: a.tenantId,
      id: randomUUID(),
      filingId: id,
      action,
      fromState: from,
      toState: to,
      actorId: actor.accountId,
      actorName: who,
      comments: step.comments ?? null,
      at: now,
    });
  }
  return result(tx, actor, { filing, agency: a }, now, { action, from, to });
}

export function updateFiling(tx: Tx, actor: Actor, id: string, body: AnnualFilingUpdateBody, now: Date) {
  return transition(tx, actor, id, 'edit', now, async (f) => {
    checkItemsFit(f.kind as AnnualFilingKind, body);
    const set: Partial<FilingRow> = {};
    if (body.summary !== undefined) set.summary = body.summary;
    if (body.workItems !== undefined) set.workItems = body.workItems;
    if (body.trainingItems !== undefined) set.trainingItems = body.trainingItems;
    return { set, event: false };
  });
}

export function submitFiling(tx: Tx, actor: Actor, id: string, now: Date) {
  return transition(tx, actor, id, 'submit', now, async (f) => {
    const items = isTrainingKind(f.kind as AnnualFilingKind) ? f.trainingItems : f.workItems;
    const field = isTrainingKind(f.kind as AnnualFilingKind) ? 'trainingItems' : 'workItems';
    const errors: Record<string, 'annual_filing_items_required' | 'annual_filing_document_required'> = {};
    if (items.length === 0) errors[field] = 'annual_filing_items_required';
    if (f.documents.length === 0) errors.documents = 'annual_filing_document_required';
    if (Object.keys(errors).length) throw invalidInput(errors);
    return {};
  });
}

export function withdrawFiling(tx: Tx, actor: Actor, id: string, comments: string | undefined, now: Date) {
  return transition(tx, actor, id, 'withdraw', now, async () => ({ comments: comments || null }));
}

export function returnFiling(tx: Tx, actor: Actor, id: string, comments: string, now: Date) {
  return transition(tx, actor, id, 'return', now, async () => ({ set: { reviewComments: comments }, comments }));
}

export function acceptFiling(tx: Tx, actor: Actor, id: string, comments: string | undefined, now: Date) {
  return transition(tx, actor, id, 'accept', now, async () => ({
    set: { reviewComments: comments || null },
    comments: comments || null,
  }));
}

export async function deleteFiling(tx: Tx, actor: Actor, id: string): Promise<WriteResult<null>> {
  const { filing: f, agency: a } = await filingForWrite(tx, actor, id);
  if (f.state !== 'draft') throw invalidTransition(f.state as AnnualFilingState, 'edit');
  if (f.firstSubmittedAt) throw conflict({ state: 'annual_filing_delete_submitted' });
  await deleteFilingRow(tx, a.tenantId, id);
  return {
    result: null,
    recordIds: [id],
    tenantId: a.tenantId,
    detail: { agencyId: a.id, year: f.year, kind: f.kind },
  };
}

export function addDocument(tx: Tx, actor: Actor, dataDir: string, id: string, body: DocumentUploadBody, now: Date) {
  return transition(tx, actor, id, 'edit', now, async (f, a) => {
    if (f.documents.length >= MAX_DOCUMENTS)
      throw invalidInput({ contentBase64: { key: 'annual_filing_documents_full', params: { max: MAX_DOCUMENTS } } });
    const saved = await saveFile(tx, dataDir, {
      tenantId: a.tenantId,
      contentBase64: body.contentBase64,
      fileName: body.fileName,
      purpose: 'annual_filing',
      kind: 'document',
      actorId: actor.accountId,
      field: 'contentBase64',
    });
    const doc = attachedDocument(saved, actor.displayName, now);
    return { set: { documents: [...f.documents, doc] }, event: false };
  });
}

export function removeDocument(tx: Tx, actor: Actor, id: string, fileId: string, now: Date) {
  return transition(tx, actor, id, 'edit', now, async (f) => {
    if (!f.documents.some((d) => d.fileId === fileId)) throw notFound('annual_filing_document_not_found');
    return { set: { documents: f.documents.filter((d) => d.fileId !== fileId) }, event: false };
  });
}

export async function readDocument(
  ex: Executor,
  actor: Actor,
  dataDir: string,
  id: string,
  fileId: string,
): Promise<{ file: LoadedFile; tenantId: string }> {
  const row = await findFilingInScope(ex, readScope(actor), id);
  if (!row) throw notFound('annual_filing_not_found');
  if (!row.filing.documents.some((d) => d.fileId === fileId)) throw notFound('annual_filing_document_not_found');
  return { file: await loadFile(ex, dataDir, row.agency.tenantId, fileId), tenantId: row.agency.tenantId };
}

/**
 * The overview of a year: every agency in the caller's read scope that must file, × the kinds it must file, with
 * the state and timeliness of each; counts over all cells.
 */
export async function filingOverview(
  ex: Executor,
  actor: Actor,
  q: { tenant?: string; year: number },
  now: Date,
): Promise<AnnualFilingOverview> {
  const tenantId = q.tenant ?? actor.tenantId;
  const scopeWhere = readScope(actor);
  const [agencyRows, filingRows] = await Promise.all([
    agenciesInScope(ex, scopeWhere, tenantId),
    listFilingRows(ex, { scopeWhere, tenantId, year: q.year }),
  ]);
  const byKey = new Map(filingRows.map((r) => [`${r.agency.id}:${r.filing.kind}`, r.filing]));
  const counts = {
    required: 0,
    missing: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
    onTime: 0,
    late: 0,
    overdue: 0,
  };
  const rows = agencyRows.flatMap((a) => {
    const kinds = requiredFilingKinds(a);
    if (kinds.length === 0) return [];
    const cells: OverviewCell[] = kinds.map((kind) => {
      const f = byKey.get(`${a.id}:${kind}`);
      const status = (f?.state as AnnualFilingState | undefined) ?? 'missing';
      const timeliness = timelinessOf(q.year, f?.firstSubmittedAt ?? null, now);
      counts.required++;
      counts[status]++;
      if (timeliness === 'on_time') counts.onTime++;
      if (timeliness === 'late') counts.late++;
      if (timeliness === 'overdue') counts.overdue++;
      return {
        kind,
        status,
        timeliness,
        filingId: f?.id ?? null,
        firstSubmittedAt: f?.firstSubmittedAt?.toISOString() ?? null,
      };
    });
    return [
      {
        agency: { id: a.id, name: a.name, kind: a.kind as AgencyKind },
        cells,
        canFile: can(actor, 'personnel.write', { tenantId: a.tenantId, agencyPath: a.path }),
      },
    ];
  });
  return {
    year: q.year,
    dueDate: dueDateOf(q.year),
    today: shanghaiDate(now),
    rows,
    counts,
    canReview: tenantsWithWholeScope(actor, 'filing.review').includes(tenantId),
  };
}
