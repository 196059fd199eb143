// Discretion benchmarks (行政执法自由裁量基准): the facts a level depends on, the penalty kinds of 行政处罚法 Art. 9,
// the content of a benchmark version, the exemption lists (不予处罚 / 首违不罚), requests and views; and the
// condition language (货值金额≥10000元 且 违法次数≥2) that the editor, the spreadsheet and the evaluator share.
import { z } from 'zod';
import { articleRef, articleRefView } from './law';

export interface Text {
  zh: string;
  en: string;
}
export const textView = z.object({ zh: z.string(), en: z.string() });

// ---------------------------------------------------------------------------------------------------------------
// Facts (违法事实与情节). Money in fen, counts and days as integers, harm on an ordinal scale, the rest yes/no.

export const MONEY_FACTS = ['amountInvolved', 'illegalGains', 'goodsValue'] as const;
export type MoneyFact = (typeof MONEY_FACTS)[number];
export const NUMERIC_FACTS = [...MONEY_FACTS, 'repeatCount', 'harmLevel', 'durationDays'] as const;
export type NumericFact = (typeof NUMERIC_FACTS)[number];
/** Circumstances that make a violation heavier when present (从重情节). */
export const AGGRAVATING_FACTS = [
  'refusedCorrection',
  'obstructed',
  'concealedEvidence',
  'vulnerableGroups',
  'emergencyPeriod',
] as const;
/** Circumstances that make it lighter when present (从轻、减轻、不予处罚情节). */
export const MITIGATING_FACTS = [
  'firstViolation',
  'correctedPromptly',
  'mitigatedHarm',
  'coerced',
  'confessed',
  'meritorious',
  'noFault',
] as const;
export const BOOLEAN_FACTS = [...AGGRAVATING_FACTS, ...MITIGATING_FACTS] as const;
export type BooleanFact = (typeof BOOLEAN_FACTS)[number];
export const FACT_KEYS = [...NUMERIC_FACTS, ...BOOLEAN_FACTS] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export type FactKind = 'money' | 'count' | 'days' | 'ordinal' | 'boolean';

export interface FactDef {
  label: Text;
  kind: FactKind;
  /** Which way is harsher: a larger number, a true aggravating circumstance, a false mitigating one. */
  harsher: 'higher' | 'true' | 'false';
  /** Where the statute names it (行政处罚法 unless said otherwise). */
  article?: Text;
}

export const FACTS: Record<FactKey, FactDef> = {
  amountInvolved: { label: { zh: '涉案金额', en: 'Amount involved' }, kind: 'money', harsher: 'higher' },
  illegalGains: { label: { zh: '违法所得', en: 'Illegal gains' }, kind: 'money', harsher: 'higher' },
  goodsValue: { label: { zh: '货值金额', en: 'Value of the goods' }, kind: 'money', harsher: 'higher' },
  repeatCount: { label: { zh: '违法次数', en: 'Number of violations' }, kind: 'count', harsher: 'higher' },
  harmLevel: { label: { zh: '危害后果', en: 'Harm' }, kind: 'ordinal', harsher: 'higher' },
  durationDays: { label: { zh: '持续时间', en: 'Duration' }, kind: 'days', harsher: 'higher' },
  refusedCorrection: { label: { zh: '拒不改正', en: 'Refused to correct' }, kind: 'boolean', harsher: 'true' },
  obstructed: { label: { zh: '阻碍执法', en: 'Obstructed enforcement' }, kind: 'boolean', harsher: 'true' },
  concealedEvidence: {
    label: { zh: '隐匿销毁证据', en: 'Concealed or destroyed evidence' },
    kind: 'boolean',
    harsher: 'true',
  },
  vulnerableGroups: {
    label: { zh: '涉及特定人群', en: 'Affects vulnerable groups' },
    kind: 'boolean',
    harsher: 'true',
  },
  emergencyPeriod: {
    label: { zh: '突发事件期间', en: 'During an emergency' },
    kind: 'boolean',
    harsher: 'true',
    article: { zh: '第四十九条', en: 'Art. 49' },
  },
  firstViolation: { label: { zh: '初次违法', en: 'First violation' }, kind: 'boolean', harsher: 'false' },
  correctedPromptly: { label: { zh: '及时改正', en: 'Corrected promptly' }, kind: 'boolean', harsher: 'false' },
  mitigatedHarm: {
    label: { zh: '主动消除或者减轻危害后果', en: 'Removed or reduced the harm' },
    kind: 'boolean',
    harsher: 'false',
    article: { zh: '第三十二条第（一）项', en: 'Art. 32(1)' },
  },
  coerced: {
    label: { zh: '受他人胁迫或者诱骗', en: 'Coerced or deceived by others' },
    kind: 'boolean',
    harsher: 'false',
    article: { zh: '第三十二条第（二）项', en: 'Art. 32(2)' },
  },
  confessed: {
    label: { zh: '主动供述尚未掌握的违法行为', en: 'Confessed violations unknown to the agency' },
    kind: 'boolean',
    harsher: 'false',
    article: { zh: '第三十二条第（三）项', en: 'Art. 32(3)' },
  },
  meritorious: {
    label: { zh: '配合查处有立功表现', en: 'Meritorious cooperation' },
    kind: 'boolean',
    harsher: 'false',
    article: { zh: '第三十二条第（四）项', en: 'Art. 32(4)' },
  },
  noFault: {
    label: { zh: '没有主观过错', en: 'Proven free of fault' },
    kind: 'boolean',
    harsher: 'false',
    article: { zh: '第三十三条第二款', en: 'Art. 33(2)' },
  },
};

