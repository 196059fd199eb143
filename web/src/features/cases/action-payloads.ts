// The steps' payloads on the web side: which form each action takes (one per payload schema of contracts/case.ts
// ACTION_PAYLOADS; any other action takes a date and a note), what the form starts with (taken from the case: the
// proposal, the reviewed penalty, the fine owed, the party), and the turning of the form's values into the payload:
// dates as YYYY-MM-DD, 元 as integer fen. No React here, so that it is tested against the schemas themselves.
import dayjs, { type Dayjs } from 'dayjs';
import { PENALTY_KINDS, type PenaltyKind } from '../../../../contracts/benchmark';
import {
  ACTION_PAYLOADS,
  approvalPayload,
  collectiveDiscussionPayload,
  courtPayload,
  decidePayload,
  extendPayload,
  genericPayload,
  inspectionResultPayload,
  issueLicencePayload,
  openPayload,
  paymentPayload,
  proposePayload,
  reasonPayload,
  recordHearingPayload,
  referPayload,
  remedyPayload,
  reviewPayload,
  scheduleHearingPayload,
  servePayload,
  statementPayload,
  summaryDecidePayload,
  supplementPayload,
  type CaseView,
} from '../../../../contracts/case';
import { formatDate } from '../../lib/format';
import { fenToYuanInput, yuanToFen } from './money';

export type FormKind =
  | 'generic'
  | 'reason'
  | 'approval'
  | 'open'
  | 'propose'
  | 'review'
  | 'review_changes'
  | 'statement'
  | 'schedule_hearing'
  | 'record_hearing'
  | 'collective'
  | 'extend'
  | 'decide'
  | 'summary_decide'
  | 'serve'
  | 'payment'
  | 'remedy'
  | 'court'
  | 'refer'
  | 'supplement'
  | 'licence'
  | 'inspection_result';

/**
 * The form of each payload schema. Actions are matched through their schema in ACTION_PAYLOADS, so that an action
 * added with an existing schema gets its form without a change here; a new schema falls back to the generic form
 * until one is written (the test lists every action's form).
 */
const SCHEMA_FORMS = new Map<unknown, FormKind>([
  [genericPayload, 'generic'],
  [reasonPayload, 'reason'],
  [approvalPayload, 'approval'],
  [openPayload, 'open'],
  [proposePayload, 'propose'],
  [reviewPayload, 'review'],
  [statementPayload, 'statement'],
  [scheduleHearingPayload, 'schedule_hearing'],
  [recordHearingPayload, 'record_hearing'],
  [collectiveDiscussionPayload, 'collective'],
  [extendPayload, 'extend'],
  [decidePayload, 'decide'],
  [summaryDecidePayload, 'summary_decide'],
  [servePayload, 'serve'],
  [paymentPayload, 'payment'],
  [remedyPayload, 'remedy'],
  [courtPayload, 'court'],
  [referPayload, 'refer'],
  [supplementPayload, 'supplement'],
  [issueLicencePayload, 'licence'],
  [inspectionResultPayload, 'inspection_result'],
]);

export function formKindOf(action: string): FormKind {
  // Agreeing with changes shares the review schema but asks for the changed penalty.
  if (action === 'review_agree_with_changes') return 'review_changes';
  const schema = (ACTION_PAYLOADS as Record<string, unknown>)[action];
  return (schema !== undefined ? SCHEMA_FORMS.get(schema) : undefined) ?? 'generic';
}

/** Server field names (after `payload.`) that the form holds under another name. */
export const PAYLOAD_FIELD_ALIASES: Record<string, string> = {
  fineFen: 'fineYuan',
  confiscationFen: 'confiscationYuan',
  amountFen: 'amountYuan',
  'changes.fineFen': 'changes.fineYuan',
};

export type ActionValues = Record<string, unknown> & { date?: Dayjs };

// ---- what the form starts with -----------------------------------------------------------------------------------

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const asKinds = (v: unknown): PenaltyKind[] =>
  Array.isArray(v) ? v.filter((k): k is PenaltyKind => PENALTY_KINDS.includes(k as PenaltyKind)) : [];
const asFen = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

export function initialValues(action: string, c: CaseView): ActionValues {
  const today = dayjs(formatDate(new Date()));
  const base: ActionValues = { date: today };
  const proposal = asRecord(c.proposal);
  const decision = asRecord(c.decision);
  switch (formKindOf(action)) {
    case 'propose':
      return {
        ...base,
        factsText: (proposal.factsText as string | undefined) ?? c.facts ?? undefined,
        violatedArticles: proposal.violatedArticles,
        appliedArticles: proposal.appliedArticles,
        penaltyKinds: asKinds(proposal.penaltyKinds),
        fineYuan: fenToYuanInput(asFen(proposal.fineFen)),
        confiscationYuan: fenToYuanInput(asFen(proposal.confiscationFen)),
        noPenalty: !!proposal.noPenalty,
        complexOrSerious: !!proposal.complexOrSerious,
        multipleLegalRelations: !!proposal.multipleLegalRelations,
      };
    case 'review_changes':
      return {
        ...base,
        changes: {
          penaltyKinds: asKinds(proposal.penaltyKinds),
          fineYuan: fenToYuanInput(asFen(proposal.fineFen)),
        },
      };
    case 'decide': {
      // The penalty as reviewed (with changes) or as proposed.
      const changes = asRecord(asRecord(c.review).changes);
      return {
        ...base,
        penaltyKinds: asKinds(changes.penaltyKinds ?? proposal.penaltyKinds),
        fineYuan: fenToYuanInput(asFen(changes.fineFen ?? proposal.fineFen)),
        confiscationYuan: fenToYuanInput(asFen(proposal.confiscationFen)),
        noPenalty: !!proposal.noPenalty,
      };
    }
    case 'summary_decide':
      return { ...base, factsText: c.facts ?? undefined, penaltyKinds: ['fine'] };
    case 'serve':
      return {
        ...base,
        method: c.procedure.code === 'penalty_summary' ? 'on_the_spot' : 'direct',
        recipient: c.partiesDetail[0]?.name,
      };
    case 'payment': {
      const p = c.payment;
      const due = p ? Math.max(0, p.fineFen + p.surchargeFen - p.paidFen) : (asFen(decision.fineFen) ?? c.fineFen);
      return { ...base, amountYuan: fenToYuanInput(due ?? undefined), onTheSpot: false };
    }
    case 'statement':
      return { ...base, adopted: false };
    case 'remedy':
      return { ...base, kind: 'review' };
    default:
      return base;
  }
}

