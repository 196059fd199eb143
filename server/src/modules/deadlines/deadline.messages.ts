// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const DEADLINE_MESSAGES = {
  deadline_rule_unknown: { zh: '没有这条期限规则', en: 'No such deadline rule' },
  deadline_start_datetime: {
    zh: '按小时计算的期限须给出起算时刻，如 2026-03-10T15:30（北京时间）或带时区的 ISO 时间',
    en: 'An hour rule needs a start time, e.g. 2026-03-10T15:30 (Beijing time) or an ISO date-time with offset',
  },
  deadline_setting_not_configurable: {
    zh: '该期限规则的这一项不可设置',
    en: 'This value of the rule cannot be configured',
  },
  deadline_setting_range: { zh: '应在 {min} 至 {max} 之间', en: 'Must be between {min} and {max}' },
  deadline_rule_not_configurable: { zh: '该期限规则不可设置', en: 'This deadline rule cannot be configured' },
  deadline_rule_not_per_agency: {
    zh: '只有法制审核时限可以由执法单位自行设置',
    en: 'Only the legal-review time limit can be set per agency',
  },
  deadline_suspensions_format: {
    zh: '格式应为 起始日..恢复日，多段用逗号分隔（如 2026-03-10..2026-03-20,2026-05-06..）',
    en: 'Use from..to, several separated by commas (e.g. 2026-03-10..2026-03-20,2026-05-06..)',
  },
  deadline_suspension_not_allowed: {
    zh: '该期限不适用中止（扣除期间）',
    en: 'This period cannot be suspended',
  },
  deadline_suspension_order: { zh: '恢复日不能早于中止日', en: 'The resumption cannot be before the suspension' },
  deadline_suspension_before_start: {
    zh: '中止不能早于起算日 {start}',
    en: 'A suspension cannot begin before the start {start}',
  },
  deadline_suspension_overlap: { zh: '中止期间相互重叠', en: 'Suspensions overlap' },
  deadline_extension_not_allowed: { zh: '该期限不能延长', en: 'This period cannot be extended' },
  deadline_extension_amount: { zh: '延长的天数应为正整数', en: 'The extension must be a positive whole number' },
  deadline_extension_before_start: {
    zh: '批准日期不能早于起算日 {start}',
    en: 'The approval cannot be before the start {start}',
  },
  deadline_extension_reason: { zh: '延长须写明理由', en: 'An extension needs a reason' },
  deadline_extension_over_max: {
    zh: '延长合计不能超过 {max} {unit}',
    en: 'Extensions may total at most {max} {unitEn}',
  },
  deadline_extension_too_late: {
    zh: '批准日期 {approvedOn} 晚于期满日 {due}：期限届满后不能再延长',
    en: 'Approved on {approvedOn}, after the period ended on {due}: an expired period cannot be extended',
  },
} satisfies Record<string, Text>;

export const DEADLINE_FIELD_LABELS: Record<string, Text> = {
  rule: { zh: '期限规则', en: 'rule' },
  start: { zh: '起算日', en: 'start' },
  suspensions: { zh: '中止期间', en: 'suspensions' },
  extension: { zh: '延长', en: 'extension' },
  extensions: { zh: '延长', en: 'extensions' },
  extensionApprovedOn: { zh: '延长批准日期', en: 'extension approved on' },
  extensionMax: { zh: '可延长上限', en: 'maximum extension' },
  amount: { zh: '数值', en: 'amount' },
  'settings.amount': { zh: '期限', en: 'period' },
  'settings.extensionMax': { zh: '可延长上限', en: 'maximum extension' },
  asOf: { zh: '计算日', en: 'as of' },
};
