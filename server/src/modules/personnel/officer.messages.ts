// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const OFFICER_MESSAGES = {
  certificate_pattern_invalid: { zh: '证号格式不是有效的正则表达式', en: 'Not a valid regular expression' },
} satisfies Record<string, Text>;

export const OFFICER_FIELD_LABELS: Record<string, Text> = {
  trainingHoursPerYear: { zh: '年度培训学时', en: 'Training hours per year' },
  certificateAlertDays: { zh: '证件到期预警天数', en: 'Certificate alert days' },
  certificateNumberPattern: { zh: '证号格式', en: 'Certificate number format' },
  eligibilityWindowMonths: { zh: '考试与培训有效期（月）', en: 'Eligibility window (months)' },
  legalReviewerTargetPercent: { zh: '法制审核人员比例目标（%）', en: 'Legal reviewer target (%)' },
};