// ---- the payload ---------------------------------------------------------------------------------------------

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const day = (v: unknown): string | undefined => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : undefined);

const kindsOf = (v: unknown): PenaltyKind[] => asKinds(v);
/** The fine goes with the kind 罚款 (the server refuses one without the other); 0 without it. */
const fineOf = (kinds: unknown, yuan: unknown): number =>
  asKinds(kinds).includes('fine') ? (yuanToFen(yuan as string | undefined) ?? 0) : 0;
const confiscationOf = (kinds: unknown, yuan: unknown): number =>
  asKinds(kinds).includes('confiscate_gains') ? (yuanToFen(yuan as string | undefined) ?? 0) : 0;

/** The payload the server's schema for this action takes; undefined values are dropped by JSON. */
export function toPayload(action: string, v: ActionValues): Record<string, unknown> {
  const date = day(v.date);
  const fen = (x: unknown) => yuanToFen(x as string | undefined);
  switch (formKindOf(action)) {
    case 'generic':
      return { date, note: text(v.note) };
    case 'reason':
      return { date, reason: text(v.reason) };
    case 'approval':
      return { date, opinion: text(v.opinion) };
    case 'open':
      return { date, opinion: text(v.opinion), limitationReason: text(v.limitationReason) };
    case 'propose':
      return {
        date,
        factsText: text(v.factsText),
        violatedArticles: text(v.violatedArticles),
        appliedArticles: text(v.appliedArticles),
        penaltyKinds: v.noPenalty ? [] : kindsOf(v.penaltyKinds),
        fineFen: v.noPenalty ? 0 : fineOf(v.penaltyKinds, v.fineYuan),
        confiscationFen: v.noPenalty ? 0 : confiscationOf(v.penaltyKinds, v.confiscationYuan),
        noPenalty: !!v.noPenalty,
        benchmarkId: v.benchmarkId || undefined,
        outsideRangeReason: text(v.outsideRangeReason),
        multipleLegalRelations: !!v.multipleLegalRelations,
        complexOrSerious: !!v.complexOrSerious,
      };
    case 'review':
      return { date, opinion: text(v.opinion) };
    case 'review_changes': {
      const changes = asRecord(v.changes);
      return {
        date,
        opinion: text(v.opinion),
        changes: {
          penaltyKinds: kindsOf(changes.penaltyKinds),
          fineFen: fineOf(changes.penaltyKinds, changes.fineYuan),
        },
      };
    }
    case 'statement':
      return { date, statement: text(v.statement), adopted: !!v.adopted, reply: text(v.reply) };
    case 'schedule_hearing':
      return { date, hearingOn: day(v.hearingOn), place: text(v.place), hostOfficerId: v.hostOfficerId };
    case 'record_hearing':
      return { date, summary: text(v.summary) };
    case 'collective':
      return { date, participants: text(v.participants), conclusion: text(v.conclusion) };
    case 'extend':
      return { date, reason: text(v.reason), amount: typeof v.amount === 'number' ? v.amount : undefined };
    case 'decide':
      return {
        date,
        penaltyKinds: v.noPenalty ? [] : kindsOf(v.penaltyKinds),
        fineFen: v.noPenalty ? 0 : fineOf(v.penaltyKinds, v.fineYuan),
        confiscationFen: v.noPenalty ? 0 : confiscationOf(v.penaltyKinds, v.confiscationYuan),
        noPenalty: !!v.noPenalty,
        overdueReason: text(v.overdueReason),
      };
    case 'summary_decide':
      return {
        date,
        factsText: text(v.factsText),
        violatedArticles: text(v.violatedArticles),
        appliedArticles: text(v.appliedArticles),
        penaltyKinds: kindsOf(v.penaltyKinds),
        fineFen: fineOf(v.penaltyKinds, v.fineYuan),
      };
    case 'serve':
      return {
        date,
        method: v.method,
        recipient: text(v.recipient),
        place: text(v.place),
        consentRef: v.method === 'electronic' ? text(v.consentRef) : undefined,
      };
    case 'payment':
      return { date, amountFen: fen(v.amountYuan), onTheSpot: !!v.onTheSpot, receiptNumber: text(v.receiptNumber) };
    case 'remedy':
      return { date, kind: v.kind, note: text(v.note) };
    case 'court':
      return { date, court: text(v.court), note: text(v.note) };
    case 'refer':
      return { date, opinion: text(v.opinion), police: text(v.police) };
    case 'supplement':
      return { date, missingItems: text(v.missingItems) };
    case 'licence':
      return { date, licenceNumber: text(v.licenceNumber) };
    case 'inspection_result':
      return { date, result: v.result, summary: text(v.summary) };
  }
}
