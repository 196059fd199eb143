// Annual filings (年度备案), shared by server and web: in the first quarter every enforcement agency files its
// yearly enforcement work plan and its training plan with the justice bureau; township governments also file the
// training plan of their comprehensive enforcement squad. Rests on the 迪庆州 notice of 2024-06-26 (年度执法计划、
// 培训计划于第一季度报司法局备案) and 《行政执法监督条例》(国务院令第825号). The rules (who files what, when a filing
// is on time) are pure functions in server/src/modules/annual-filings/annual-filing.rules.ts.
import { z } from 'zod';
import { AGENCY_KINDS } from './agency';
import { tenantCode } from './tenant';

type Label = { zh: string; en: string };

export const ANNUAL_FILING_KINDS = ['enforcement_work_plan', 'training_plan', 'squad_training_plan'] as const;
export type AnnualFilingKind = (typeof ANNUAL_FILING_KINDS)[number];
export const ANNUAL_FILING_KIND_LABELS: Record<AnnualFilingKind, Label> = {
  enforcement_work_plan: { zh: '年度行政执法工作计划', en: 'Enforcement work plan' },
  training_plan: { zh: '年度执法培训计划', en: 'Training plan' },
  squad_training_plan: { zh: '乡镇综合行政执法队伍培训计划', en: 'Township squad training plan' },
};
/** Which item table a kind carries: tasks for the work plan, courses for the training plans. */
export const isTrainingKind = (k: AnnualFilingKind): boolean => k !== 'enforcement_work_plan';

export const ANNUAL_FILING_STATES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type AnnualFilingState = (typeof ANNUAL_FILING_STATES)[number];
export const ANNUAL_FILING_STATE_LABELS: Record<AnnualFilingState, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已报送', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  accepted: { zh: '已接收', en: 'Accepted' },
};

export const ANNUAL_FILING_ACTIONS = ['create', 'edit', 'submit', 'withdraw', 'return', 'accept'] as const;
export type AnnualFilingAction = (typeof ANNUAL_FILING_ACTIONS)[number];
export const ANNUAL_FILING_ACTION_LABELS: Record<AnnualFilingAction, Label> = {
  create: { zh: '起草', en: 'Drafted' },
  edit: { zh: '修改', en: 'Edited' },
  submit: { zh: '报送备案', en: 'Submitted' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
  return: { zh: '退回', en: 'Returned' },
  accept: { zh: '接收备案', en: 'Accepted' },
};

/** A cell of the overview: the filing's state, or 'missing' (未提交) when the agency has not started one. */
export const OVERVIEW_STATUSES = ['missing', ...ANNUAL_FILING_STATES] as const;
export type OverviewStatus = (typeof OVERVIEW_STATUSES)[number];
export const OVERVIEW_STATUS_LABELS: Record<OverviewStatus, Label> = {
  missing: { zh: '未提交', en: 'Not filed' },
  ...ANNUAL_FILING_STATE_LABELS,
};

/**
 * on_time: first submitted on or before 31 March (Asia/Shanghai); late: first submitted after it; overdue: not yet
 * submitted and the day has passed; pending: not yet submitted, still in time.
 */
export const TIMELINESS = ['on_time', 'late', 'overdue', 'pending'] as const;
export type Timeliness = (typeof TIMELINESS)[number];
export const TIMELINESS_LABELS: Record<Timeliness, Label> = {
  on_time: { zh: '按时报送', en: 'On time' },
  late: { zh: '逾期报送', en: 'Filed late' },
  overdue: { zh: '已逾期未报', en: 'Overdue' },
  pending: { zh: '未到期', en: 'Not yet due' },
};

const text = (max: number) => z.string().trim().min(1).max(max);
const month = z.number().int().min(1).max(12);
export const filingYear = z.number().int().min(2000).max(2100);

/** A task of the enforcement work plan: 工作任务、措施、责任单位、完成时限（月）. */
export const workPlanItem = z.strictObject({
  task: text(200),
  measure: text(1000),
  responsibleUnit: text(100),
  deadlineMonth: month,
});
export type WorkPlanItem = z.infer<typeof workPlanItem>;

/** A course of a training plan: 培训内容/专题、对象、学时、月份. */
export const trainingPlanItem = z.strictObject({
  topic: text(200),
  audience: text(200),
  hours: z.number().min(0.5).max(200),
  month,
});
export type TrainingPlanItem = z.infer<typeof trainingPlanItem>;

export const annualFilingCreateBody = z.strictObject({
  agencyId: z.uuid(),
  year: filingYear,
  kind: z.enum(ANNUAL_FILING_KINDS),
  summary: z.string().trim().max(4000).optional(),
  workItems: z.array(workPlanItem).max(200).optional(),
  trainingItems: z.array(trainingPlanItem).max(200).optional(),
});
export type AnnualFilingCreateBody = z.infer<typeof annualFilingCreateBody>;

export const annualFilingUpdateBody = z.strictObject({
  summary: z.string().trim().max(4000).optional(),
  workItems: z.array(workPlanItem).max(200).optional(),
  trainingItems: z.array(trainingPlanItem).max(200).optional(),
});
export type AnnualFilingUpdateBody = z.infer<typeof annualFilingUpdateBody>;

export const annualFilingListQuery = z.strictObject({
  /** The tenant to list (a justice bureau above several counties); the caller's own by default. */
  tenant: tenantCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  agencyId: z.uuid().optional(),
  kind: z.enum(ANNUAL_FILING_KINDS).optional(),
  state: z.enum(ANNUAL_FILING_STATES).optional(),
});
export const annualFilingOverviewQuery = z.strictObject({
  tenant: tenantCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100),
});

