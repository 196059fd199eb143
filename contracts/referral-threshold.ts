// Criminal referral thresholds (涉嫌犯罪移送标准): per agency and violation type, the conditions on the facts of a
// case that make it a suspected crime to be referred to the police (行政处罚法 第二十七条; 行政执法机关移送涉嫌
// 犯罪案件的规定 第三条). Each agency confirms its own; seeded sets are demo data until then.
import { z } from 'zod';
import { articleRef, articleRefView } from './law';
import { fen, formatYuan, positiveFen } from './review-catalogue';

type Label = { zh: string; en: string };

export const REFERRAL_SECTORS = [
  'food_drug',
  'forestry_grassland',
  'wildlife',
  'land',
  'production_safety',
  'market',
  'other',
] as const;
export type ReferralSector = (typeof REFERRAL_SECTORS)[number];
export const REFERRAL_SECTOR_LABELS: Record<ReferralSector, Label> = {
  food_drug: { zh: '食品药品安全', en: 'Food and drug safety' },
  forestry_grassland: { zh: '林业和草原', en: 'Forestry and grassland' },
  wildlife: { zh: '野生动物保护', en: 'Wildlife' },
  land: { zh: '土地管理', en: 'Land' },
  production_safety: { zh: '安全生产', en: 'Production safety' },
  market: { zh: '市场秩序', en: 'Market order' },
  other: { zh: '其他', en: 'Other' },
};

/** Amounts on the facts, in fen. */
export const AMOUNT_MEASURES = [
  'amount_involved',
  'sales_amount',
  'goods_value',
  'illegal_gains',
  'wildlife_value',
  'direct_economic_loss',
] as const;
export type AmountMeasure = (typeof AMOUNT_MEASURES)[number];
export const AMOUNT_MEASURE_LABELS: Record<AmountMeasure, Label> = {
  amount_involved: { zh: '涉案金额', en: 'Amount involved' },
  sales_amount: { zh: '销售金额', en: 'Sales amount' },
  goods_value: { zh: '货值金额（尚未销售）', en: 'Value of goods not yet sold' },
  illegal_gains: { zh: '违法所得数额', en: 'Illegal gains' },
  wildlife_value: { zh: '涉案野生动物及其制品价值', en: 'Value of the wildlife and products' },
  direct_economic_loss: { zh: '直接经济损失', en: 'Direct economic loss' },
};

/** Quantities on the facts; each measure has its unit. */
export const QUANTITY_MEASURES = [
  'timber_volume',
  'sapling_count',
  'protection_forest_land',
  'other_forest_land',
  'grassland',
  'basic_farmland',
  'other_farmland',
  'wildlife_count',
  'wild_plant_count',
] as const;
export type QuantityMeasure = (typeof QUANTITY_MEASURES)[number];
export const QUANTITY_MEASURE_LABELS: Record<QuantityMeasure, Label & { unit: Label }> = {
  timber_volume: { zh: '林木（立木蓄积）', en: 'Timber (standing volume)', unit: { zh: '立方米', en: 'm³' } },
  sapling_count: { zh: '幼树', en: 'Saplings', unit: { zh: '株', en: 'trees' } },
  protection_forest_land: {
    zh: '防护林地、特种用途林地',
    en: 'Protection or special-use forest land',
    unit: { zh: '亩', en: 'mu' },
  },
  other_forest_land: { zh: '其他林地', en: 'Other forest land', unit: { zh: '亩', en: 'mu' } },
  grassland: { zh: '草原', en: 'Grassland', unit: { zh: '亩', en: 'mu' } },
  basic_farmland: { zh: '永久基本农田', en: 'Permanent basic farmland', unit: { zh: '亩', en: 'mu' } },
  other_farmland: { zh: '其他耕地', en: 'Other cultivated land', unit: { zh: '亩', en: 'mu' } },
  wildlife_count: { zh: '野生动物', en: 'Wild animals', unit: { zh: '只（头）', en: 'animals' } },
  wild_plant_count: { zh: '野生植物', en: 'Wild plants', unit: { zh: '株', en: 'plants' } },
};

/** Harm to people, counted in persons (economic loss is an amount: direct_economic_loss). */
export const HARM_MEASURES = ['deaths', 'serious_injuries', 'light_injuries', 'poisoned'] as const;
export type HarmMeasure = (typeof HARM_MEASURES)[number];
export const HARM_MEASURE_LABELS: Record<HarmMeasure, Label> = {
  deaths: { zh: '死亡', en: 'Deaths' },
  serious_injuries: { zh: '重伤', en: 'Serious injuries' },
  light_injuries: { zh: '轻伤', en: 'Light injuries' },
  poisoned: { zh: '中毒（食物中毒、药物损害）', en: 'Poisoned' },
};

