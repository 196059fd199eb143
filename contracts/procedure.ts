// Procedures as data (DESIGN §2.5): the shape of a versioned procedure definition — steps (states), transitions
// (actions), the guards each transition must pass, the documents it needs or produces and the deadlines it starts
// and stops. Definitions live in server/src/modules/procedures/definitions/; a case keeps the version it began with.
// The one transition function (server/src/modules/cases/case-transition.ts) reads these; the web draws them.
import { z } from 'zod';

type Label = { zh: string; en: string };

export const PROCEDURE_CODES = [
  'penalty_general',
  'penalty_summary',
  'licence',
  'coercion_seal_seize',
  'coercion_freeze',
  'inspection',
  'levy',
  'benefit',
  'confirmation',
] as const;
export type ProcedureCode = (typeof PROCEDURE_CODES)[number];

/** The kind of enforcement action a procedure belongs to (行政处罚 / 许可 / 强制 / 检查 / 征收 / 给付 / 确认). */
export const CASE_KINDS = ['penalty', 'licence', 'coercion', 'inspection', 'levy', 'benefit', 'confirmation'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * Who may take an action on a case: a handling officer of the case; the legal reviewer assigned to it (never a
 * handler); the agency's leader (approvals, collective discussion, extensions); its legal office.
 */
export const CASE_ACTOR_KINDS = ['handler', 'reviewer', 'leader', 'legal_office'] as const;
export type CaseActorKind = (typeof CASE_ACTOR_KINDS)[number];

/**
 * Guards a transition may name. Each is implemented once in server/src/modules/cases/case-guards.ts; a definition
 * naming an unknown guard fails the definitions test.
 */
export const GUARD_CODES = [
  'two_certified_officers', // ≥ 2 handlers, each with a certificate valid on the day covering the case's domain (处罚法 42)
  'within_limitation', // opened within 2 (5) years of the act, or the reason the period has not run is recorded (处罚法 36)
  'power_in_agency_list', // the power item is in the agency's list in force on the day (权责清单)
  'summary_limits', // warning, or ≤ 200 yuan citizen / ≤ 3,000 yuan organisation (处罚法 51)
  'proposal_within_benchmark', // outside the benchmark's range needs a written reason (and makes review mandatory)
  'legal_review_passed', // if the review catalogue matches (or the proposal left the range): agreed by a reviewer (处罚法 58)
  'reviewer_not_handler', // the reviewer is qualified and not a handler of the case
  'rights_notified', // 告知 served before deciding (处罚法 44, 62)
  'hearing_window_closed', // the hearing-request window is over, or the party waived or a hearing was held (处罚法 64)
  'hearing_request_in_time', // the request came within the window (处罚法 64)
  'hearing_notice_in_time', // notice 7 WD before the hearing (处罚法 64)
  'hearing_host_not_investigator', // the host did not investigate (处罚法 64)
  'no_increase_after_defence', // the penalty is not heavier than the notified one (处罚法 45)
  'collective_discussion_if_required', // complex or serious cases: leaders' collective discussion recorded (处罚法 57)
  'within_decision_period', // decision within 90 days of opening, excluding suspensions, plus approved extensions (处罚法 60)
  'payment_period_over', // the payment period (15 days) has passed without payment (处罚法 67, 72)
  'demand_served_10_wd', // the demand was served 10 WD ago (强制法 53/54)
  'referral_not_fine_only', // a case meeting a criminal threshold cannot close on a fine alone (处罚法 27, 82)
  'approval_recorded', // the leader's approval is recorded (强制法 18; 许可法 42 extension; 处罚法 60 extension)
  'reason_given', // a written reason (suspend, resume, terminate, withdraw, extend)
  'application_complete', // the licence application has everything (许可法 32)
  'extension_not_used', // an extension may be granted once (许可法 42; 强制法 25)
] as const;
export type GuardCode = (typeof GUARD_CODES)[number];

/** Kinds of standard document (文书). The generator (server/src/modules/documents) has a template for each. */
export const DOCUMENT_KINDS = [
  'case_opening_approval', // 立案审批表
  'inspection_record', // 现场检查笔录
  'inquiry_record', // 询问笔录
  'preservation_notice', // 先行登记保存通知书
  'preservation_decision', // 先行登记保存处理决定书
  'penalty_prior_notice', // 行政处罚事先告知书
  'hearing_notice', // 听证通知书
  'hearing_record', // 听证笔录
  'legal_review_opinion', // 法制审核意见书
  'collective_discussion_record', // 集体讨论记录
  'penalty_decision', // 行政处罚决定书
  'summary_penalty_decision', // 当场行政处罚决定书
  'service_receipt', // 送达回证
  'payment_demand', // 催告书
  'enforcement_application', // 强制执行申请书
  'case_closing_report', // 结案报告
  'licence_acceptance_notice', // 受理通知书
  'licence_supplement_notice', // 补正材料通知书
  'licence_extension_notice', // 延长审查期限告知书
  'licence_decision', // 准予（不予）行政许可决定书
  'coercion_decision', // 查封（扣押）决定书
  'coercion_record', // 查封（扣押）现场笔录
  'coercion_extension_notice', // 延长查封（扣押）期限通知书
  'coercion_release_decision', // 解除查封（扣押）决定书
  'freeze_decision', // 冻结决定书
  'freeze_release_decision', // 解除冻结决定书
  'inspection_result', // 检查结果告知书
  'general_decision', // 决定书 (levy, benefit, confirmation)
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Deadline rule ids (statute abbreviation + article): the deadline engine's catalogue
 * (server/src/modules/deadlines/deadline-rules.ts) must define every one of these.
 */
export const DEADLINE_RULE_IDS = [
  'XZCF-48',
  'XZCF-56',
  'XZCF-60',
  'XZCF-61',
  'XZCF-64-REQUEST',
  'XZCF-64-NOTICE',
  'XZCF-67',
  'XZXK-32',
  'XZXK-42',
  'XZXK-42-EXT',
  'XZXK-42-JOINT',
  'XZXK-44',
  'XZXK-47',
  'XZXK-48',
  'XZQZ-19',
  'XZQZ-25',
  'XZQZ-25-EXT',
  'XZQZ-31',
  'XZQZ-32',
  'XZQZ-54',
  'XZFY-20',
  'XZFY-48',
  'XZFY-62',
  'XZFY-76',
  'XZSS-45',
  'XZSS-46',
  'YS-5-DECIDE',
  'YS-5-TRANSFER',
  'YS-8',
  'DISCLOSE-7',
  'DISCLOSE-20',
  'LEGAL-REVIEW',
] as const;
export type DeadlineRuleId = (typeof DEADLINE_RULE_IDS)[number];

export interface ProcedureStep {
  /** State code, unique in the procedure: 'opened', 'investigating', 'in_review', 'decided', 'closed'… */
  code: string;
  label: Label;
  /** start: a case is created in it; end: no way out (closed, terminated, withdrawn, referred). */
  kind: 'start' | 'active' | 'end';
  /** Column of the diagram (0-based, left to right); the web lays out steps by it. */
  column: number;
  /** Row of the diagram: 0 on the main path, ±1… for branches. */
  row: number;
}

export interface DeadlineStart {
  /** The slot this deadline fills on the case ('decision', 'service', 'payment'…); starting a slot again restarts it. */
  slot: string;
  rule: DeadlineRuleId;
}

export interface ProcedureTransition {
  /** Action code, stable across versions: 'open', 'propose', 'submit_review', 'decide'… */
  action: string;
  label: Label;
  /** States it may be taken from; '*active' means every active state. */
  from: string[];
  /** State it leads to; '$same' keeps the state (a recorded step), '$previous' returns to the state before suspension. */
  to: string;
  /** Who may take it. */
  actors: CaseActorKind[];
  guards: GuardCode[];
  /** Documents generated when the transition is taken (numbered, stored with the case). */
  documents: DocumentKind[];
  startsDeadlines: DeadlineStart[];
  /** Slots met by this transition (their deadline is marked met on the event's date). */
  stopsDeadlines: string[];
  /** Suspends the running deadlines (中止) / resumes them, adding the suspended days. */
  suspends?: boolean;
  resumes?: boolean;
  /** The main path is drawn bold; side actions (suspend, terminate…) are listed beside the diagram. */
  main?: boolean;
}

export interface ProcedureDefinition {
  code: ProcedureCode;
  version: number;
  /** The date from which cases begin on this version (YYYY-MM-DD). */
  effectiveFrom: string;
  kind: CaseKind;
  label: Label;
  /** The statutes the procedure follows, as written citations (《中华人民共和国行政处罚法》第五章). */
  basis: string[];
  steps: ProcedureStep[];
  transitions: ProcedureTransition[];
}

// ---- API views ------------------------------------------------------------------------------------------------

const label = z.object({ zh: z.string(), en: z.string() });

export const procedureStepView = z.object({
  code: z.string(),
  label,
  kind: z.enum(['start', 'active', 'end']),
  column: z.number().int(),
  row: z.number().int(),
});

export const procedureTransitionView = z.object({
  action: z.string(),
  label,
  from: z.array(z.string()),
  to: z.string(),
  actors: z.array(z.enum(CASE_ACTOR_KINDS)),
  guards: z.array(z.enum(GUARD_CODES)),
  documents: z.array(z.enum(DOCUMENT_KINDS)),
  startsDeadlines: z.array(z.object({ slot: z.string(), rule: z.enum(DEADLINE_RULE_IDS) })),
  stopsDeadlines: z.array(z.string()),
  suspends: z.boolean().optional(),
  resumes: z.boolean().optional(),
  main: z.boolean().optional(),
});

export const procedureDefinitionView = z.object({
  code: z.enum(PROCEDURE_CODES),
  version: z.number().int(),
  effectiveFrom: z.string(),
  kind: z.enum(CASE_KINDS),
  label,
  basis: z.array(z.string()),
  steps: z.array(procedureStepView),
  transitions: z.array(procedureTransitionView),
});
export type ProcedureDefinitionView = z.infer<typeof procedureDefinitionView>;
