// Cases (案件): what the API takes and gives. A case follows one procedure version (contracts/procedure.ts); every
// change of its state goes through POST /api/cases/:id/transitions, handled by the one transition function.
import { z } from 'zod';
import { ENFORCEMENT_DOMAINS } from './personnel';
import { PENALTY_KINDS } from './benchmark';
import { factsSchema } from './benchmark';
import { referralFacts } from './referral-threshold';
import { caseDocumentView } from './document';
import { CASE_KINDS, DEADLINE_RULE_IDS, PROCEDURE_CODES } from './procedure';

type Label = { zh: string; en: string };
const label = z.object({ zh: z.string(), en: z.string() });
const isoDate = z.iso.date();
/** Money in fen (分): integers only (DESIGN §2.8). */
export const fenAmount = z.int().min(0).max(10_000_000_000_000);

export const CASE_SOURCES = [
  'inspection',
  'complaint',
  'transfer_in',
  'referral_from_above',
  'aggregated_data',
  'self_report',
  'other',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CASE_SOURCE_LABELS: Record<CaseSource, Label> = {
  inspection: { zh: '监督检查发现', en: 'Found in an inspection' },
  complaint: { zh: '投诉举报', en: 'Complaint or report' },
  transfer_in: { zh: '其他机关移送', en: 'Transferred in' },
  referral_from_above: { zh: '上级机关交办', en: 'Assigned from above' },
  aggregated_data: { zh: '数据归集线索', en: 'Aggregated data' },
  self_report: { zh: '当事人主动报告', en: 'Reported by the party' },
  other: { zh: '其他', en: 'Other' },
};

export const SERVICE_METHODS = ['direct', 'residence', 'post', 'electronic', 'public_notice', 'on_the_spot'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];
export const SERVICE_METHOD_LABELS: Record<ServiceMethod, Label> = {
  direct: { zh: '直接送达', en: 'Delivered in person' },
  residence: { zh: '留置送达', en: 'Left at the residence' },
  post: { zh: '邮寄送达', en: 'By post' },
  electronic: { zh: '电子送达（经当事人同意）', en: 'Electronically (with consent)' },
  public_notice: { zh: '公告送达', en: 'By public notice' },
  on_the_spot: { zh: '当场交付', en: 'Handed over on the spot' },
};

// ---- parties (当事人) --------------------------------------------------------------------------------------------

const partyName = z.string().trim().min(1).max(100);
const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();
const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, { error: 'phone_format' });

/** A natural person: the resident ID is checked against GB 11643 in the service (the message explains the fault). */
export const naturalPersonParty = z.strictObject({
  type: z.literal('natural_person'),
  name: partyName,
  residentId: z.string().trim().min(1).max(30),
  phone: phone.optional(),
  address: optionalText(200),
});
/** An organisation: the USCC is checked against GB 32100 in the service. */
export const organisationParty = z.strictObject({
  type: z.literal('organisation'),
  name: partyName,
  uscc: z.string().trim().min(1).max(30),
  legalRepresentative: optionalText(50),
  phone: phone.optional(),
  address: optionalText(200),
});
export const partyInput = z.discriminatedUnion('type', [naturalPersonParty, organisationParty]);
export type PartyInput = z.infer<typeof partyInput>;

export const partyView = z.object({
  id: z.string(),
  type: z.enum(['natural_person', 'organisation']),
  name: z.string(),
  /** Masked (resident ID) or whole (USCC: public by law). */
  idNumber: z.string(),
  legalRepresentative: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
});
export type PartyView = z.infer<typeof partyView>;

// ---- create and list ---------------------------------------------------------------------------------------------

export const caseCreateBody = z.strictObject({
  agencyId: z.uuid(),
  procedure: z.enum(PROCEDURE_CODES),
  /** 案由: what the case is about, e.g. 经营超过保质期的食品案. */
  title: z.string().trim().min(2).max(200),
  source: z.enum(CASE_SOURCES),
  sourceRef: optionalText(200),
  /** The enforcement domain: handlers' certificates must cover it. */
  domain: z.enum(ENFORCEMENT_DOMAINS),
  /** The power item (权责清单事项) the case is handled under. */
  powerItemId: z.uuid().optional(),
  /** When the act happened (or ended, if continuing): the limitation period runs from it (处罚法 第三十六条). */
  actDate: isoDate.optional(),
  /** The act harmed life, health or financial safety: limitation 5 years instead of 2. */
  harmsLifeHealthFinance: z.boolean().default(false),
  facts: optionalText(5000),
  parties: z.array(partyInput).min(1).max(20),
  /** Handling officers (办案人员); the first is the lead. */
  handlerOfficerIds: z.array(z.uuid()).min(1).max(10),
  /** The legal date of registration (defaults to today, Asia/Shanghai); not in the future. */
  registeredOn: isoDate.optional(),
});
export type CaseCreateBody = z.infer<typeof caseCreateBody>;