export const CONDITION_KINDS = ['amount', 'amount_sum', 'quantity', 'harm', 'repetition', 'circumstance'] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];
export const CONDITION_KIND_LABELS: Record<ConditionKind, Label> = {
  amount: { zh: '金额', en: 'Amount' },
  amount_sum: { zh: '金额合计（可加倍计算）', en: 'Weighted sum of amounts' },
  quantity: { zh: '数量', en: 'Quantity' },
  harm: { zh: '危害后果', en: 'Harm' },
  repetition: { zh: '多次违法', en: 'Repetition' },
  circumstance: { zh: '情节（由执法人员判断勾选）', en: 'Circumstance (ticked by the officer)' },
};

const labelShape = z.object({ zh: z.string(), en: z.string() });
const quantity = z.number().min(0).max(1_000_000_000);
/** A condition's id: stable, so that a ticked circumstance names it; the server assigns one when absent. */
const conditionId = z.uuid().optional();

/** The condition shapes, with `extra` fields (the id on input; the id and a summary on output). */
function conditionMembers<E extends z.ZodRawShape>(extra: E) {
  return [
    z.strictObject({ ...extra, kind: z.literal('amount'), measure: z.enum(AMOUNT_MEASURES), minFen: positiveFen }),
    z.strictObject({
      ...extra,
      kind: z.literal('amount_sum'),
      terms: z
        .array(z.strictObject({ measure: z.enum(AMOUNT_MEASURES), factor: z.int().min(1).max(100) }))
        .min(2)
        .max(6),
      minFen: positiveFen,
    }),
    z.strictObject({ ...extra, kind: z.literal('quantity'), measure: z.enum(QUANTITY_MEASURES), min: quantity.gt(0) }),
    z.strictObject({ ...extra, kind: z.literal('harm'), measure: z.enum(HARM_MEASURES), min: z.int().min(1) }),
    z.strictObject({
      ...extra,
      kind: z.literal('repetition'),
      /** Administrative penalties for the same kind of act within the window before this act. */
      minPriorPenalties: z.int().min(1).max(20),
      withinMonths: z.int().min(1).max(120),
    }),
    z.strictObject({ ...extra, kind: z.literal('circumstance'), text: z.string().trim().min(2).max(300) }),
  ] as const;
}

export const referralCondition = z.discriminatedUnion('kind', conditionMembers({ id: conditionId }));
export type ReferralConditionInput = z.infer<typeof referralCondition>;
/** A stored condition always has its id. */
export type ReferralCondition = ReferralConditionInput & { id: string };

export const REFERRAL_MATCHES = ['any', 'all'] as const;
export type ReferralMatch = (typeof REFERRAL_MATCHES)[number];

export const REFERRAL_STATUSES = ['pending', 'confirmed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, Label> = {
  pending: { zh: '待确认', en: 'To be confirmed' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
};

const thresholdFields = {
  sector: z.enum(REFERRAL_SECTORS),
  violationType: z.string().trim().min(2).max(100),
  /** 罪名, e.g. 滥伐林木罪. */
  offence: z.string().trim().min(2).max(100),
  /** The criminal-law basis as written (刑法 and 立案追诉标准 are not in the law library). */
  criminalBasis: z.string().trim().min(2).max(1000),
  /** Library articles the referral rests on (e.g. 行政执法机关移送涉嫌犯罪案件的规定 第三条). */
  basis: z.array(articleRef).max(20).optional(),
  /** Their written form; when only this is sent the server resolves it and refuses what it cannot resolve. */
  basisText: z.string().trim().max(500).nullable().optional(),
  match: z.enum(REFERRAL_MATCHES),
  conditions: z.array(referralCondition).min(1).max(20),
  demo: z.boolean().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
  sortOrder: z.int().min(0).max(100_000).optional(),
};

export const referralThresholdCreateBody = z.strictObject({ agencyId: z.uuid(), ...thresholdFields });
export type ReferralThresholdCreateBody = z.infer<typeof referralThresholdCreateBody>;

export const referralThresholdUpdateBody = z.strictObject(thresholdFields).partial();
export type ReferralThresholdUpdateBody = z.infer<typeof referralThresholdUpdateBody>;

export const referralConditionView = z.discriminatedUnion(
  'kind',
  conditionMembers({ id: z.string(), summary: labelShape }),
);
export type ReferralConditionView = z.infer<typeof referralConditionView>;

export const referralThresholdView = z.object({
  id: z.string(),
  agency: z.object({ id: z.string(), name: z.string(), tenantId: z.string() }),
  sector: z.enum(REFERRAL_SECTORS),
  violationType: z.string(),
  offence: z.string(),
  criminalBasis: z.string(),
  basisText: z.string().nullable(),
  basis: z.array(articleRefView),
  match: z.enum(REFERRAL_MATCHES),
  conditions: z.array(referralConditionView),
  demo: z.boolean(),
  status: z.enum(REFERRAL_STATUSES),
  confirmedAt: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  note: z.string().nullable(),
  sortOrder: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean(), confirm: z.boolean() }),
});
export type ReferralThresholdView = z.infer<typeof referralThresholdView>;

export const referralThresholdListQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  sector: z.enum(REFERRAL_SECTORS).optional(),
  status: z.enum(REFERRAL_STATUSES).optional(),
  tenant: z.string().trim().max(6).optional(),
});