/** The harm scale (危害后果). */
export const HARM_LEVELS: readonly Text[] = [
  { zh: '无', en: 'none' },
  { zh: '轻微', en: 'slight' },
  { zh: '一般', en: 'ordinary' },
  { zh: '较重', en: 'serious' },
  { zh: '严重', en: 'very serious' },
];

/** Mitigating circumstances of 行政处罚法 Art. 32: the penalty shall be lighter or mitigated (应当从轻或者减轻). */
export const ART32_FACTS = ['mitigatedHarm', 'coerced', 'confessed', 'meritorious'] as const;

/** The largest amount a fact or a fine may hold: 10^13 fen (one hundred billion yuan). */
export const MAX_FEN = 10_000_000_000_000;
const fen = z.int().min(0).max(MAX_FEN);

export const factsSchema = z.strictObject({
  amountInvolved: fen.optional(),
  illegalGains: fen.optional(),
  goodsValue: fen.optional(),
  repeatCount: z.int().min(0).max(10_000).optional(),
  harmLevel: z
    .int()
    .min(0)
    .max(HARM_LEVELS.length - 1)
    .optional(),
  durationDays: z.int().min(0).max(100_000).optional(),
  ...(Object.fromEntries(BOOLEAN_FACTS.map((k) => [k, z.boolean().optional()])) as Record<
    BooleanFact,
    z.ZodOptional<z.ZodBoolean>
  >),
});
export type Facts = Partial<Record<NumericFact, number> & Record<BooleanFact, boolean>>;

// ---------------------------------------------------------------------------------------------------------------
// Structured conditions: {fact, op, value} leaves combined with all / any.

export const CONDITION_OPS = ['gte', 'gt', 'lte', 'lt', 'eq', 'ne'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];
export const OP_SYMBOLS: Record<ConditionOp, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=', ne: '≠' };

export interface Condition {
  fact: FactKey;
  op: ConditionOp;
  value: number | boolean;
}
export interface ConditionGroup {
  combine: 'all' | 'any';
  items: Array<Condition | ConditionGroup>;
}
export const isGroup = (c: Condition | ConditionGroup): c is ConditionGroup => 'combine' in c;