export const caseListQuery = z.strictObject({
  tenant: z.string().trim().max(6).optional(),
  agencyId: z.uuid().optional(),
  procedure: z.enum(PROCEDURE_CODES).optional(),
  kind: z.enum(CASE_KINDS).optional(),
  state: z.string().trim().max(40).optional(),
  /** Active (not ended), ended, or all. */
  status: z.enum(['active', 'ended', 'all']).default('all'),
  /** Cases I handle (or review). */
  mine: z.coerce.boolean().optional(),
  /** Only cases with a running deadline past due / due within 3 working days. */
  due: z.enum(['overdue', 'soon']).optional(),
  referral: z.coerce.boolean().optional(),
  q: z.string().trim().max(100).optional(),
  openedFrom: isoDate.optional(),
  openedTo: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

export const caseDeadlineView = z.object({
  slot: z.string(),
  rule: z.enum(DEADLINE_RULE_IDS),
  title: label,
  basis: z.string(),
  startOn: z.string(),
  dueOn: z.string(),
  /** For hour rules: the instant, ISO with +08:00. */
  dueAt: z.string().nullable(),
  status: z.enum(['running', 'met', 'missed', 'cancelled']),
  metOn: z.string().nullable(),
  /** Met after the due date (late), or still running past it. */
  late: z.boolean(),
  provisional: z.boolean(),
  flags: z.array(z.string()),
  calendarVersion: z.string(),
  explanation: z.unknown(),
});
export type CaseDeadlineView = z.infer<typeof caseDeadlineView>;

export const caseListItem = z.object({
  id: z.string(),
  tenantId: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  procedure: z.object({ code: z.enum(PROCEDURE_CODES), version: z.number().int(), label }),
  kind: z.enum(CASE_KINDS),
  state: z.string(),
  stateLabel: label,
  ended: z.boolean(),
  source: z.enum(CASE_SOURCES),
  parties: z.array(z.string()),
  handlers: z.array(z.string()),
  registeredOn: z.string(),
  openedOn: z.string().nullable(),
  fineFen: z.number().nullable(),
  referralFlagged: z.boolean(),
  /** The nearest running deadline. */
  nextDeadline: caseDeadlineView
    .pick({ slot: true, rule: true, title: true, dueOn: true, provisional: true })
    .nullable(),
  overdue: z.boolean(),
});
export type CaseListItem = z.infer<typeof caseListItem>;
export const caseListView = z.object({ items: z.array(caseListItem), total: z.number().int() });

// ---- the case page -----------------------------------------------------------------------------------------------

export const caseEventView = z.object({
  seq: z.number().int(),
  action: z.string(),
  label,
  fromState: z.string().nullable(),
  toState: z.string(),
  actorName: z.string().nullable(),
  occurredOn: z.string(),
  recordedAt: z.string(),
  /** What was recorded, for the timeline (no personal data). */
  summary: z.string().nullable(),
  hash: z.string(),
});

export const caseActionView = z.object({
  action: z.string(),
  label,
  to: z.string(),
  /** The user may take it now: the role fits and no guard known in advance blocks it. */
  allowed: z.boolean(),
  /** Why not (role, or guards already failing), zh/en. */
  blockedBy: z.array(label),
  main: z.boolean(),
});
export type CaseActionView = z.infer<typeof caseActionView>;

export const caseView = caseListItem.extend({
  sourceRef: z.string().nullable(),
  domain: z.enum(ENFORCEMENT_DOMAINS),
  powerItem: z.object({ id: z.string(), code: z.string(), name: z.string(), versionNo: z.number().int() }).nullable(),
  actDate: z.string().nullable(),
  harmsLifeHealthFinance: z.boolean(),
  limitationNote: z.string().nullable(),
  facts: z.string().nullable(),
  previousState: z.string().nullable(),
  partiesDetail: z.array(partyView),
  handlersDetail: z.array(
    z.object({
      officerId: z.string(),
      name: z.string(),
      lead: z.boolean(),
      certificateNumber: z.string().nullable(),
    }),
  ),
  proposal: z.unknown().nullable(),
  decision: z.unknown().nullable(),
  review: z
    .object({
      required: z.boolean(),
      reasons: z.array(label),
      outcome: z.enum(['agree', 'agree_with_changes', 'disagree']).nullable(),
      reviewerName: z.string().nullable(),
      opinion: z.string().nullable(),
    })
    .nullable(),
  referral: z.object({ flagged: z.boolean(), reasons: z.array(label) }),
  hearing: z.unknown().nullable(),
  payment: z
    .object({
      fineFen: z.number(),
      paidFen: z.number(),
      /** 加处罚款 so far: 3 % of the fine a day after the due date, capped at the fine, paused during remedies. */
      surchargeFen: z.number(),
      surchargeDays: z.number().int(),
    })
    .nullable(),
  deadlines: z.array(caseDeadlineView),
  events: z.array(caseEventView),
  documents: z.array(caseDocumentView),
  actions: z.array(caseActionView),
  abilities: z.object({ revealParties: z.boolean() }),
});
export type CaseView = z.infer<typeof caseView>;

// ---- transitions -------------------------------------------------------------------------------------------------

export const transitionBody = z.strictObject({
  action: z.string().trim().min(1).max(60),
  /** The action's own fields (see ACTION_PAYLOADS); checked by the action's schema, errors name `payload.<field>`. */
  payload: z.record(z.string(), z.unknown()).default({}),
});
export type TransitionBody = z.infer<typeof transitionBody>;

const reason = z.string().trim().min(2).max(2000);
const note = z.string().trim().max(2000).optional();
/** The legal date the step happened (Asia/Shanghai); defaults to today; not in the future, not before the last step. */
const stepDate = isoDate.optional();

export const genericPayload = z.strictObject({ date: stepDate, note });
export const reasonPayload = z.strictObject({ date: stepDate, reason });
export const approvalPayload = z.strictObject({ date: stepDate, opinion: reason });

export const openPayload = z.strictObject({
  date: stepDate,
  opinion: reason,
  /** Why the limitation period (处罚法 第三十六条) has not run, when the act is older than it. */
  limitationReason: z.string().trim().min(2).max(2000).optional(),
});

export const proposePayload = z.strictObject({
  date: stepDate,
  factsText: z.string().trim().min(2).max(5000),
  /** Articles violated and applied, as written citations (《…》第X条). */
  violatedArticles: z.string().trim().min(2).max(1000),
  appliedArticles: z.string().trim().min(2).max(1000),
  penaltyKinds: z.array(z.enum(PENALTY_KINDS)).max(14).default([]),
  fineFen: fenAmount.default(0),
  confiscationFen: fenAmount.default(0),
  /** 不予处罚 (处罚法 第三十三条). */
  noPenalty: z.boolean().default(false),
  benchmarkId: z.uuid().optional(),
  benchmarkFacts: factsSchema.optional(),
  levelKey: z.string().trim().max(40).optional(),
  /** Required when the penalty is outside the benchmark's range. */
  outsideRangeReason: z.string().trim().min(2).max(2000).optional(),
  multipleLegalRelations: z.boolean().default(false),
  sectors: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  /** 案情复杂或者有重大违法行为: leaders' collective discussion required (处罚法 第五十七条). */
  complexOrSerious: z.boolean().default(false),
  referralFacts: referralFacts.optional(),
});
export type ProposePayload = z.infer<typeof proposePayload>;

export const reviewPayload = z.strictObject({
  date: stepDate,
  opinion: reason,
  /** agree_with_changes: the changed penalty. */
  changes: z
    .strictObject({
      penaltyKinds: z.array(z.enum(PENALTY_KINDS)).max(14).optional(),
      fineFen: fenAmount.optional(),
    })
    .optional(),
});

export const statementPayload = z.strictObject({
  date: stepDate,
  statement: z.string().trim().min(1).max(5000),
  adopted: z.boolean(),
  reply: z.string().trim().max(2000).optional(),
});

export const scheduleHearingPayload = z.strictObject({
  date: stepDate,
  hearingOn: isoDate,
  place: z.string().trim().min(2).max(200),
  hostOfficerId: z.uuid(),
});

export const recordHearingPayload = z.strictObject({
  date: stepDate,
  summary: z.string().trim().min(2).max(5000),
});

export const collectiveDiscussionPayload = z.strictObject({
  date: stepDate,
  participants: z.string().trim().min(2).max(500),
  conclusion: z.string().trim().min(2).max(2000),
});

export const extendPayload = z.strictObject({
  date: stepDate,
  reason,
  /** Days (or working days, per the rule) added; defaults to the rule's maximum. */
  amount: z.int().min(1).max(365).optional(),
});

export const decidePayload = z.strictObject({
  date: stepDate,
  penaltyKinds: z.array(z.enum(PENALTY_KINDS)).max(14).default([]),
  fineFen: fenAmount.default(0),
  confiscationFen: fenAmount.default(0),
  noPenalty: z.boolean().default(false),
  /** The decision's content for procedures other than a penalty (levy, benefit, confirmation). */
  note: z.string().trim().max(2000).optional(),
  /** When the decision period has passed even after the extension: why (the miss stays on the record). */
  overdueReason: z.string().trim().min(2).max(2000).optional(),
});

export const summaryDecidePayload = z.strictObject({
  date: stepDate,
  factsText: z.string().trim().min(2).max(5000),
  violatedArticles: z.string().trim().min(2).max(1000),
  appliedArticles: z.string().trim().min(2).max(1000),
  penaltyKinds: z.array(z.enum(PENALTY_KINDS)).min(1).max(2),
  fineFen: fenAmount.default(0),
});

export const servePayload = z.strictObject({
  date: stepDate,
  method: z.enum(SERVICE_METHODS),
  recipient: z.string().trim().min(1).max(100),
  place: z.string().trim().max(200).optional(),
  /** Electronic service needs the party's signed consent (处罚法 第六十一条): its reference. */
  consentRef: z.string().trim().min(2).max(200).optional(),
});

export const paymentPayload = z.strictObject({
  date: stepDate,
  amountFen: fenAmount,
  /** 当场收缴 (处罚法 第六十八条): ≤ 100 yuan, or hard to collect later. */
  onTheSpot: z.boolean().default(false),
  receiptNumber: z.string().trim().max(60).optional(),
});

export const remedyPayload = z.strictObject({
  date: stepDate,
  kind: z.enum(['review', 'litigation']),
  note,
});

export const courtPayload = z.strictObject({ date: stepDate, court: z.string().trim().min(2).max(100), note });

export const referPayload = z.strictObject({
  date: stepDate,
  opinion: reason,
  police: z.string().trim().min(2).max(100),
});

export const supplementPayload = z.strictObject({ date: stepDate, missingItems: z.string().trim().min(2).max(2000) });
export const issueLicencePayload = z.strictObject({
  date: stepDate,
  licenceNumber: z.string().trim().min(2).max(60),
});
export const inspectionResultPayload = z.strictObject({
  date: stepDate,
  result: z.enum(['no_issue', 'rectify', 'violation_found']),
  summary: z.string().trim().min(2).max(2000),
});

/**
 * The payload schema of each action with fields of its own; any other action takes `genericPayload`.
 * Actions that need a reason or an approval opinion take those.
 */
export const ACTION_PAYLOADS = {
  open: openPayload,
  decline_to_open: reasonPayload,
  terminate: reasonPayload,
  withdraw: reasonPayload,
  suspend: reasonPayload,
  resume: reasonPayload,
  reject_application: reasonPayload,
  release: reasonPayload,
  dispose: reasonPayload,
  refuse: reasonPayload,
  approve_measure: approvalPayload,
  preserve_evidence: approvalPayload,
  report_emergency: approvalPayload,
  propose: proposePayload,
  review_agree: reviewPayload,
  review_agree_with_changes: reviewPayload,
  review_disagree: reviewPayload,
  record_statement: statementPayload,
  schedule_hearing: scheduleHearingPayload,
  record_hearing: recordHearingPayload,
  hold_collective_discussion: collectiveDiscussionPayload,
  extend_decision_period: extendPayload,
  extend_review: extendPayload,
  extend_measure: extendPayload,
  decide: decidePayload,
  decide_on_spot: summaryDecidePayload,
  serve: servePayload,
  record_payment: paymentPayload,
  start_remedy: remedyPayload,
  end_remedy: remedyPayload,
  apply_court_execution: courtPayload,
  refer_criminal: referPayload,
  request_supplement: supplementPayload,
  issue_licence: issueLicencePayload,
  finish_inspection: inspectionResultPayload,
} as const satisfies Record<string, z.ZodType>;
export type PayloadAction = keyof typeof ACTION_PAYLOADS;

export const transitionResultView = z.object({
  case: caseView,
  event: caseEventView,
});

// ---- the workbench -----------------------------------------------------------------------------------------------

export const caseWorkbenchView = z.object({
  mine: z.object({ total: z.number().int(), items: z.array(caseListItem) }),
  dueSoon: z.object({ total: z.number().int(), items: z.array(caseListItem) }),
  overdue: z.object({ total: z.number().int(), items: z.array(caseListItem) }),
  awaitingMyReview: z.object({ total: z.number().int(), items: z.array(caseListItem) }),
});
export type CaseWorkbenchView = z.infer<typeof caseWorkbenchView>;

// ---- case number patterns ----------------------------------------------------------------------------------------

/** `{year}` and `{seq}` are required: 香市监罚〔{year}〕{seq}号. */
export const caseNumberPatternBody = z.strictObject({
  kind: z.enum(CASE_KINDS),
  pattern: z
    .string()
    .trim()
    .min(6)
    .max(60)
    .refine((p) => p.includes('{year}') && p.includes('{seq}'), { error: 'case_number_pattern_tokens' }),
});
