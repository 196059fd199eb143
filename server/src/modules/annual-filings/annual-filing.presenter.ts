// What a caller sees of an annual filing: its content, documents, timeliness, history, and what the caller may do
// next (abilities), so the web app enables buttons from the server's answer.
import type {
  AnnualFilingAction,
  AnnualFilingKind,
  AnnualFilingState,
  AnnualFilingView,
} from '../../../../contracts/annual-filing';
import type { AgencyKind } from '../../../../contracts/agency';
import { can, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import { nextFilingState } from './annual-filing.machine';
import type { FilingAgency, FilingEventRow, FilingRow } from './annual-filing.repository';
import { dueDateOf, timelinessOf } from './annual-filing.rules';

export function presentFiling(
  row: { filing: FilingRow; agency: FilingAgency },
  actor: Actor,
  now: Date,
  events: readonly FilingEventRow[] = [],
): AnnualFilingView {
  const { filing: f, agency: a } = row;
  const state = f.state as AnnualFilingState;
  const writable = a.status === 'active' && can(actor, 'personnel.write', { tenantId: a.tenantId, agencyPath: a.path });
  const reviewer = tenantsWithWholeScope(actor, 'filing.review').includes(a.tenantId);
  const allows = (action: Parameters<typeof nextFilingState>[1]) => nextFilingState(state, action) !== null;
  return {
    id: f.id,
    tenantId: f.tenantId,
    agency: { id: a.id, name: a.name, kind: a.kind as AgencyKind },
    year: f.year,
    kind: f.kind as AnnualFilingKind,
    state,
    summary: f.summary,
    workItems: f.workItems,
    trainingItems: f.trainingItems,
    documents: f.documents,
    dueDate: dueDateOf(f.year),
    firstSubmittedAt: f.firstSubmittedAt?.toISOString() ?? null,
    submittedAt: f.submittedAt?.toISOString() ?? null,
    submittedBy: f.submittedByName,
    timeliness: timelinessOf(f.year, f.firstSubmittedAt, now),
    decidedAt: f.decidedAt?.toISOString() ?? null,
    decidedBy: f.decidedByName,
    reviewComments: f.reviewComments,
    events: events
      .filter((e) => e.filingId === f.id)
      .map((e) => ({
        action: e.action as AnnualFilingAction,
        fromState: (e.fromState as AnnualFilingState | null) ?? null,
        toState: e.toState as AnnualFilingState,
        actorName: e.actorName,
        comments: e.comments,
        at: e.at.toISOString(),
      })),
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
    abilities: {
      edit: writable && allows('edit'),
      submit: writable && allows('submit'),
      withdraw: writable && allows('withdraw'),
      delete: writable && state === 'draft' && f.firstSubmittedAt === null,
      accept: reviewer && allows('accept'),
      return: reviewer && allows('return'),
    },
  };
}
