// Review catalogues (重大执法决定法制审核目录清单): per agency, versioned and published, the rules that make a
// decision "major" so that it must pass legal review before it is made (行政处罚法 第五十八条).
import { z } from 'zod';
import { articleRef, articleRefView } from './law';
import { PENALTY_KIND_LABELS, PENALTY_KINDS, type PenaltyKind } from './benchmark';

type Label = { zh: string; en: string };

// The kinds of administrative penalty (行政处罚法 第九条): one list for benchmarks, catalogues and cases.
export { PENALTY_KINDS, PENALTY_KIND_LABELS, type PenaltyKind };

/** The penalty kinds that stop or close a business (行政处罚法 第六十三条第一款第（四）项). */
export const STOP_OR_CLOSE_KINDS = ['suspend_business', 'order_closure'] as const satisfies readonly PenaltyKind[];

export const PARTY_TYPES = ['natural_person', 'organisation'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const PARTY_TYPE_LABELS: Record<PartyType, Label> = {
  natural_person: { zh: '公民（自然人）', en: 'Natural person' },
  organisation: { zh: '法人或者其他组织', en: 'Legal person or other organisation' },
};

/** Sector tags agencies commonly list; a rule may use any tag, these are suggestions. */
export const SECTOR_SUGGESTIONS = [
  '涉及重大公共利益',
  '食品药品安全',
  '生态环境保护',
  '安全生产',
  '自然资源',
  '森林草原',
  '野生动物保护',
  '文物保护',
  '民族宗教',
  '教育医疗',
  '群体性事件风险',
] as const;

export const REVIEW_RULE_KINDS = [
  'penalty_kind',
  'fine_threshold',
  'confiscation_threshold',
  'licence_revocation',
  'stop_or_close',
  'hearing_held',
  'multiple_legal_relations',
  'sector',
  'free_text',
] as const;
export type ReviewRuleKind = (typeof REVIEW_RULE_KINDS)[number];
export const REVIEW_RULE_KIND_LABELS: Record<ReviewRuleKind, Label> = {
  penalty_kind: { zh: '特定处罚种类', en: 'Penalty of a listed kind' },
  fine_threshold: { zh: '较大数额罚款', en: 'Large fine (by party type)' },
  confiscation_threshold: { zh: '没收较大数额违法所得或较大价值非法财物', en: 'Large confiscation' },
  licence_revocation: { zh: '吊销许可证件', en: 'Licence revocation' },
  stop_or_close: { zh: '责令停产停业、责令关闭', en: 'Order to stop production or close' },
  hearing_held: { zh: '经过听证程序', en: 'A hearing was held' },
  multiple_legal_relations: { zh: '案情疑难复杂、涉及多个法律关系', en: 'Complex, several legal relations' },
  sector: { zh: '涉及所列领域', en: 'Listed sector' },
  free_text: { zh: '其他情形（审核人员勾选）', en: 'Other item (ticked by the reviewer)' },
};

/** Money in fen (分): whole numbers, up to 100 billion yuan. */
export const fen = z.int().min(0).max(10_000_000_000_000);
/** A threshold in fen: at least one fen. */
export const positiveFen = z.int().min(1).max(10_000_000_000_000);

export const reviewRuleCondition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('penalty_kind'), kinds: z.array(z.enum(PENALTY_KINDS)).min(1).max(14) }),
  z.strictObject({ kind: z.literal('fine_threshold'), partyType: z.enum(PARTY_TYPES), minFineFen: positiveFen }),
  z.strictObject({ kind: z.literal('confiscation_threshold'), minValueFen: positiveFen }),
  z.strictObject({ kind: z.literal('licence_revocation') }),
  z.strictObject({ kind: z.literal('stop_or_close') }),
  z.strictObject({ kind: z.literal('hearing_held') }),
  z.strictObject({ kind: z.literal('multiple_legal_relations') }),
  z.strictObject({
    kind: z.literal('sector'),
    sectors: z.array(z.string().trim().min(1).max(30)).min(1).max(20),
  }),
  z.strictObject({ kind: z.literal('free_text') }),
]);
export type ReviewRuleCondition = z.infer<typeof reviewRuleCondition>;

/** A rule as written in a draft. `basis` are library articles; `basisText` the written basis (may name texts the
 * library lacks); when only `basisText` is sent, the server resolves it and refuses what it cannot resolve. */