export const conditionSchema = z.strictObject({
  fact: z.enum(FACT_KEYS),
  op: z.enum(CONDITION_OPS),
  value: z.union([z.number(), z.boolean()]),
});
export const conditionGroupSchema: z.ZodType<ConditionGroup> = z.lazy(() =>
  z.strictObject({
    combine: z.enum(['all', 'any']),
    items: z
      .array(z.union([conditionSchema, conditionGroupSchema]))
      .min(1)
      .max(30),
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// Penalties (行政处罚法 第九条).

export const PENALTY_KINDS = [
  'warning',
  'circulate_criticism',
  'fine',
  'confiscate_gains',
  'confiscate_property',
  'suspend_licence',
  'lower_qualification',
  'revoke_licence',
  'restrict_operations',
  'suspend_business',
  'order_closure',
  'restrict_practice',
  'detention',
  'other',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];
export const PENALTY_KIND_LABELS: Record<PenaltyKind, Text> = {
  warning: { zh: '警告', en: 'Warning' },
  circulate_criticism: { zh: '通报批评', en: 'Public criticism' },
  fine: { zh: '罚款', en: 'Fine' },
  confiscate_gains: { zh: '没收违法所得', en: 'Confiscation of illegal gains' },
  confiscate_property: { zh: '没收非法财物', en: 'Confiscation of illegal property' },
  suspend_licence: { zh: '暂扣许可证件', en: 'Licence suspended' },
  lower_qualification: { zh: '降低资质等级', en: 'Qualification lowered' },
  revoke_licence: { zh: '吊销许可证件', en: 'Licence revoked' },
  restrict_operations: { zh: '限制开展生产经营活动', en: 'Operations restricted' },
  suspend_business: { zh: '责令停产停业', en: 'Order to stop production or business' },
  order_closure: { zh: '责令关闭', en: 'Order to close' },
  restrict_practice: { zh: '限制从业', en: 'Barred from the trade' },
  detention: { zh: '行政拘留', en: 'Administrative detention' },
  other: { zh: '其他行政处罚', en: 'Other penalty' },
};
/** The item of Art. 9 each kind belongs to. */
export const PENALTY_KIND_ITEM: Record<PenaltyKind, number> = {
  warning: 1,
  circulate_criticism: 1,
  fine: 2,
  confiscate_gains: 2,
  confiscate_property: 2,
  suspend_licence: 3,
  lower_qualification: 3,
  revoke_licence: 3,
  restrict_operations: 4,
  suspend_business: 4,
  order_closure: 4,
  restrict_practice: 4,
  detention: 5,
  other: 6,
};
/** Kinds that last for a period (暂扣三个月, 责令停产停业一个月, 限制从业五年, 拘留十日). */
export const PERIOD_KINDS: readonly PenaltyKind[] = [
  'suspend_licence',
  'restrict_operations',
  'suspend_business',
  'restrict_practice',
  'detention',
];
export const PERIOD_UNITS = ['day', 'month', 'year'] as const;
export const PERIOD_UNIT_LABELS: Record<(typeof PERIOD_UNITS)[number], Text> = {
  day: { zh: '日', en: 'days' },
  month: { zh: '个月', en: 'months' },
  year: { zh: '年', en: 'years' },
};

/**
 * A fine: a fixed range in fen, or a multiple range of a base fact (违法所得、货值金额、涉案金额). Multiples have at most
 * four decimals (百分之五十 = 0.5). `below` is the statutes' "货值金额不足一万元的，并处五万元以上十万元以下罚款": under
 * `thresholdFen` of the base, the fixed range applies instead of the multiples.
 */
export const fixedFineSchema = z.strictObject({ mode: z.literal('fixed'), minFen: fen, maxFen: fen });
export const multipleFineSchema = z.strictObject({
  mode: z.literal('multiple'),
  base: z.enum(MONEY_FACTS),
  minTimes: z.number().min(0).max(1000),
  maxTimes: z.number().min(0).max(1000),
  below: z.strictObject({ thresholdFen: fen.min(1), minFen: fen, maxFen: fen }).optional(),
});
export const fineSchema = z.discriminatedUnion('mode', [fixedFineSchema, multipleFineSchema]);
export type Fine = z.infer<typeof fineSchema>;

export const periodSchema = z.strictObject({
  min: z.int().min(0).max(10_000),
  max: z.int().min(0).max(10_000),
  unit: z.enum(PERIOD_UNITS),
});
export type Period = z.infer<typeof periodSchema>;

export const penaltySchema = z.strictObject({
  kind: z.enum(PENALTY_KINDS),
  fine: fineSchema.optional(),
  period: periodSchema.optional(),
  /** 可以并处: the agency may add it; otherwise the level requires it (并处). */
  optional: z.boolean().optional(),
  note: z.string().trim().max(300).optional(),
});
export type Penalty = z.infer<typeof penaltySchema>;

// ---------------------------------------------------------------------------------------------------------------
// Level sets (裁量档次), configurable per tenant; a benchmark's levels are a subsequence of them, mild to severe.

export const levelKey = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, { error: 'invalid_format' });
export const levelDefSchema = z.strictObject({
  key: levelKey,
  name: z.strictObject({ zh: z.string().trim().min(1).max(20), en: z.string().trim().min(1).max(40) }),
});
export type LevelDef = z.infer<typeof levelDefSchema>;
export const DEFAULT_LEVELS: readonly LevelDef[] = [
  { key: 'slight', name: { zh: '轻微', en: 'Slight' } },
  { key: 'ordinary', name: { zh: '一般', en: 'Ordinary' } },
  { key: 'serious', name: { zh: '较重', en: 'Serious' } },
  { key: 'severe', name: { zh: '严重', en: 'Severe' } },
];
export const levelSetBody = z.strictObject({ levels: z.array(levelDefSchema).min(1).max(8) });
export type LevelSetBody = z.infer<typeof levelSetBody>;
export const levelSetView = z.object({
  tenantId: z.string(),
  levels: z.array(levelDefSchema),
  isDefault: z.boolean(),
  abilities: z.object({ update: z.boolean() }),
});
export type LevelSetView = z.infer<typeof levelSetView>;

// ---------------------------------------------------------------------------------------------------------------
// Benchmark content: what a version holds.

const levelInput = z.strictObject({
  key: levelKey,
  /** 适用情形 as written. */
  conditionsText: z.string().trim().max(2000).default(''),
  /** The same, structured; null when the level can only be found by reading the text. */
  conditions: conditionGroupSchema.nullable().default(null),
  penalties: z.array(penaltySchema).max(14),
});
export type LevelInput = z.infer<typeof levelInput>;

/** What a writer sends: the written citations (resolved by the server) or references, and the levels. */
export const benchmarkDraftBody = z.strictObject({
  code: z.string().trim().min(1).max(40),
  violation: z.string().trim().min(2).max(300),
  /** 违反条款 as agencies write it: 《中华人民共和国食品安全法》第三十四条第（十）项 */
  violatedText: z.string().trim().min(3).max(500),
  violatedRefs: z.array(articleRef).max(20).optional(),
  /** 处罚依据 as written. */
  penaltyText: z.string().trim().min(3).max(500),
  penaltyRefs: z.array(articleRef).max(20).optional(),
  levels: z.array(levelInput).min(1).max(8),
  notes: z.string().trim().max(2000).default(''),
});
export type BenchmarkDraftBody = z.input<typeof benchmarkDraftBody>;
export type BenchmarkDraft = z.output<typeof benchmarkDraftBody>;
export const benchmarkCreateBody = benchmarkDraftBody.extend({ agencyId: z.uuid() });
export type BenchmarkCreateBody = z.input<typeof benchmarkCreateBody>;

/** A level as stored: its name is frozen with the version, so a later change of the level set changes nothing. */
export interface Level {
  key: string;
  name: Text;
  conditionsText: string;
  conditions: ConditionGroup | null;
  penalties: Penalty[];
}
/** The content of one version (stored as JSON). */
export interface BenchmarkContent {
  violation: string;
  violatedText: string;
  violatedRefs: Array<z.infer<typeof articleRef>>;
  penaltyText: string;
  penaltyRefs: Array<z.infer<typeof articleRef>>;
  levels: Level[];
  notes: string;
}

const levelView = z.object({
  key: z.string(),
  name: textView,
  conditionsText: z.string(),
  conditions: conditionGroupSchema.nullable(),
  /** The structured conditions in the condition language, zh and en. */
  conditionsDsl: textView,
  penalties: z.array(penaltySchema),
});
export const benchmarkContentView = z.object({
  violation: z.string(),
  violatedText: z.string(),
  violatedRefs: z.array(articleRefView),
  penaltyText: z.string(),
  penaltyRefs: z.array(articleRefView),
  levels: z.array(levelView),
  notes: z.string(),
});
export type BenchmarkContentView = z.infer<typeof benchmarkContentView>;

export const VERSION_STATUSES = ['draft', 'published'] as const;
export const benchmarkVersionSummary = z.object({
  versionNo: z.number(),
  status: z.enum(VERSION_STATUSES),
  effectiveFrom: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  updatedAt: z.string(),
  /** In force today (Asia/Shanghai), superseded, or published to take effect later. */
  state: z.enum(['draft', 'in_force', 'scheduled', 'superseded']),
});
export type BenchmarkVersionSummary = z.infer<typeof benchmarkVersionSummary>;

const benchmarkAbilities = z.object({
  edit: z.boolean(),
  publish: z.boolean(),
  discardDraft: z.boolean(),
});
export const benchmarkSummary = z.object({
  id: z.string(),
  tenantId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  code: z.string(),
  violation: z.string(),
  levelNames: z.array(z.string()),
  draftVersionNo: z.number().nullable(),
  inForceVersionNo: z.number().nullable(),
  inForceFrom: z.string().nullable(),
  scheduledVersionNo: z.number().nullable(),
  updatedAt: z.string(),
  abilities: benchmarkAbilities,
});
export type BenchmarkSummary = z.infer<typeof benchmarkSummary>;
export const benchmarkView = benchmarkSummary.extend({
  versions: z.array(benchmarkVersionSummary),
  /** The draft when there is one, else the latest published version. */
  current: z.object({ versionNo: z.number(), status: z.enum(VERSION_STATUSES), content: benchmarkContentView }),
});
export type BenchmarkView = z.infer<typeof benchmarkView>;
export const benchmarkVersionView = z.object({
  benchmarkId: z.string(),
  agencyId: z.string(),
  code: z.string(),
  version: benchmarkVersionSummary,
  content: benchmarkContentView,
});
export type BenchmarkVersionView = z.infer<typeof benchmarkVersionView>;

const tenantParam = z
  .string()
  .regex(/^\d{6}$/, { error: 'region_code' })
  .optional();
export const benchmarkListQuery = z.strictObject({
  /** The tenant to list (the caller's own by default); a multi-tenant scope reaches others. */
  tenant: tenantParam,
  agencyId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
  state: z.enum(['draft', 'in_force', 'unpublished']).optional(),
});
export const publishBody = z.strictObject({ effectiveFrom: z.iso.date() });
export const inForceQuery = z.strictObject({ on: z.iso.date().optional() });
export const diffQuery = z.strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

// ---------------------------------------------------------------------------------------------------------------
// Diff between two versions.

export const diffItem = z.object({ what: textView, before: textView.nullable(), after: textView.nullable() });
export type DiffItem = z.infer<typeof diffItem>;
export const benchmarkDiff = z.object({
  from: z.number(),
  to: z.number(),
  fields: z.array(diffItem),
  levels: z.array(
    z.object({
      key: z.string(),
      name: textView,
      change: z.enum(['added', 'removed', 'changed', 'unchanged']),
      items: z.array(diffItem),
    }),
  ),
});
export type BenchmarkDiff = z.infer<typeof benchmarkDiff>;

// ---------------------------------------------------------------------------------------------------------------
// Evaluation (试算) and the check of a proposed penalty.

export const proposalSchema = z.strictObject({
  fineFen: fen.optional(),
  kinds: z.array(z.enum(PENALTY_KINDS)).max(14).optional(),
});
export type Proposal = z.infer<typeof proposalSchema>;
export const evaluateBody = z.strictObject({
  facts: factsSchema,
  proposed: proposalSchema.optional(),
  /** A version number, or the version in force on `on` (today when absent), else the draft. */
  versionNo: z.int().min(1).optional(),
  on: z.iso.date().optional(),
  /** The level as the officer found it from the written conditions, overriding the structured ones. */
  levelKey: levelKey.optional(),
});
export type EvaluateBody = z.infer<typeof evaluateBody>;

export const FINDING_SEVERITIES = ['outside', 'warning', 'info'] as const;
export const finding = z.object({
  code: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  text: textView,
  /** The rule it comes from, e.g. XZCF-32 (行政处罚法 第三十二条). */
  rule: z.string().nullable(),
});
export type Finding = z.infer<typeof finding>;
export const penaltyRange = z.object({
  kind: z.enum(PENALTY_KINDS),
  label: textView,
  optional: z.boolean(),
  note: z.string().nullable(),
  fine: z.object({ minFen: z.number(), maxFen: z.number(), explanation: textView }).nullable(),
  /** Why the fine range could not be computed (the base fact is not established). */
  finePending: textView.nullable(),
  period: periodSchema.nullable(),
});
export type PenaltyRange = z.infer<typeof penaltyRange>;
export const evaluation = z.object({
  level: z.object({ key: z.string(), name: textView, index: z.number() }),
  /** How the level was found: the facts met its conditions, nothing matched (mildest applies), or the officer chose. */
  basis: z.enum(['conditions', 'default', 'no_match', 'officer']),
  levelsHeld: z.array(z.string()),
  reasons: z.array(textView),
  nextLevel: z.object({ key: z.string(), name: textView, conditions: textView }).nullable(),
  penalties: z.array(penaltyRange),
  mitigating: z.array(finding),
  aggravating: z.array(finding),
  exemptions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['no_penalty', 'first_violation']),
      violation: z.string(),
      text: textView,
    }),
  ),
  notices: z.array(finding),
  proposal: z.object({ within: z.boolean(), findings: z.array(finding) }).nullable(),
});
export type Evaluation = z.infer<typeof evaluation>;
export const evaluationView = evaluation.extend({
  benchmarkId: z.string(),
  versionNo: z.number(),
  versionStatus: z.enum(VERSION_STATUSES),
  effectiveFrom: z.string().nullable(),
});
export type EvaluationView = z.infer<typeof evaluationView>;

