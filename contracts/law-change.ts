// Law changes (立改废) and the review tasks they open: request/response shapes.
import { z } from 'zod';

export const LAW_CHANGE_KINDS = ['amended', 'repealed', 'new_version'] as const;
export type LawChangeKind = (typeof LAW_CHANGE_KINDS)[number];
export const LAW_CHANGE_KIND_LABELS: Record<LawChangeKind, { zh: string; en: string }> = {
  amended: { zh: '修改', en: 'Amended' },
  repealed: { zh: '废止', en: 'Repealed' },
  new_version: { zh: '新版本', en: 'New version' },
};

export const CITATION_SUBJECT_LABELS: Record<string, { zh: string; en: string }> = {
  power_item: { zh: '权责事项', en: 'Power' },
  benchmark: { zh: '裁量基准', en: 'Discretion benchmark' },
  review_rule: { zh: '法制审核目录规则', en: 'Review catalogue rule' },
  referral_threshold: { zh: '移送标准', en: 'Referral threshold' },
  case: { zh: '案件', en: 'Case' },
};

export const REVIEW_OUTCOMES = ['revised', 'unchanged', 'cancelled'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, { zh: string; en: string }> = {
  revised: { zh: '已修订', en: 'Revised' },
  unchanged: { zh: '经审查无需修改', en: 'Reviewed, no change needed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};
export const TEXT_CHANGED = ['yes', 'no', 'removed'] as const;

/** Marking a version, or some of its articles, as amended or repealed. */
export const lawChangeBody = z.strictObject({
  kind: z.enum(['amended', 'repealed']),
  /** Article seqs of the version; empty or absent: the whole law. */
  articleSeqs: z.array(z.number().int().min(1)).max(500).default([]),
  effectiveDate: z.iso.date(),
  note: z.string().trim().max(500).optional(),
});
export type LawChangeBody = z.infer<typeof lawChangeBody>;

export const impactQuery = z.strictObject({
  /** Comma-separated article seqs; absent: the whole version. */
  articles: z
    .string()
    .regex(/^\d+(,\d+)*$/)
    .optional(),
});

export const citingRecordView = z.object({
  subjectKind: z.string(),
  subjectId: z.string(),
  subjectLabel: z.string(),
  role: z.string(),
  articleSeq: z.number(),
  articleLabel: z.string(),
});
export const impactAgencyView = z.object({
  tenantId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  records: z.array(citingRecordView),
});
export const impactView = z.object({ agencies: z.array(impactAgencyView), total: z.number() });
export type ImpactView = z.infer<typeof impactView>;

export const reviewItemView = citingRecordView.extend({
  seq: z.number(),
  textChanged: z.enum(TEXT_CHANGED),
  outcome: z.enum(REVIEW_OUTCOMES).nullable(),
  note: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export const reviewTaskView = z.object({
  id: z.string(),
  tenantId: z.string(),
  changeId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  status: z.enum(['open', 'done']),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  itemCount: z.number(),
  resolvedCount: z.number(),
  items: z.array(reviewItemView).optional(),
  change: z
    .object({
      kind: z.enum(LAW_CHANGE_KINDS),
      lawTitle: z.string(),
      versionDate: z.string(),
      effectiveDate: z.string(),
    })
    .optional(),
  abilities: z.object({ resolve: z.boolean() }),
});
export type ReviewTaskView = z.infer<typeof reviewTaskView>;

export const lawChangeView = z.object({
  id: z.string(),
  kind: z.enum(LAW_CHANGE_KINDS),
  lawId: z.string(),
  lawTitle: z.string(),
  versionId: z.string(),
  versionDate: z.string(),
  newVersionId: z.string().nullable(),
  newVersionDate: z.string().nullable(),
  articleLabels: z.array(z.string()),
  changedArticleLabels: z.array(z.string()),
  effectiveDate: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** Over the tasks the caller can see: agencies with a task, and those that have finished. */
  progress: z.object({ agencies: z.number(), done: z.number(), items: z.number(), resolved: z.number() }),
  tasks: z.array(reviewTaskView).optional(),
});
export type LawChangeView = z.infer<typeof lawChangeView>;

export const resolveItemBody = z.strictObject({
  outcome: z.enum(REVIEW_OUTCOMES),
  note: z.string().trim().min(2).max(500),
});
export const taskListQuery = z.strictObject({ status: z.enum(['open', 'done']).optional() });