export const confirmThresholdBody = z.strictObject({ note: z.string().trim().max(500).optional() });

// ---------------------------------------------------------------------------------------------------------------
// Evaluation: do the facts of a case meet a threshold?

const measureRecord = <M extends readonly [string, ...string[]], V extends z.ZodType>(measures: M, value: V) =>
  z.strictObject(Object.fromEntries(measures.map((m) => [m, value.optional()])) as Record<M[number], z.ZodOptional<V>>);

export const referralFacts = z.strictObject({
  amounts: measureRecord(AMOUNT_MEASURES, fen).default({}),
  quantities: measureRecord(QUANTITY_MEASURES, quantity).default({}),
  harm: measureRecord(HARM_MEASURES, z.int().min(0).max(1_000_000)).default({}),
  /** The date of this act (Asia/Shanghai): the repetition window ends on it. */
  actDate: z.iso.date().optional(),
  /** Dates of earlier administrative penalties for the same kind of act. */
  priorPenaltyDates: z.array(z.iso.date()).max(100).default([]),
  /** Circumstance conditions (ids) the officer ticked. */
  circumstances: z.array(z.uuid()).max(100).default([]),
});
export type ReferralFacts = z.infer<typeof referralFacts>;

export const evaluateReferralBody = z.strictObject({
  /** The agency whose thresholds apply. */
  agencyId: z.uuid(),
  facts: referralFacts,
  /** Only these thresholds (default: all of the agency's). */
  thresholdIds: z.array(z.uuid()).max(200).optional(),
});
export type EvaluateReferralBody = z.infer<typeof evaluateReferralBody>;
/** What a client sends (defaults may be left out). */
export type EvaluateReferralInput = z.input<typeof evaluateReferralBody>;

export const referralConditionResult = z.object({ conditionId: z.string(), met: z.boolean(), reason: labelShape });
export const referralThresholdResult = z.object({
  thresholdId: z.string(),
  violationType: z.string(),
  offence: z.string(),
  demo: z.boolean(),
  status: z.enum(REFERRAL_STATUSES),
  match: z.enum(REFERRAL_MATCHES),
  met: z.boolean(),
  reason: labelShape,
  conditions: z.array(referralConditionResult),
});
export type ReferralThresholdResult = z.infer<typeof referralThresholdResult>;

export const referralEvaluationView = z.object({
  agency: z.object({ id: z.string(), name: z.string(), tenantId: z.string() }),
  /** True when some threshold is met: the case is suspected of a crime and must be referred (不得以罚代刑). */
  suspected: z.boolean(),
  met: z.array(z.string()),
  results: z.array(referralThresholdResult),
});
export type ReferralEvaluationView = z.infer<typeof referralEvaluationView>;

// ---------------------------------------------------------------------------------------------------------------

/** 12.5 → '12.5', 10 → '10'. */
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** A condition in words. */
export function describeReferralCondition(c: ReferralConditionInput): Label {
  switch (c.kind) {
    case 'amount':
      return {
        zh: `${AMOUNT_MEASURE_LABELS[c.measure].zh} ≥ ${formatYuan(c.minFen)} 元`,
        en: `${AMOUNT_MEASURE_LABELS[c.measure].en} ≥ ¥${formatYuan(c.minFen)}`,
      };
    case 'amount_sum': {
      const zh = c.terms
        .map((t) => (t.factor === 1 ? '' : `${t.factor}×`) + AMOUNT_MEASURE_LABELS[t.measure].zh)
        .join(' + ');
      const en = c.terms
        .map((t) => (t.factor === 1 ? '' : `${t.factor}×`) + AMOUNT_MEASURE_LABELS[t.measure].en.toLowerCase())
        .join(' + ');
      return { zh: `${zh} ≥ ${formatYuan(c.minFen)} 元`, en: `${en} ≥ ¥${formatYuan(c.minFen)}` };
    }
    case 'quantity': {
      const m = QUANTITY_MEASURE_LABELS[c.measure];
      return { zh: `${m.zh} ≥ ${num(c.min)} ${m.unit.zh}`, en: `${m.en} ≥ ${num(c.min)} ${m.unit.en}` };
    }
    case 'harm':
      return {
        zh: `${HARM_MEASURE_LABELS[c.measure].zh} ≥ ${c.min} 人`,
        en: `${HARM_MEASURE_LABELS[c.measure].en} ≥ ${c.min}`,
      };
    case 'repetition':
      return {
        zh: `${c.withinMonths % 12 === 0 ? `${c.withinMonths / 12} 年` : `${c.withinMonths} 个月`}内受过 ${c.minPriorPenalties} 次以上行政处罚，又实施同类行为`,
        en: `${c.minPriorPenalties}+ administrative penalties in the ${c.withinMonths} months before, and did it again`,
      };
    case 'circumstance':
      return { zh: c.text, en: `Circumstance: ${c.text}` };
  }
}
