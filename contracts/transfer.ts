// Transfers (调动) and secondments (借调) of enforcement officers, shared by server and web. Rests on the
// 迪庆州 notice of 2024-06-26 item (四): 规范执法人员调动，清理整顿行政执法机构编制被占用和人员随意借调问题；
// 岗位变动须向组织部门备案，提交变动计划与补充计划，保证调出与调入的均衡性，保障一线执法队伍人员数量稳定，力量充足.
import { z } from 'zod';
import { tenantCode } from './tenant';

type Label = { zh: string; en: string };
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// ---------------------------------------------------------------------------------------------------------------
// Transfer plans (调动计划 and 补充计划)

export const TRANSFER_PLAN_STATES = ['draft', 'submitted', 'returned', 'accepted', 'executed', 'withdrawn'] as const;
export type TransferPlanState = (typeof TRANSFER_PLAN_STATES)[number];
export const TRANSFER_PLAN_STATE_LABELS: Record<TransferPlanState, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已报备待审', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  accepted: { zh: '已备案', en: 'Accepted' },
  executed: { zh: '已执行', en: 'Executed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const TRANSFER_PLAN_ACTIONS = ['edit', 'submit', 'withdraw', 'accept', 'return', 'execute'] as const;
export type TransferPlanAction = (typeof TRANSFER_PLAN_ACTIONS)[number];

/** out: 调出 (part of the 变动计划); in: 调入 (the 补充计划); post: 岗位变动 between front line and other posts. */
export const TRANSFER_ITEM_KINDS = ['out', 'in', 'post'] as const;
export type TransferItemKind = (typeof TRANSFER_ITEM_KINDS)[number];
export const TRANSFER_ITEM_KIND_LABELS: Record<TransferItemKind, Label> = {
  out: { zh: '调出', en: 'Transfer out' },
  in: { zh: '调入（补充）', en: 'Transfer in (supplement)' },
  post: { zh: '岗位变动', en: 'Post change' },
};

const itemCommon = {
  /** Kept across edits so that execution can mark each item. */
  id: z.uuid().optional(),
  effectiveDate: z.iso.date(),
  reason: text(500),
};

export const transferItemInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('out'),
    ...itemCommon,
    officerId: z.uuid(),
    /** Another agency of the same tenant, or an outside body named in `destinationName`. */
    destinationAgencyId: z.uuid().nullable().optional(),
    destinationName: optionalText(200),
  }),
  z.strictObject({
    kind: z.literal('in'),
    ...itemCommon,
    /** An officer of another agency of the tenant; null for a new person (name and post only, 待录入). */
    officerId: z.uuid().nullable().optional(),
    newPersonName: optionalText(50),
    post: optionalText(100),
    frontLine: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('post'),
    ...itemCommon,
    officerId: z.uuid(),
    post: optionalText(100),
    frontLine: z.boolean(),
  }),
]);
export type TransferItemInput = z.input<typeof transferItemInput>;

export const transferPlanCreateBody = z.strictObject({
  agencyId: z.uuid(),
  title: text(200),
  items: z.array(transferItemInput).max(200).default([]),
});
export type TransferPlanCreateBody = z.input<typeof transferPlanCreateBody>;

export const transferPlanUpdateBody = z.strictObject({
  title: text(200),
  items: z.array(transferItemInput).max(200),
});
export type TransferPlanUpdateBody = z.input<typeof transferPlanUpdateBody>;

export const transferSubmitBody = z.strictObject({
  /** Required when the projected front-line strength falls below the agency's minimum. */
  balanceReason: optionalText(1000),
});
export const transferReturnBody = z.strictObject({ comments: text(1000) });
export const transferAcceptBody = z.strictObject({ comments: optionalText(1000) });
export const transferWithdrawBody = z.strictObject({});
export const transferExecuteBody = z.strictObject({});

/** The organisation department's filing (组织部门备案), recorded by the agency: null values = not yet filed. */
export const orgFilingBody = z.strictObject({
  filedOn: z.iso.date().nullable(),
  documentNo: optionalText(100),
});
export type OrgFilingBody = z.input<typeof orgFilingBody>;

