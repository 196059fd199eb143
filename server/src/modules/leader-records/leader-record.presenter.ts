// What a caller sees of leaders' records, with what the caller may do next (abilities).
import type { ArticleRefView } from '../../../../contracts/law';
import type {
  CaseOutcome,
  CourtAppearanceView,
  LeaderRank,
  StudyKind,
  StudySessionView,
} from '../../../../contracts/leader-record';
import { can, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/client';
import { describeArticles } from '../laws/law-citation.service';
import type { AppearanceRow, RecordAgency, SessionRow } from './leader-record.repository';

const refKey = (r: { versionId: string; articleSeq: number; detail?: string }) =>
  `${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`;

export function canWriteRecord(actor: Actor, tenantId: string, agency: RecordAgency | null): boolean {
  if (!agency) return tenantsWithWholeScope(actor, 'personnel.write').includes(tenantId);
  return agency.status === 'active' && can(actor, 'personnel.write', { tenantId, agencyPath: agency.path });
}

export async function presentSessions(
  ex: Executor,
  rows: readonly { session: SessionRow; agency: RecordAgency | null }[],
  actor: Actor,
): Promise<StudySessionView[]> {
  const views = await describeArticles(
    ex,
    rows.flatMap((r) => r.session.lawRefs),
  );
  const byKey = new Map<string, ArticleRefView>(views.map((v) => [refKey(v), v]));
  return rows.map(({ session: s, agency: a }) => {
    const writable = canWriteRecord(actor, s.tenantId, a);
    return {
      id: s.id,
      tenantId: s.tenantId,
      agency: a ? { id: a.id, name: a.name } : null,
      kind: s.kind as StudyKind,
      date: s.date,
      topic: s.topic,
      lawsText: s.lawsText,
      laws: s.lawRefs.flatMap((r) => byKey.get(refKey(r)) ?? []),
      lawProblems: s.lawProblems,
      lecturer: s.lecturer,
      participants: s.participants,
      hours: s.minutes / 60,
      note: s.note,
      documents: s.documents,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
      abilities: { update: writable, delete: writable },
    };
  });
}

export function presentAppearance(
  row: { appearance: AppearanceRow; agency: RecordAgency },
  actor: Actor,
): CourtAppearanceView {
  const { appearance: c, agency: a } = row;
  const writable = canWriteRecord(actor, c.tenantId, a);
  return {
    id: c.id,
    tenantId: c.tenantId,
    agency: { id: a.id, name: a.name },
    court: c.court,
    caseNumber: c.caseNumber,
    cause: c.cause,
    plaintiff: c.plaintiff,
    hearingDate: c.hearingDate,
    appeared: c.appeared,
    appearedName: c.appearedName,
    appearedPost: c.appearedPost,
    appearedRank: c.appearedRank as LeaderRank | null,
    spoke: c.spoke,
    absenceReason: c.absenceReason,
    delegateName: c.delegateName,
    delegatePost: c.delegatePost,
    outcome: c.outcome as CaseOutcome,
    outcomeDate: c.outcomeDate,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    abilities: { update: writable, delete: writable },
  };
}
