// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const CERTIFICATE_MESSAGES = {
  certificate_not_found: {
    zh: '执法证不存在或不在您的数据范围内',
    en: 'Certificate not found or outside your data scope',
  },
  certificate_ineligible: {
    zh: '不符合发证条件（《行政处罚法》第四十二条，国办发〔2024〕54号）',
    en: 'The officer does not meet the conditions for a certificate (Administrative Penalty Law Art. 42)',
  },
  certificate_number_taken: { zh: '该证号已被使用', en: 'This number is already in use' },
  certificate_number_format: {
    zh: '证号格式不符合本地区规定的格式',
    en: 'The number does not follow the format set for this region',
  },
  certificate_number_required: {
    zh: '本地区使用自定义证号格式，请填写证号',
    en: 'This region uses its own number format: enter the number',
  },
  certificate_expiry_before_issue: { zh: '有效期至不得早于发证日期', en: 'The expiry date is before the issue date' },
  certificate_validity_too_long: { zh: '有效期不得超过 10 年', en: 'A validity may not exceed 10 years' },
  certificate_issue_in_future: { zh: '发证日期不得晚于今天', en: 'The issue date may not be after today' },
  certificate_already_held: {
    zh: '该执法人员已持有未注销的执法证（{number}），请换证延续或先注销',
    en: 'The officer already holds a certificate not revoked ({number}): renew it or revoke it first',
  },
  certificate_domain_not_officer: {
    zh: '执法领域须为该执法人员的执法领域',
    en: 'The domains must be among the officer’s enforcement domains',
  },
  certificate_transition_not_allowed: {
    zh: '执法证当前状态为“{status}”，不能{action}',
    en: 'The certificate is {status}: it cannot be {action}',
  },
  certificate_transition_expired: {
    zh: '执法证已过期，只能换证延续或注销',
    en: 'The certificate has expired: it can only be renewed or revoked',
  },
  certificate_reason_required: { zh: '请填写原因', en: 'Give the reason' },
  certificate_import_unreadable: { zh: '无法读取该 .xlsx 文件', en: 'The .xlsx file cannot be read' },
  certificate_import_no_header: {
    zh: '找不到表头（证号、姓名、身份证号……）',
    en: 'No header row found (证号, 姓名, 身份证号 …)',
  },
  certificate_import_empty: { zh: '表中没有数据行', en: 'The sheet has no data rows' },
  certificate_import_rows_invalid: {
    zh: '有 {count} 处错误，未导入任何证件',
    en: '{count} problems: nothing was imported',
  },
  certificate_import_nothing_valid: {
    zh: '没有可导入的行（{count} 处错误）',
    en: 'No row can be imported ({count} problems)',
  },
} satisfies Record<string, Text>;

export const CERTIFICATE_FIELD_LABELS: Record<string, Text> = {
  number: { zh: '证号', en: 'number' },
  officerId: { zh: '执法人员', en: 'officer' },
  issuedOn: { zh: '发证日期', en: 'issue date' },
  expiresOn: { zh: '有效期至', en: 'expiry date' },
  issuingAuthority: { zh: '发证机关', en: 'issuing authority' },
  expiringWithinDays: { zh: '到期天数', en: 'days to expiry' },
  t: { zh: '查验码', en: 'verification code' },
};