export const reviewRuleBody = z.strictObject({
  title: z.string().trim().min(2).max(200),
  condition: reviewRuleCondition,
  basisText: z.string().trim().max(500).nullable().optional(),
  basis: z.array(articleRef).max(20).optional(),
  position: z.int().min(0).max(10_000).optional(),
});
export type ReviewRuleBody = z.infer<typeof reviewRuleBody>;

export const reviewRuleUpdateBody = reviewRuleBody.partial();
export type ReviewRuleUpdateBody = z.infer<typeof reviewRuleUpdateBody>;

export const reviewRuleView = z.object({
  ruleId: z.string(),
  position: z.number(),
  title: z.string(),
  condition: reviewRuleCondition,
  basisText: z.string().nullable(),
  basis: z.array(articleRefView),
  /** Seeded demonstration content the agency has not yet edited. */
  demo: z.boolean(),
  /** The condition in words, e.g. 公民罚款 ≥ 10,000.00 元. */
  summary: z.object({ zh: z.string(), en: z.string() }),
});
export type ReviewRuleView = z.infer<typeof reviewRuleView>;

/** draft: being edited; scheduled: published, effective later; in_force: the one in force today; superseded. */
export const CATALOGUE_VERSION_STATES = ['draft', 'scheduled', 'in_force', 'superseded'] as const;
export type CatalogueVersionState = (typeof CATALOGUE_VERSION_STATES)[number];
export const CATALOGUE_VERSION_STATE_LABELS: Record<CatalogueVersionState, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  scheduled: { zh: '已发布，待生效', en: 'Published, not yet in force' },
  in_force: { zh: '现行有效', en: 'In force' },
  superseded: { zh: '已被替代', en: 'Superseded' },
};

export const catalogueVersionSummary = z.object({
  versionNo: z.number(),
  state: z.enum(CATALOGUE_VERSION_STATES),
  effectiveFrom: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  note: z.string().nullable(),
  ruleCount: z.number(),
  /** Some rule is still seeded demonstration content. */
  demo: z.boolean(),
});
export type CatalogueVersionSummary = z.infer<typeof catalogueVersionSummary>;

export const catalogueVersionView = catalogueVersionSummary.extend({ rules: z.array(reviewRuleView) });
export type CatalogueVersionView = z.infer<typeof catalogueVersionView>;

export const catalogueAgency = z.object({ id: z.string(), name: z.string(), tenantId: z.string() });

export const reviewCatalogueView = z.object({
  agency: catalogueAgency,
  /** The date `inForce` is in force on (Asia/Shanghai). */
  on: z.string(),
  inForce: catalogueVersionView.nullable(),
  draft: catalogueVersionView.nullable(),
  versions: z.array(catalogueVersionSummary),
  abilities: z.object({ edit: z.boolean(), publish: z.boolean(), discardDraft: z.boolean() }),
});
export type ReviewCatalogueView = z.infer<typeof reviewCatalogueView>;

export const reviewCatalogueListItem = z.object({
  agency: catalogueAgency,
  inForce: catalogueVersionSummary.nullable(),
  draft: catalogueVersionSummary.nullable(),
  versionCount: z.number(),
});
export type ReviewCatalogueListItem = z.infer<typeof reviewCatalogueListItem>;

export const catalogueOnQuery = z.strictObject({ on: z.iso.date().optional() });

export const publishCatalogueBody = z.strictObject({
  /** The first day the version is in force (Asia/Shanghai); not before today nor before the last published one. */
  effectiveFrom: z.iso.date(),
  note: z.string().trim().max(500).optional(),
});
export type PublishCatalogueBody = z.infer<typeof publishCatalogueBody>;

export const catalogueDiffQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const catalogueDiffView = z.object({
  from: catalogueVersionSummary,
  to: catalogueVersionSummary,
  added: z.array(reviewRuleView),
  removed: z.array(reviewRuleView),
  changed: z.array(
    z.object({
      ruleId: z.string(),
      before: reviewRuleView,
      after: reviewRuleView,
      /** Which parts changed: title, condition, basis, position. */
      fields: z.array(z.string()),
    }),
  ),
  unchanged: z.number(),
});
export type CatalogueDiffView = z.infer<typeof catalogueDiffView>;

// ---------------------------------------------------------------------------------------------------------------
// Evaluation: does a proposed decision fall under the catalogue?