export const documentUploadBody = z.strictObject({
  fileName: text(200),
  contentBase64: z.string().min(1),
});
export type DocumentUploadBody = z.infer<typeof documentUploadBody>;

export const filingReturnBody = z.strictObject({ comments: z.string().trim().min(2).max(2000) });
export const filingCommentBody = z.strictObject({ comments: z.string().trim().max(2000).optional() });

export const storedDocumentView = z.object({
  fileId: z.string(),
  fileName: z.string(),
  size: z.number(),
  contentType: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
});
export type StoredDocumentView = z.infer<typeof storedDocumentView>;

export const annualFilingEventView = z.object({
  action: z.enum(ANNUAL_FILING_ACTIONS),
  fromState: z.enum(ANNUAL_FILING_STATES).nullable(),
  toState: z.enum(ANNUAL_FILING_STATES),
  actorName: z.string(),
  comments: z.string().nullable(),
  at: z.string(),
});
export type AnnualFilingEventView = z.infer<typeof annualFilingEventView>;

const agencyBrief = z.object({ id: z.string(), name: z.string(), kind: z.enum(AGENCY_KINDS) });

export const annualFilingView = z.object({
  id: z.string(),
  tenantId: z.string(),
  agency: agencyBrief,
  year: z.number(),
  kind: z.enum(ANNUAL_FILING_KINDS),
  state: z.enum(ANNUAL_FILING_STATES),
  summary: z.string(),
  workItems: z.array(workPlanItem),
  trainingItems: z.array(trainingPlanItem),
  documents: z.array(storedDocumentView),
  /** The Asia/Shanghai date by which it is due (31 March of the year). */
  dueDate: z.string(),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  timeliness: z.enum(TIMELINESS),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  reviewComments: z.string().nullable(),
  events: z.array(annualFilingEventView),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    withdraw: z.boolean(),
    delete: z.boolean(),
    accept: z.boolean(),
    return: z.boolean(),
  }),
});
export type AnnualFilingView = z.infer<typeof annualFilingView>;

export const overviewCell = z.object({
  kind: z.enum(ANNUAL_FILING_KINDS),
  status: z.enum(OVERVIEW_STATUSES),
  timeliness: z.enum(TIMELINESS),
  filingId: z.string().nullable(),
  firstSubmittedAt: z.string().nullable(),
});
export type OverviewCell = z.infer<typeof overviewCell>;

export const annualFilingOverview = z.object({
  year: z.number(),
  dueDate: z.string(),
  /** Today (Asia/Shanghai), so the page can say whether the deadline has passed. */
  today: z.string(),
  rows: z.array(
    z.object({
      agency: agencyBrief,
      cells: z.array(overviewCell),
      /** The agency may start a filing here (holds personnel.write over it). */
      canFile: z.boolean(),
    }),
  ),
  counts: z.object({
    required: z.number(),
    missing: z.number(),
    draft: z.number(),
    submitted: z.number(),
    returned: z.number(),
    accepted: z.number(),
    onTime: z.number(),
    late: z.number(),
    overdue: z.number(),
  }),
  /** The caller may accept or return filings (the justice bureau over the whole tenant). */
  canReview: z.boolean(),
});
export type AnnualFilingOverview = z.infer<typeof annualFilingOverview>;