// ---------------------------------------------------------------------------------------------------------------
// Exemption lists: 不予处罚清单 (no penalty, Art. 33 para 1 first sentence and para 2) and 首违不罚清单 (first
// violation with slight harm, promptly corrected: may be exempt, Art. 33 para 1 second sentence).

export const EXEMPTION_KINDS = ['no_penalty', 'first_violation'] as const;
export type ExemptionKind = (typeof EXEMPTION_KINDS)[number];
export const EXEMPTION_KIND_LABELS: Record<ExemptionKind, Text> = {
  no_penalty: { zh: '不予处罚', en: 'No penalty' },
  first_violation: { zh: '首违不罚', en: 'First violation not penalised' },
};
export const EXEMPTION_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export const exemptionBody = z.strictObject({
  kind: z.enum(EXEMPTION_KINDS),
  code: z.string().trim().min(1).max(40),
  violation: z.string().trim().min(2).max(300),
  /** The benchmark of the same violation, whose evaluation then reports this entry. */
  benchmarkId: z.uuid().nullable().optional(),
  conditionsText: z.string().trim().min(2).max(2000),
  conditions: conditionGroupSchema.nullable().default(null),
  /** 法律依据 as written: the violated article and 行政处罚法 第三十三条. */
  basisText: z.string().trim().min(3).max(500),
  basisRefs: z.array(articleRef).max(20).optional(),
  /** What follows instead of a penalty: 责令改正, 批评教育 (Art. 33 para 3). */
  measures: z.string().trim().max(500).default(''),
});
export type ExemptionBody = z.input<typeof exemptionBody>;
export const exemptionCreateBody = exemptionBody.extend({ agencyId: z.uuid() });
export type ExemptionCreateBody = z.input<typeof exemptionCreateBody>;
export const exemptionUpdateBody = exemptionBody.partial();
export const exemptionView = z.object({
  id: z.string(),
  tenantId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  kind: z.enum(EXEMPTION_KINDS),
  code: z.string(),
  violation: z.string(),
  benchmarkId: z.string().nullable(),
  conditionsText: z.string(),
  conditions: conditionGroupSchema.nullable(),
  conditionsDsl: textView,
  basisText: z.string(),
  basisRefs: z.array(articleRefView),
  measures: z.string(),
  status: z.enum(EXEMPTION_STATUSES),
  effectiveFrom: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  updatedAt: z.string(),
  abilities: z.object({ edit: z.boolean(), publish: z.boolean(), withdraw: z.boolean(), delete: z.boolean() }),
});
export type ExemptionView = z.infer<typeof exemptionView>;
export const exemptionListQuery = z.strictObject({
  tenant: tenantParam,
  agencyId: z.uuid().optional(),
  kind: z.enum(EXEMPTION_KINDS).optional(),
  status: z.enum(EXEMPTION_STATUSES).optional(),
  /** Only the entries in force on this date (the published view). */
  inForceOn: z.iso.date().optional(),
});
export const withdrawBody = z.strictObject({ withdrawnOn: z.iso.date() });

