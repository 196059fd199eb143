// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const REFERRAL_THRESHOLD_MESSAGES = {
  referral_threshold_not_found: {
    zh: '移送标准不存在或不在您的数据范围内',
    en: 'Referral threshold not found or outside your scope',
  },
  referral_threshold_confirmed: {
    zh: '该移送标准已由{by}于 {at} 确认',
    en: 'This threshold was already confirmed by {by} on {at}',
  },
  referral_condition_id_duplicate: {
    zh: '条件编号重复',
    en: 'Duplicate condition id',
  },
  referral_circumstance_unknown: {
    zh: '所勾选的不是这些移送标准中的情节条件',
    en: 'Not a circumstance condition of these thresholds',
  },
  referral_threshold_unknown: {
    zh: '该单位没有这条移送标准',
    en: 'The agency has no such threshold',
  },
} satisfies Record<string, Text>;

export const REFERRAL_THRESHOLD_FIELD_LABELS: Record<string, Text> = {
  sector: { zh: '领域', en: 'sector' },
  violationType: { zh: '违法行为类型', en: 'violation type' },
  offence: { zh: '涉嫌罪名', en: 'offence' },
  criminalBasis: { zh: '刑事法律依据及立案追诉标准', en: 'criminal-law basis' },
  match: { zh: '条件组合方式', en: 'how conditions combine' },
  conditions: { zh: '移送条件', en: 'conditions' },
  'conditions.kind': { zh: '条件类型', en: 'condition kind' },
  'conditions.measure': { zh: '计量项目', en: 'measure' },
  'conditions.minFen': { zh: '金额标准', en: 'amount threshold' },
  'conditions.min': { zh: '数量标准', en: 'quantity threshold' },
  'conditions.text': { zh: '情节描述', en: 'circumstance' },
  'conditions.id': { zh: '条件编号', en: 'condition id' },
  'conditions.terms': { zh: '合计项目', en: 'terms' },
  'conditions.minPriorPenalties': { zh: '此前行政处罚次数', en: 'earlier penalties' },
  'conditions.withinMonths': { zh: '期间（月）', en: 'window (months)' },
  demo: { zh: '演示数据', en: 'demo' },
  facts: { zh: '案件事实', en: 'facts' },
  'facts.amounts': { zh: '金额', en: 'amounts' },
  'facts.quantities': { zh: '数量', en: 'quantities' },
  'facts.harm': { zh: '危害后果', en: 'harm' },
  'facts.actDate': { zh: '本次违法行为日期', en: 'date of the act' },
  'facts.priorPenaltyDates': { zh: '此前行政处罚日期', en: 'dates of earlier penalties' },
  'facts.circumstances': { zh: '勾选的情节', en: 'ticked circumstances' },
  thresholdIds: { zh: '移送标准', en: 'thresholds' },
};