export const reviewDecision = z.strictObject({
  partyType: z.enum(PARTY_TYPES),
  penaltyKinds: z.array(z.enum(PENALTY_KINDS)).max(14).default([]),
  fineFen: fen.default(0),
  /** Illegal gains and illegal property to be confiscated, together (fen). */
  confiscationValueFen: fen.default(0),
  hearingHeld: z.boolean().default(false),
  licenceRevoked: z.boolean().default(false),
  multipleLegalRelations: z.boolean().default(false),
  sectors: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  /** The free-text items (rule ids) the reviewer ticked. */
  tickedRuleIds: z.array(z.uuid()).max(50).default([]),
});
export type ReviewDecision = z.infer<typeof reviewDecision>;

export const evaluateCatalogueBody = z.strictObject({
  decision: reviewDecision,
  /** The date of the decision: the catalogue in force on it applies (today when absent). */
  on: z.iso.date().optional(),
  /** Try the draft instead (for the legal office checking its edits). */
  draft: z.boolean().optional(),
});
export type EvaluateCatalogueBody = z.infer<typeof evaluateCatalogueBody>;
/** What a client sends (defaults may be left out). */
export type EvaluateCatalogueInput = z.input<typeof evaluateCatalogueBody>;

export const reviewRuleResult = z.object({
  ruleId: z.string(),
  title: z.string(),
  kind: z.enum(REVIEW_RULE_KINDS),
  matched: z.boolean(),
  reason: z.object({ zh: z.string(), en: z.string() }),
});
export type ReviewRuleResult = z.infer<typeof reviewRuleResult>;

export const catalogueEvaluationView = z.object({
  agency: catalogueAgency,
  version: catalogueVersionSummary,
  /** True when at least one rule matches: the decision is major and must pass legal review first. */
  major: z.boolean(),
  results: z.array(reviewRuleResult),
});
export type CatalogueEvaluationView = z.infer<typeof catalogueEvaluationView>;

// ---------------------------------------------------------------------------------------------------------------
// Public disclosure of the catalogues in force.

export const publicCatalogueView = z.object({
  agency: z.object({ id: z.string(), name: z.string() }),
  versionNo: z.number(),
  effectiveFrom: z.string(),
  demo: z.boolean(),
  rules: z.array(
    z.object({
      title: z.string(),
      kind: z.enum(REVIEW_RULE_KINDS),
      summary: z.object({ zh: z.string(), en: z.string() }),
      basisText: z.string().nullable(),
    }),
  ),
});
export type PublicCatalogueView = z.infer<typeof publicCatalogueView>;

// ---------------------------------------------------------------------------------------------------------------
// Shared formatting (server reasons and web labels say the same thing).

/** 1234567 fen → '12,345.67'. */
export function formatYuan(amountFen: number): string {
  const negative = amountFen < 0;
  const abs = Math.abs(Math.trunc(amountFen));
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** A rule's condition in words. */
export function describeReviewCondition(c: ReviewRuleCondition): Label {
  switch (c.kind) {
    case 'penalty_kind':
      return {
        zh: `拟给予：${c.kinds.map((k) => PENALTY_KIND_LABELS[k].zh).join('、')}`,
        en: `Penalty of kind: ${c.kinds.map((k) => PENALTY_KIND_LABELS[k].en).join(', ')}`,
      };
    case 'fine_threshold':
      return {
        zh: `对${PARTY_TYPE_LABELS[c.partyType].zh}罚款 ≥ ${formatYuan(c.minFineFen)} 元`,
        en: `Fine on a ${PARTY_TYPE_LABELS[c.partyType].en.toLowerCase()} ≥ ¥${formatYuan(c.minFineFen)}`,
      };
    case 'confiscation_threshold':
      return {
        zh: `没收违法所得及非法财物价值 ≥ ${formatYuan(c.minValueFen)} 元`,
        en: `Confiscated gains and property worth ≥ ¥${formatYuan(c.minValueFen)}`,
      };
    case 'licence_revocation':
      return { zh: '吊销许可证件', en: 'Revokes a licence' };
    case 'stop_or_close':
      return { zh: '责令停产停业或责令关闭', en: 'Orders production or business to stop, or closure' };
    case 'hearing_held':
      return { zh: '经过听证程序', en: 'A hearing was held' };
    case 'multiple_legal_relations':
      return { zh: '案情疑难复杂、涉及多个法律关系', en: 'Complex case with several legal relations' };
    case 'sector':
      return { zh: `涉及领域：${c.sectors.join('、')}`, en: `Sector: ${c.sectors.join(', ')}` };
    case 'free_text':
      return { zh: '由审核人员判断并勾选', en: 'Judged and ticked by the reviewer' };
  }
}