export const balancePreviewBody = z.strictObject({
  agencyId: z.uuid(),
  items: z.array(transferItemInput).max(200),
});
export type BalancePreviewBody = z.input<typeof balancePreviewBody>;

/** Front-line strength (一线执法力量) of an agency: now, after the plan, and the configured minimum. */
export const balanceView = z.object({
  current: z.number(),
  projected: z.number(),
  /** null: the justice bureau has set no minimum for this agency. */
  minimum: z.number().nullable(),
  belowMinimum: z.boolean(),
  outs: z.number(),
  ins: z.number(),
  toBackOffice: z.number(),
  toFrontLine: z.number(),
});
export type BalanceView = z.infer<typeof balanceView>;

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

export const transferItemView = z.object({
  id: z.uuid(),
  kind: z.enum(TRANSFER_ITEM_KINDS),
  officerId: z.uuid().nullable(),
  officerName: z.string().nullable(),
  /** The officer's agency when the item was written (the source of an incoming officer). */
  officerAgency: agencyRef.nullable(),
  officerFrontLine: z.boolean().nullable(),
  destinationAgency: agencyRef.nullable(),
  destinationName: z.string().nullable(),
  newPersonName: z.string().nullable(),
  post: z.string().nullable(),
  frontLine: z.boolean().nullable(),
  effectiveDate: z.string(),
  reason: z.string(),
  /** Set once the item was applied by 「执行」. */
  executedAt: z.string().nullable(),
  outcome: z.string().nullable(),
});
export type TransferItemView = z.infer<typeof transferItemView>;

export const transferPlanEventView = z.object({
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  comments: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const transferPlanView = z.object({
  id: z.uuid(),
  tenantId: z.string(),
  agency: agencyRef,
  title: z.string(),
  year: z.number(),
  state: z.enum(TRANSFER_PLAN_STATES),
  items: z.array(transferItemView),
  balance: balanceView,
  balanceReason: z.string().nullable(),
  /** Flagged for the justice bureau: submitted below the minimum front-line strength. */
  flagged: z.boolean(),
  orgFiling: z.object({ filedOn: z.string().nullable(), documentNo: z.string().nullable() }),
  reviewComments: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  executedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(transferPlanEventView),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    withdraw: z.boolean(),
    accept: z.boolean(),
    return: z.boolean(),
    execute: z.boolean(),
    recordOrgFiling: z.boolean(),
  }),
});
export type TransferPlanView = z.infer<typeof transferPlanView>;

