// What a caller sees of transfer plans and secondments: names instead of ids, the live front-line balance, the
// flags, and what the caller may do next (abilities).
import type {
  BalanceView,
  SecondmentFlag,
  SecondmentView,
  TransferPlanState,
  TransferPlanView,
} from '../../../../contracts/transfer';
import { can, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/client';
import { shanghaiDate } from '../../platform/legal-date';
import { computeBalance } from './transfer-balance';
import { canRecordOrgFiling, nextState } from './transfer-plan.machine';
import { daysBetween, secondmentTimeFlags } from './secondment-flags';
import {
  agenciesByIds,
  minimumsOf,
  planEvents,
  strengthOfficers,
  type AgencyRef,
  type PlanRow,
  type SecondmentRow,
} from './transfer.repository';
import { openItems } from './staffing.service';

type PlanListItem = Omit<TransferPlanView, 'events'>;

/** Items due on `today` and not yet applied. */
export const dueItems = (plan: PlanRow, today: string) =>
  plan.items.filter((i) => i.executedAt === null && i.effectiveDate <= today);

export async function presentPlans(
  ex: Executor,
  rows: readonly { plan: PlanRow; agency: AgencyRef }[],
  actor: Actor,
  now: Date,
): Promise<PlanListItem[]> {
  if (rows.length === 0) return [];
  const tenantId = rows[0].plan.tenantId;
  const agencyIds = [...new Set(rows.map((r) => r.plan.agencyId))];
  const otherAgencyIds = rows.flatMap((r) =>
    r.plan.items.flatMap((i) => [i.officerAgencyId, i.destinationAgencyId].filter((x): x is string => !!x)),
  );
  const itemOfficerIds = rows.flatMap((r) => r.plan.items.flatMap((i) => (i.officerId ? [i.officerId] : [])));
  const names = await agenciesByIds(ex, tenantId, otherAgencyIds);
  const officers = await strengthOfficers(ex, tenantId, agencyIds, itemOfficerIds);
  const minimums = await minimumsOf(ex, tenantId, agencyIds);
  const nameOf = new Map(names.map((a) => [a.id, a.name]));
  const ref = (id: string | null) => (id ? { id, name: nameOf.get(id) ?? '—' } : null);
  const minBy = new Map(minimums.map((m) => [m.agencyId, m.minimumFrontLine]));
  const today = shanghaiDate(now);
  const review = tenantsWithWholeScope(actor, 'filing.review').includes(tenantId);
  return rows.map(({ plan: p, agency: a }) => {
    const state = p.state as TransferPlanState;
    const balance: BalanceView =
      state === 'executed' && p.submittedBalance
        ? p.submittedBalance
        : computeBalance(a.id, officers, openItems(p.items), minBy.get(a.id) ?? null);
    const writable = a.status === 'active' && can(actor, 'personnel.write', { tenantId, agencyPath: a.path });
    const allowed = (action: 'edit' | 'submit' | 'withdraw' | 'execute') =>
      writable && nextState(state, action) !== null;
    return {
      id: p.id,
      tenantId: p.tenantId,
      agency: { id: a.id, name: a.name },
      title: p.title,
      year: p.year,
      state,
      items: p.items.map((i) => ({
        id: i.id,
        kind: i.kind,
        officerId: i.officerId,
        officerName: i.officerName,
        officerAgency: ref(i.officerAgencyId),
        officerFrontLine: i.officerFrontLine,
        destinationAgency: ref(i.destinationAgencyId),
        destinationName: i.destinationName,
        newPersonName: i.newPersonName,
        post: i.post,
        frontLine: i.frontLine,
        effectiveDate: i.effectiveDate,
        reason: i.reason,
        executedAt: i.executedAt,
        outcome: i.outcome,
      })),
      balance,
      balanceReason: p.balanceReason,
      flagged: p.flagged,
      orgFiling: { filedOn: p.orgFiledOn, documentNo: p.orgDocumentNo },
      reviewComments: p.reviewComments,
      submittedAt: p.submittedAt?.toISOString() ?? null,
      decidedAt: p.decidedAt?.toISOString() ?? null,
      decidedBy: p.decidedByName,
      executedAt: p.executedAt?.toISOString() ?? null,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
      abilities: {
        edit: allowed('edit'),
        submit: allowed('submit'),
        withdraw: allowed('withdraw'),
        execute: allowed('execute') && dueItems(p, today).length > 0,
        accept: review && state === 'submitted',
        return: review && state === 'submitted',
        recordOrgFiling: writable && canRecordOrgFiling(state),
      },
    };
  });
}

export async function presentPlan(
  ex: Executor,
  row: { plan: PlanRow; agency: AgencyRef },
  actor: Actor,
  now: Date,
): Promise<TransferPlanView> {
  const [view] = await presentPlans(ex, [row], actor, now);
  const events = await planEvents(ex, row.plan.tenantId, row.plan.id);
  return {
    ...view,
    events: events.map((e) => ({
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      comments: e.comments,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
  };
}

export function presentSecondment(
  r: { secondment: SecondmentRow; agency: AgencyRef; officerName: string; officerFrontLine: boolean },
  actor: Actor,
  ctx: { today: string; maxMonths: number; agencyFlags: SecondmentFlag[] },
): SecondmentView {
  const s = r.secondment;
  const active = s.endedOn === null;
  const flags: SecondmentFlag[] = active
    ? [
        ...ctx.agencyFlags.filter((f) => f === 'share_exceeded' || (f === 'below_minimum' && r.officerFrontLine)),
        ...secondmentTimeFlags(s, ctx.today, ctx.maxMonths),
      ]
    : [];
  return {
    id: s.id,
    tenantId: s.tenantId,
    agency: { id: r.agency.id, name: r.agency.name },
    officerId: s.officerId,
    officerName: r.officerName,
    officerFrontLine: r.officerFrontLine,
    destination: s.destination,
    startDate: s.startDate,
    expectedEndDate: s.expectedEndDate,
    endedOn: s.endedOn,
    reason: s.reason,
    approvalDocNo: s.approvalDocNo,
    note: s.note,
    active,
    days: Math.max(0, daysBetween(s.startDate, s.endedOn ?? ctx.today)),
    flags,
    abilities: {
      end:
        active &&
        r.agency.status === 'active' &&
        can(actor, 'personnel.write', { tenantId: s.tenantId, agencyPath: r.agency.path }),
    },
  };
}