// ---------------------------------------------------------------------------------------------------------------
// Spreadsheets.

export const IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export const benchmarkImportBody = z.strictObject({
  agencyId: z.uuid(),
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(14_000_000),
  mode: z.enum(IMPORT_MODES).default('all_or_nothing'),
});
export type BenchmarkImportBody = z.input<typeof benchmarkImportBody>;
export const importRowError = z.object({ row: z.number(), column: z.string(), message: z.string() });
export const benchmarkImportReport = z.object({
  mode: z.enum(IMPORT_MODES),
  /** Whether anything was written. */
  written: z.boolean(),
  rows: z.number(),
  benchmarks: z.number(),
  created: z.array(z.string()),
  updated: z.array(z.string()),
  unchanged: z.array(z.string()),
  skipped: z.array(z.string()),
  errors: z.array(importRowError),
});
export type BenchmarkImportReport = z.infer<typeof benchmarkImportReport>;
export const exportQuery = z.strictObject({ tenant: tenantParam, agencyId: z.uuid().optional() });

// ---------------------------------------------------------------------------------------------------------------
// The public page: what is published and in force (行政处罚法 第三十四条: benchmarks shall be published).

export const publicBenchmarksQuery = z.strictObject({
  tenant: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
export const publicBenchmarks = z.object({
  tenantId: z.string(),
  on: z.string(),
  benchmarks: z.array(
    z.object({
      id: z.string(),
      agencyName: z.string(),
      code: z.string(),
      versionNo: z.number(),
      effectiveFrom: z.string(),
      content: benchmarkContentView,
    }),
  ),
  exemptions: z.array(
    z.object({
      id: z.string(),
      agencyName: z.string(),
      kind: z.enum(EXEMPTION_KINDS),
      code: z.string(),
      violation: z.string(),
      conditionsText: z.string(),
      basisText: z.string(),
      measures: z.string(),
      effectiveFrom: z.string(),
    }),
  ),
});
export type PublicBenchmarks = z.infer<typeof publicBenchmarks>;

// ---------------------------------------------------------------------------------------------------------------
// Money, conditions and penalties as readers see them.

/** 1234567 fen → '12,345.67'. */
export function formatYuan(fenValue: number): string {
  const negative = fenValue < 0;
  const abs = Math.abs(Math.round(fenValue));
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}
export const yuanText = (fenValue: number): Text => ({
  zh: `${formatYuan(fenValue)} 元`,
  en: `¥${formatYuan(fenValue)}`,
});
/** Multiples as written: 0.5 → '0.5', 10 → '10'. */
export const formatTimes = (x: number): string => String(Number(x.toFixed(4)));

export function factValueText(fact: FactKey, value: number | boolean): Text {
  const def = FACTS[fact];
  if (typeof value === 'boolean') return value ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  switch (def.kind) {
    case 'money':
      return yuanText(value);
    case 'ordinal':
      return HARM_LEVELS[value] ?? { zh: String(value), en: String(value) };
    case 'days':
      return { zh: `${value}日`, en: `${value} days` };
    default:
      return { zh: `${value}次`, en: String(value) };
  }
}

export function describeCondition(c: Condition): Text {
  const def = FACTS[c.fact];
  if (def.kind === 'boolean') {
    const yes = (c.op === 'eq') === (c.value === true);
    return yes ? def.label : { zh: `非${def.label.zh}`, en: `not ${def.label.en.toLowerCase()}` };
  }
  const v = factValueText(c.fact, c.value);
  const sym = OP_SYMBOLS[c.op];
  return { zh: `${def.label.zh}${sym}${v.zh}`, en: `${def.label.en} ${sym} ${v.en}` };
}

export function describeGroup(g: ConditionGroup | null, nested = false): Text {
  if (!g) return { zh: '', en: '' };
  const parts = g.items.map((i) => (isGroup(i) ? describeGroup(i, true) : describeCondition(i)));
  const zh = parts.map((p) => p.zh).join(g.combine === 'all' ? ' 且 ' : ' 或 ');
  const en = parts.map((p) => p.en).join(g.combine === 'all' ? ' and ' : ' or ');
  return nested && parts.length > 1 ? { zh: `（${zh}）`, en: `(${en})` } : { zh, en };
}

export function describeFine(f: Fine): Text {
  if (f.mode === 'fixed') {
    return {
      zh: `${formatYuan(f.minFen)}元以上${formatYuan(f.maxFen)}元以下`,
      en: `¥${formatYuan(f.minFen)} to ¥${formatYuan(f.maxFen)}`,
    };
  }
  const base = FACTS[f.base].label;
  const main = {
    zh: `${base.zh}${formatTimes(f.minTimes)}倍以上${formatTimes(f.maxTimes)}倍以下`,
    en: `${formatTimes(f.minTimes)}–${formatTimes(f.maxTimes)} times the ${base.en.toLowerCase()}`,
  };
  if (!f.below) return main;
  const b = f.below;
  return {
    zh: `${base.zh}不足${formatYuan(b.thresholdFen)}元的，${formatYuan(b.minFen)}元以上${formatYuan(b.maxFen)}元以下；${formatYuan(b.thresholdFen)}元以上的，${main.zh}`,
    en: `under ¥${formatYuan(b.thresholdFen)} of ${base.en.toLowerCase()}: ¥${formatYuan(b.minFen)} to ¥${formatYuan(b.maxFen)}; otherwise ${main.en}`,
  };
}

export function describePenalty(p: Penalty): Text {
  const kind = PENALTY_KIND_LABELS[p.kind];
  let zh = kind.zh;
  let en = kind.en;
  if (p.fine) {
    const f = describeFine(p.fine);
    zh += ` ${f.zh}`;
    en += ` ${f.en}`;
  }
  if (p.period) {
    const u = PERIOD_UNIT_LABELS[p.period.unit];
    zh += ` ${p.period.min}至${p.period.max}${u.zh}`;
    en += ` ${p.period.min}–${p.period.max} ${u.en}`;
  }
  if (p.optional) {
    zh = `可以并处${zh}`;
    en = `${en} (optional)`;
  }
  if (p.note) {
    zh += `（${p.note}）`;
    en += ` (${p.note})`;
  }
  return { zh, en };
}

// ---------------------------------------------------------------------------------------------------------------
// The condition language: `货值金额≥10000元 且 （违法次数≥2 或 拒不改正）`. Facts by their Chinese label (or the
// code name), operators ≥ > ≤ < = ≠ (also >= <= !=), money in 元 (or 万元), counts (次), days (日/天), harm by its
// name (轻微 … 严重), yes/no facts bare (初次违法), negated (非初次违法) or with =是 / =否. 且 binds groups of
// conditions joined by 且, 或 by 或; mixing both needs parentheses.

export interface DslError {
  /** Zero-based offset in the text. */
  at: number;
  message: Text;
}

const LABEL_TO_FACT: Array<[string, FactKey]> = FACT_KEYS.flatMap((k): Array<[string, FactKey]> => [
  [FACTS[k].label.zh, k],
  [k, k],
]).sort((a, b) => b[0].length - a[0].length);

const OPS: Array<[string, ConditionOp]> = [
  ['>=', 'gte'],
  ['<=', 'lte'],
  ['!=', 'ne'],
  ['≥', 'gte'],
  ['≤', 'lte'],
  ['≠', 'ne'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['＞', 'gt'],
  ['＜', 'lt'],
  ['=', 'eq'],
  ['＝', 'eq'],
];

class DslParser {
  private i = 0;
  constructor(private readonly s: string) {}

  fail(message: Text, at = this.i): never {
    throw Object.assign(new Error(message.en), { dsl: { at, message } as DslError });
  }
  private ws() {
    while (this.i < this.s.length && /[\s\u3000]/.test(this.s[this.i])) this.i++;
  }
  private peek(tokens: string[]): string | null {
    this.ws();
    for (const t of tokens) if (this.s.startsWith(t, this.i)) return t;
    return null;
  }

  parse(): ConditionGroup | null {
    this.ws();
    if (this.i >= this.s.length) return null;
    const g = this.expr();
    this.ws();
    if (this.i < this.s.length)
      this.fail({ zh: `无法识别“${this.s.slice(this.i, this.i + 8)}”`, en: 'Unexpected text' });
    return normalizeGroup(g);
  }

  private expr(): ConditionGroup {
    const items: Array<Condition | ConditionGroup> = [this.term()];
    let combine: 'all' | 'any' | null = null;
    for (;;) {
      const op = this.peek(['且', '并且', '&&', '&', '或者', '或', '||', '|']);
      if (!op) break;
      const c = ['且', '并且', '&&', '&'].includes(op) ? 'all' : 'any';
      if (combine && c !== combine) {
        this.fail({ zh: '“且”和“或”混用时请用括号分组', en: 'Use parentheses when mixing 且 (and) with 或 (or)' });
      }
      combine = c;
      this.i += op.length;
      items.push(this.term());
    }
    return { combine: combine ?? 'all', items };
  }

  private term(): Condition | ConditionGroup {
    const open = this.peek(['（', '(']);
    if (open) {
      this.i += open.length;
      const g = this.expr();
      const close = this.peek(['）', ')']);
      if (!close) this.fail({ zh: '缺少右括号', en: 'Missing closing parenthesis' });
      this.i += close.length;
      return g;
    }
    return this.condition();
  }

  private condition(): Condition {
    this.ws();
    const start = this.i;
    let negated = false;
    if (this.s.startsWith('非', this.i) && !LABEL_TO_FACT.some(([l]) => this.s.startsWith(l, this.i))) {
      negated = true;
      this.i += 1;
    }
    const hit = LABEL_TO_FACT.find(([l]) => this.s.startsWith(l, this.i));
    if (!hit) {
      this.fail(
        {
          zh: `无法识别的事实“${this.s.slice(this.i, this.i + 8)}”，可用：${FACT_KEYS.map((k) => FACTS[k].label.zh).join('、')}`,
          en: `Unknown fact; one of: ${FACT_KEYS.join(', ')}`,
        },
        start,
      );
    }
    const [label, fact] = hit;
    this.i += label.length;
    const def = FACTS[fact];
    const opTok = OPS.find(([t]) => this.peek([t]));
    if (def.kind === 'boolean') {
      if (!opTok) return { fact, op: 'eq', value: !negated };
      if (negated) this.fail({ zh: '“非”后不能再写比较符', en: 'No operator after 非 (not)' });
      this.i += opTok[0].length;
      if (opTok[1] !== 'eq' && opTok[1] !== 'ne')
        this.fail({ zh: `${def.label.zh}只能用“=”或“≠”`, en: `${def.label.en} takes = or ≠ only` });
      const v = this.peek(['是', '否', 'true', 'false']);
      if (!v) this.fail({ zh: `${def.label.zh}的值应为“是”或“否”`, en: `${def.label.en} is yes (是) or no (否)` });
      this.i += v.length;
      const value = v === '是' || v === 'true';
      return { fact, op: 'eq', value: opTok[1] === 'eq' ? value : !value };
    }
    if (negated) this.fail({ zh: '“非”只能用于是/否类事实', en: '非 (not) applies to yes/no facts only' });
    if (!opTok) this.fail({ zh: `${def.label.zh}后应有比较符（≥、>、≤、<、=、≠）`, en: 'Expected an operator' });
    this.i += opTok[0].length;
    return { fact, op: opTok[1], value: this.value(fact) };
  }

  private value(fact: FactKey): number {
    this.ws();
    const def = FACTS[fact];
    if (def.kind === 'ordinal') {
      const names = HARM_LEVELS.map((h, i) => [h.zh, i] as const).sort((a, b) => b[0].length - a[0].length);
      const named = names.find(([n]) => this.s.startsWith(n, this.i));
      if (named) {
        this.i += named[0].length;
        return named[1];
      }
    }
    const m = /^(\d+(?:\.\d+)?)/.exec(this.s.slice(this.i));
    if (!m) this.fail({ zh: `${def.label.zh}的值应为数字`, en: `${def.label.en} needs a number` });
    this.i += m[1].length;
    this.ws();
    if (def.kind === 'money') {
      // Exact decimal arithmetic on the digits: 1.5万元 = 1500000 fen, 0.01元 = 1 fen, 1.001元 is refused.
      let places = 2;
      if (this.s.startsWith('万元', this.i)) {
        places = 6;
        this.i += 2;
      } else if (this.s.startsWith('元', this.i)) this.i += 1;
      const [whole, frac = ''] = m[1].split('.');
      if (frac.replace(/0+$/, '').length > places)
        this.fail({ zh: '金额最多精确到分', en: 'Amounts are exact to the fen' });
      const fenValue = Number(whole + frac.padEnd(places, '0').slice(0, places));
      if (fenValue > MAX_FEN) this.fail({ zh: '金额过大', en: 'Amount too large' });
      return fenValue;
    }
    if (!/^\d+$/.test(m[1])) this.fail({ zh: `${def.label.zh}应为整数`, en: `${def.label.en} is a whole number` });
    const n = Number(m[1]);
    if (def.kind === 'days') {
      for (const u of ['日', '天']) if (this.s.startsWith(u, this.i)) this.i += 1;
    } else if (def.kind === 'count') {
      if (this.s.startsWith('次', this.i)) this.i += 1;
    } else if (n >= HARM_LEVELS.length) {
      this.fail({ zh: '危害后果为 0–4 或 无/轻微/一般/较重/严重', en: 'Harm is 0–4' });
    }
    return n;
  }
}

/** Flattens single-item groups and groups nested in a group of the same kind: one canonical form per meaning. */
export function normalizeGroup(g: ConditionGroup): ConditionGroup {
  const items: Array<Condition | ConditionGroup> = [];
  for (const item of g.items) {
    if (!isGroup(item)) {
      items.push(item);
      continue;
    }
    const n = normalizeGroup(item);
    if (n.items.length === 1 || n.combine === g.combine) items.push(...n.items);
    else items.push(n);
  }
  if (items.length === 1 && isGroup(items[0])) return items[0];
  // One condition reads the same under either combinator: 'all' is the canonical one.
  return { combine: items.length === 1 ? 'all' : g.combine, items };
}

/** Parses the condition language; throws an Error carrying `dsl: DslError` on a mistake. Empty text → null. */
export function parseConditions(text: string): ConditionGroup | null {
  return new DslParser(text).parse();
}

export function dslErrorOf(e: unknown): DslError | null {
  return (e as { dsl?: DslError })?.dsl ?? null;
}

function formatValue(c: Condition): string {
  const def = FACTS[c.fact];
  const v = c.value as number;
  switch (def.kind) {
    case 'money':
      return `${v % 100 === 0 ? String(v / 100) : (v / 100).toFixed(2)}元`;
    case 'ordinal':
      return HARM_LEVELS[v]?.zh ?? String(v);
    case 'days':
      return `${v}日`;
    default:
      return String(v);
  }
}

/** The condition language text of a group (the inverse of parseConditions, up to normalizeGroup). */
export function formatConditions(g: ConditionGroup | null, nested = false): string {
  if (!g) return '';
  const parts = g.items.map((item) => {
    if (isGroup(item)) return formatConditions(item, true);
    const def = FACTS[item.fact];
    if (def.kind === 'boolean') {
      const yes = (item.op === 'eq') === (item.value === true);
      return yes ? def.label.zh : `非${def.label.zh}`;
    }
    return `${def.label.zh}${OP_SYMBOLS[item.op]}${formatValue(item)}`;
  });
  const text = parts.join(g.combine === 'all' ? ' 且 ' : ' 或 ');
  return nested && parts.length > 1 ? `（${text}）` : text;
}
