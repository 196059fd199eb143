// Use cases of leaders' records: legal study sessions of leading cadres (领导干部学法) and court appearances of agency
// heads (负责人出庭应诉) — kept by each agency (personnel.write), read within scope (personnel.read), summed per agency
// and year for the evaluation.
import { randomUUID } from 'node:crypto';
import type { ArticleRef } from '../../../../contracts/law';
import type {
  CourtAppearanceBody,
  CourtAppearanceUpdateBody,
  CourtAppearanceView,
  LeaderSummaryRow,
  LeaderSummaryView,
  StudySessionBody,
  StudySessionUpdateBody,
  StudySessionView,
} from '../../../../contracts/leader-record';
import type { DocumentUploadBody } from '../../../../contracts/annual-filing';
import { scopesFor, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import { attachedDocument, loadFile, saveFile, type LoadedFile } from '../../platform/files/file-store';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { citationSegments, resolveWrittenCitationPartly } from '../laws/law-citation.service';
import { getOfficerBriefs } from '../personnel/officer-lookup.service';
import { requiredFilingKinds } from '../annual-filings/annual-filing.rules';
import { canWriteRecord, presentAppearance, presentSessions } from './leader-record.presenter';
import {
  agenciesInScope,
  deleteAppearanceRow,
  deleteSessionRow,
  findAgencyInScope,
  findAppearanceInScope,
  findSessionInScope,
  insertAppearance,
  insertSession,
  listAppearanceRows,
  listSessionRows,
  updateAppearanceRow,
  updateSessionRow,
  type AppearanceRow,
  type RecordAgency,
  type SessionRow,
} from './leader-record.repository';
import { appearanceProblems, appearanceRate } from './leader-record.rules';

const MAX_DOCUMENTS = 20;
const read = (actor: Actor) => scopesFor(actor, 'personnel.read');
const write = (actor: Actor) => scopesFor(actor, 'personnel.write');

interface ListQuery {
  tenant?: string;
  year?: number;
  agencyId?: string;
}

/** The agency a new record belongs to, within write scope (readable only → 403; unknown → 400 naming agencyId). */
async function agencyForWrite(tx: Tx, actor: Actor, agencyId: string): Promise<RecordAgency> {
  const a = await findAgencyInScope(tx, write(actor), agencyId);
  if (!a) {
    if (await findAgencyInScope(tx, read(actor), agencyId)) throw forbidden('out_of_scope');
    throw invalidInput({ agencyId: 'agency_not_found' });
  }
  if (a.status !== 'active') throw invalidInput({ agencyId: 'agency_abolished' });
  return a;
}

function notAfterToday(field: string, date: string, now: Date) {
  const today = shanghaiDate(now);
  if (date > today) throw invalidInput({ [field]: { key: 'leader_date_future', params: { today } } });
}

// ---------------------------------------------------------------------------------------------------------------
// Study sessions

/** Links the article citations of the text (《…》第X条) to the library; whole laws named without an article stay text. */
async function resolveLaws(ex: Executor, text: string | null, on: string, now: Date) {
  const cited = (text ? citationSegments(text) : []).filter((s) => /第.+条/.test(s));
  if (cited.length === 0) return { lawRefs: [] as ArticleRef[], lawProblems: [] };
  const out = await resolveWrittenCitationPartly(ex, cited.join(''), { on, now });
  return { lawRefs: out.refs, lawProblems: out.problems };
}

async function checkParticipants(
  ex: Executor,
  tenantId: string,
  body: { participants?: StudySessionBody['participants'] },
) {
  const ids = (body.participants ?? []).flatMap((p) => (p.officerId ? [p.officerId] : []));
  if (ids.length === 0) return;
  const known = new Set((await getOfficerBriefs(ex, tenantId, ids)).map((o) => o.id));
  const i = (body.participants ?? []).findIndex((p) => p.officerId && !known.has(p.officerId));
  if (i >= 0) throw invalidInput({ [`participants.${i}.officerId`]: 'leader_officer_not_found' });
}

export async function listSessions(ex: Executor, actor: Actor, q: ListQuery): Promise<StudySessionView[]> {
  const rows = await listSessionRows(ex, { scopes: read(actor), tenantId: q.tenant ?? actor.tenantId, ...q });
  return presentSessions(ex, rows, actor);
}

async function sessionForWrite(tx: Tx, actor: Actor, id: string) {
  const row = await findSessionInScope(tx, read(actor), id);
  if (!row) throw notFound('leader_session_not_found');
  if (!canWriteRecord(actor, row.session.tenantId, row.agency)) throw forbidden('out_of_scope');
  return row;
}

async function sessionResult(
  tx: Tx,
  actor: Actor,
  row: { session: SessionRow; agency: RecordAgency | null },
  detail: Record<string, unknown>,
): Promise<WriteResult<StudySessionView>> {
  return {
    result: (await presentSessions(tx, [row], actor))[0],
    recordIds: [row.session.id],
    tenantId: row.session.tenantId,
    detail: { agencyId: row.agency?.id ?? null, date: row.session.date, ...detail },
  };
}

export async function createSession(
  tx: Tx,
  actor: Actor,
  body: StudySessionBody,
  now: Date,
): Promise<WriteResult<StudySessionView>> {
  let agency: RecordAgency | null = null;
  let tenantId = actor.tenantId;
  if (body.agencyId) {
    agency = await agencyForWrite(tx, actor, body.agencyId);
    tenantId = agency.tenantId;
  } else if (!tenantsWithWholeScope(actor, 'personnel.write').includes(tenantId)) {
    throw forbidden('leader_tenant_level_whole_scope');
  }
  notAfterToday('date', body.date, now);
  await checkParticipants(tx, tenantId, body);
  const lawsText = body.lawsText?.trim() || null;
  const session = await insertSession(tx, {
    tenantId,
    id: randomUUID(),
    agencyId: agency?.id ?? null,
    kind: body.kind,
    date: body.date,
    topic: body.topic,
    lawsText,
    ...(await resolveLaws(tx, lawsText, body.date, now)),
    lecturer: body.lecturer?.trim() || null,
    participants: body.participants,
    minutes: Math.round(body.hours * 60),
    note: body.note?.trim() || null,
    createdAt: now,
    updatedAt: now,
  });
  return sessionResult(tx, actor, { session, agency }, { topic: session.topic });
}

export async function updateSession(
  tx: Tx,
  actor: Actor,
  id: string,
  body: StudySessionUpdateBody,
  now: Date,
): Promise<WriteResult<StudySessionView>> {
  const { session: s, agency } = await sessionForWrite(tx, actor, id);
  const date = body.date ?? s.date;
  if (body.date !== undefined) notAfterToday('date', body.date, now);
  await checkParticipants(tx, s.tenantId, body);
  const set: Partial<SessionRow> = { updatedAt: now };
  if (body.kind !== undefined) set.kind = body.kind;
  if (body.date !== undefined) set.date = body.date;
  if (body.topic !== undefined) set.topic = body.topic;
  if (body.lecturer !== undefined) set.lecturer = body.lecturer?.trim() || null;
  if (body.participants !== undefined) set.participants = body.participants;
  if (body.hours !== undefined) set.minutes = Math.round(body.hours * 60);
  if (body.note !== undefined) set.note = body.note?.trim() || null;
  if (body.lawsText !== undefined || body.date !== undefined) {
    const lawsText = body.lawsText === undefined ? s.lawsText : body.lawsText?.trim() || null;
    Object.assign(set, { lawsText, ...(await resolveLaws(tx, lawsText, date, now)) });
  }
  const session = await updateSessionRow(tx, s.tenantId, id, set);
  return sessionResult(tx, actor, { session, agency }, { changed: Object.keys(body) });
}

export async function deleteSession(tx: Tx, actor: Actor, id: string): Promise<WriteResult<null>> {
  const { session: s, agency } = await sessionForWrite(tx, actor, id);
  await deleteSessionRow(tx, s.tenantId, id);
  return {
    result: null,
    recordIds: [id],
    tenantId: s.tenantId,
    detail: { agencyId: agency?.id ?? null, date: s.date, topic: s.topic },
  };
}

export async function addSessionDocument(
  tx: Tx,
  actor: Actor,
  dataDir: string,
  id: string,
  body: DocumentUploadBody,
  now: Date,
): Promise<WriteResult<StudySessionView>> {
  const { session: s, agency } = await sessionForWrite(tx, actor, id);
  if (s.documents.length >= MAX_DOCUMENTS)
    throw invalidInput({ contentBase64: { key: 'annual_filing_documents_full', params: { max: MAX_DOCUMENTS } } });
  const saved = await saveFile(tx, dataDir, {
    tenantId: s.tenantId,
    contentBase64: body.contentBase64,
    fileName: body.fileName,
    purpose: 'leader_study_session',
    kind: 'document',
    actorId: actor.accountId,
    field: 'contentBase64',
  });
  const doc = attachedDocument(saved, actor.displayName, now);
  const session = await updateSessionRow(tx, s.tenantId, id, { documents: [...s.documents, doc], updatedAt: now });
  return sessionResult(tx, actor, { session, agency }, { fileId: saved.id });
}

export async function readSessionDocument(
  ex: Executor,
  actor: Actor,
  dataDir: string,
  id: string,
  fileId: string,
): Promise<{ file: LoadedFile; tenantId: string }> {
  const row = await findSessionInScope(ex, read(actor), id);
  if (!row) throw notFound('leader_session_not_found');
  if (!row.session.documents.some((d) => d.fileId === fileId)) throw notFound('file_not_found');
  return { file: await loadFile(ex, dataDir, row.session.tenantId, fileId), tenantId: row.session.tenantId };
}

// ---------------------------------------------------------------------------------------------------------------
// Court appearances

type AppearanceFields = Omit<CourtAppearanceBody, 'agencyId'>;

/** The columns of a complete record: the rules checked together, and what does not apply cleared. */
function appearanceColumns(v: AppearanceFields, now: Date): Partial<AppearanceRow> {
  notAfterToday('hearingDate', v.hearingDate, now);
  if (v.outcomeDate) notAfterToday('outcomeDate', v.outcomeDate, now);
  const problems = appearanceProblems(v);
  if (Object.keys(problems).length) throw invalidInput(problems);
  const clean = (s: string | null | undefined) => s?.trim() || null;
  return {
    court: v.court,
    caseNumber: v.caseNumber,
    cause: v.cause,
    plaintiff: clean(v.plaintiff),
    hearingDate: v.hearingDate,
    appeared: v.appeared,
    appearedName: v.appeared ? clean(v.appearedName) : null,
    appearedPost: v.appeared ? clean(v.appearedPost) : null,
    appearedRank: v.appeared ? (v.appearedRank ?? null) : null,
    spoke: v.appeared ? (v.spoke ?? false) : false,
    absenceReason: v.appeared ? null : clean(v.absenceReason),
    delegateName: v.appeared ? null : clean(v.delegateName),
    delegatePost: v.appeared ? null : clean(v.delegatePost),
    outcome: v.outcome ?? 'pending',
    outcomeDate: v.outcomeDate ?? null,
    note: clean(v.note),
  };
}

export async function listAppearances(ex: Executor, actor: Actor, q: ListQuery): Promise<CourtAppearanceView[]> {
  const rows = await listAppearanceRows(ex, { scopes: read(actor), tenantId: q.tenant ?? actor.tenantId, ...q });
  return rows.map((r) => presentAppearance(r, actor));
}

async function appearanceForWrite(tx: Tx, actor: Actor, id: string) {
  const row = await findAppearanceInScope(tx, write(actor), id);
  if (!row) {
    if (await findAppearanceInScope(tx, read(actor), id)) throw forbidden('out_of_scope');
    throw notFound('leader_appearance_not_found');
  }
  if (row.agency.status !== 'active') throw conflict({ agencyId: 'agency_abolished' });
  return row;
}

export async function createAppearance(
  tx: Tx,
  actor: Actor,
  body: CourtAppearanceBody,
  now: Date,
): Promise<WriteResult<CourtAppearanceView>> {
  const agency = await agencyForWrite(tx, actor, body.agencyId);
  const appearance = await insertAppearance(tx, {
    tenantId: agency.tenantId,
    id: randomUUID(),
    agencyId: agency.id,
    ...(appearanceColumns(body, now) as Required<
      Pick<AppearanceRow, 'court' | 'caseNumber' | 'cause' | 'hearingDate' | 'appeared'>
    >),
    createdAt: now,
    updatedAt: now,
  });
  return {
    result: presentAppearance({ appearance, agency }, actor),
    recordIds: [appearance.id],
    tenantId: agency.tenantId,
    detail: { agencyId: agency.id, caseNumber: appearance.caseNumber, appeared: appearance.appeared },
  };
}

export async function updateAppearance(
  tx: Tx,
  actor: Actor,
  id: string,
  body: CourtAppearanceUpdateBody,
  now: Date,
): Promise<WriteResult<CourtAppearanceView>> {
  const { appearance: c, agency } = await appearanceForWrite(tx, actor, id);
  const merged: AppearanceFields = {
    court: c.court,
    caseNumber: c.caseNumber,
    cause: c.cause,
    plaintiff: c.plaintiff,
    hearingDate: c.hearingDate,
    appeared: c.appeared,
    appearedName: c.appearedName,
    appearedPost: c.appearedPost,
    appearedRank: c.appearedRank as AppearanceFields['appearedRank'],
    spoke: c.spoke,
    absenceReason: c.absenceReason,
    delegateName: c.delegateName,
    delegatePost: c.delegatePost,
    outcome: c.outcome as AppearanceFields['outcome'],
    outcomeDate: c.outcomeDate,
    note: c.note,
    ...body,
  };
  const appearance = await updateAppearanceRow(tx, c.tenantId, id, {
    ...appearanceColumns(merged, now),
    updatedAt: now,
  });
  return {
    result: presentAppearance({ appearance, agency }, actor),
    recordIds: [id],
    tenantId: c.tenantId,
    detail: { agencyId: agency.id, changed: Object.keys(body) },
  };
}

export async function deleteAppearance(tx: Tx, actor: Actor, id: string): Promise<WriteResult<null>> {
  const { appearance: c, agency } = await appearanceForWrite(tx, actor, id);
  await deleteAppearanceRow(tx, c.tenantId, id);
  return {
    result: null,
    recordIds: [id],
    tenantId: c.tenantId,
    detail: { agencyId: agency.id, caseNumber: c.caseNumber },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Summary

/**
 * Per agency in scope and the year: study sessions and hours, hearings, how many the head attended (and how many
 * of those the principal head), how many the head spoke at, and the appearance rate. Agencies that enforce in
 * their own name are listed even with nothing recorded (a zero is information for the evaluation); the
 * government's own sessions form a row of their own for whole-tenant readers.
 */
export async function leaderSummary(
  ex: Executor,
  actor: Actor,
  q: { tenant?: string; year: number },
): Promise<LeaderSummaryView> {
  const tenantId = q.tenant ?? actor.tenantId;
  const scopes = read(actor);
  const [agencyRows, sessions, hearings] = await Promise.all([
    agenciesInScope(ex, scopes, tenantId),
    listSessionRows(ex, { scopes, tenantId, year: q.year }),
    listAppearanceRows(ex, { scopes, tenantId, year: q.year }),
  ]);
  const blank = () => ({ sessions: 0, minutes: 0, hearings: 0, appeared: 0, principalAppeared: 0, spoke: 0 });
  const tally = new Map<string, ReturnType<typeof blank>>();
  const of = (key: string) => tally.get(key) ?? tally.set(key, blank()).get(key)!;
  for (const { session: s } of sessions) {
    const t = of(s.agencyId ?? '');
    t.sessions++;
    t.minutes += s.minutes;
  }
  for (const { appearance: c } of hearings) {
    const t = of(c.agencyId);
    t.hearings++;
    if (c.appeared) t.appeared++;
    if (c.appeared && c.appearedRank === 'principal') t.principalAppeared++;
    if (c.spoke) t.spoke++;
  }
  const row = (agency: LeaderSummaryRow['agency'], t: ReturnType<typeof blank>): LeaderSummaryRow => ({
    agency,
    sessions: t.sessions,
    hours: t.minutes / 60,
    hearings: t.hearings,
    appeared: t.appeared,
    principalAppeared: t.principalAppeared,
    spoke: t.spoke,
    appearanceRate: appearanceRate(t.hearings, t.appeared),
  });
  const rows: LeaderSummaryRow[] = [];
  if (tally.has('')) rows.push(row(null, tally.get('')!));
  for (const a of agencyRows) {
    const t = tally.get(a.id);
    if (!t && (a.status !== 'active' || requiredFilingKinds(a).length === 0)) continue;
    rows.push(row({ id: a.id, name: a.name }, t ?? blank()));
  }
  const total = blank();
  for (const t of tally.values()) {
    total.sessions += t.sessions;
    total.minutes += t.minutes;
    total.hearings += t.hearings;
    total.appeared += t.appeared;
    total.principalAppeared += t.principalAppeared;
    total.spoke += t.spoke;
  }
  const { agency: _none, ...totals } = row(null, total);
  return { year: q.year, rows, totals };
}