export const transferPlanListQuery = z.strictObject({
  tenant: tenantCode.optional(),
  agencyId: z.uuid().optional(),
  state: z.enum(TRANSFER_PLAN_STATES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TransferPlanListQuery = z.infer<typeof transferPlanListQuery>;

export const transferPlanListView = z.object({
  items: z.array(transferPlanView.omit({ events: true })),
  total: z.number(),
  /** May the caller file a plan at all (some agency in write scope)? */
  canCreate: z.boolean(),
});
export type TransferPlanListView = z.infer<typeof transferPlanListView>;

// ---------------------------------------------------------------------------------------------------------------
// Secondments (借调)

export const SECONDMENT_FLAGS = ['below_minimum', 'share_exceeded', 'overdue', 'long_running'] as const;
export type SecondmentFlag = (typeof SECONDMENT_FLAGS)[number];
export const SECONDMENT_FLAG_LABELS: Record<SecondmentFlag, Label> = {
  below_minimum: { zh: '一线力量低于最低配置', en: 'Front line below minimum' },
  share_exceeded: { zh: '借调比例超限', en: 'Seconded share too high' },
  overdue: { zh: '超期未归', en: 'Past expected end' },
  long_running: { zh: '长期借调', en: 'Long-running' },
};

export const secondmentCreateBody = z.strictObject({
  officerId: z.uuid(),
  destination: text(200),
  startDate: z.iso.date(),
  expectedEndDate: z.iso.date(),
  reason: text(500),
  approvalDocNo: text(100),
});
export type SecondmentCreateBody = z.input<typeof secondmentCreateBody>;

export const secondmentEndBody = z.strictObject({
  endedOn: z.iso.date(),
  note: optionalText(500),
});
export type SecondmentEndBody = z.input<typeof secondmentEndBody>;

export const secondmentView = z.object({
  id: z.uuid(),
  tenantId: z.string(),
  agency: agencyRef,
  officerId: z.uuid(),
  officerName: z.string(),
  officerFrontLine: z.boolean(),
  destination: z.string(),
  startDate: z.string(),
  expectedEndDate: z.string(),
  endedOn: z.string().nullable(),
  reason: z.string(),
  approvalDocNo: z.string(),
  note: z.string().nullable(),
  active: z.boolean(),
  /** Days since the start (to the end date when ended). */
  days: z.number(),
  flags: z.array(z.enum(SECONDMENT_FLAGS)),
  abilities: z.object({ end: z.boolean() }),
});
export type SecondmentView = z.infer<typeof secondmentView>;

export const secondmentListQuery = z.strictObject({
  tenant: tenantCode.optional(),
  agencyId: z.uuid().optional(),
  active: z.enum(['true', 'false']).optional(),
  flagged: z.enum(['true']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type SecondmentListQuery = z.infer<typeof secondmentListQuery>;

export const secondmentListView = z.object({
  items: z.array(secondmentView),
  total: z.number(),
  canCreate: z.boolean(),
});
export type SecondmentListView = z.infer<typeof secondmentListView>;

/** 借调预警: one line per agency problem (a, b) or per secondment (c). */
export const secondmentFlagView = z.object({
  kind: z.enum(SECONDMENT_FLAGS),
  agency: agencyRef,
  secondmentId: z.uuid().nullable(),
  officerName: z.string().nullable(),
  /** The numbers behind the flag (strength and minimum; share and threshold; days and limit). */
  detail: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});
export type SecondmentFlagView = z.infer<typeof secondmentFlagView>;

export const secondmentFlagsQuery = z.strictObject({ tenant: tenantCode.optional() });

// ---------------------------------------------------------------------------------------------------------------
// Front-line strength, minimums and settings

export const strengthQuery = z.strictObject({ tenant: tenantCode.optional() });

export const agencyStrengthView = z.object({
  agency: agencyRef,
  minimum: z.number().nullable(),
  minimumBasis: z.string().nullable(),
  minimumNote: z.string().nullable(),
  /** Officers in post on front-line posts (seconded ones not counted). */
  current: z.number(),
  /** Front-line officers now seconded out. */
  seconded: z.number(),
  /** All enforcement officers of the agency (in post or seconded). */
  enforcement: z.number(),
  /** After every submitted or accepted plan not yet executed. */
  projected: z.number(),
  belowMinimum: z.boolean(),
});
export type AgencyStrengthView = z.infer<typeof agencyStrengthView>;

export const strengthListView = z.object({
  items: z.array(agencyStrengthView),
  /** May the caller set minimums (the justice bureau, tenant-wide personnel.configure)? */
  canConfigure: z.boolean(),
});
export type StrengthListView = z.infer<typeof strengthListView>;

export const staffingMinimumBody = z.strictObject({
  /** null removes the minimum. */
  minimumFrontLine: z.number().int().min(0).max(10000).nullable(),
  basis: optionalText(500),
  note: optionalText(500),
});
export type StaffingMinimumBody = z.input<typeof staffingMinimumBody>;

export const transferSettingsView = z.object({
  /** Seconded share of an agency's enforcement officers above which a flag is raised, in percent (default 10). */
  secondedSharePercent: z.number().int().min(1).max(100),
  /** Months after which a secondment counts as long-running (default 6). */
  maxSecondmentMonths: z.number().int().min(1).max(60),
});
export type TransferSettingsView = z.infer<typeof transferSettingsView>;
export const transferSettingsBody = transferSettingsView.partial().strict();
