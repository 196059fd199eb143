// Every message the API sends, in zh-CN and en-US, keyed by a stable id; and the field labels used to name fields.
import type { Text } from './i18n';
import { LAW_FIELD_LABELS, LAW_MESSAGES } from '../../modules/laws/law.messages';
import { POWER_FIELD_LABELS, POWER_MESSAGES } from '../../modules/powers/power.messages';
import { BENCHMARK_FIELD_LABELS, BENCHMARK_MESSAGES } from '../../modules/benchmarks/benchmark.messages';
import {
  REVIEW_CATALOGUE_FIELD_LABELS,
  REVIEW_CATALOGUE_MESSAGES,
} from '../../modules/review-catalogues/review-catalogue.messages';
import {
  REFERRAL_THRESHOLD_FIELD_LABELS,
  REFERRAL_THRESHOLD_MESSAGES,
} from '../../modules/referral-thresholds/referral-threshold.messages';
import { OFFICER_FIELD_LABELS, OFFICER_MESSAGES } from '../../modules/personnel/officer.messages';
import { TRAINING_FIELD_LABELS, TRAINING_MESSAGES } from '../../modules/training/training.messages';
import { EXAM_FIELD_LABELS, EXAM_MESSAGES } from '../../modules/exams/exam.messages';
import { CERTIFICATE_FIELD_LABELS, CERTIFICATE_MESSAGES } from '../../modules/certificates/certificate.messages';
import { TRANSFER_FIELD_LABELS, TRANSFER_MESSAGES } from '../../modules/transfers/transfer.messages';
import {
  ANNUAL_FILING_FIELD_LABELS,
  ANNUAL_FILING_MESSAGES,
} from '../../modules/annual-filings/annual-filing.messages';
import {
  LEADER_RECORD_FIELD_LABELS,
  LEADER_RECORD_MESSAGES,
} from '../../modules/leader-records/leader-record.messages';
import { CALENDAR_FIELD_LABELS, CALENDAR_MESSAGES } from '../../modules/calendar/calendar.messages';
import { DEADLINE_FIELD_LABELS, DEADLINE_MESSAGES } from '../../modules/deadlines/deadline.messages';
import { PROCEDURE_FIELD_LABELS, PROCEDURE_MESSAGES } from '../../modules/procedures/procedure.messages';
import { DOCUMENT_FIELD_LABELS, DOCUMENT_MESSAGES } from '../../modules/documents/document.messages';
import { CASE_FIELD_LABELS, CASE_MESSAGES } from '../../modules/cases/case.messages';

export const MESSAGES = {
  // errors, top level
  invalid_input: { zh: '提交的内容有误，请检查：{fields}', en: 'The request has invalid fields: {fields}' },
  invalid_body: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  unauthenticated: { zh: '请先登录', en: 'Please sign in' },
  session_expired: { zh: '会话已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  forbidden: { zh: '无权执行此操作', en: 'You are not allowed to do this' },
  cross_site: { zh: '拒绝来自其他网站的请求', en: 'Requests from other sites are refused' },
  out_of_scope: { zh: '该数据不在您的数据范围内', en: 'This record is outside your data scope' },
  not_found: { zh: '{what}不存在或不在您的数据范围内', en: '{what} not found or outside your data scope' },
  route_not_found: { zh: '接口不存在', en: 'No such endpoint' },
  conflict: { zh: '与已有数据冲突：{fields}', en: 'Conflicts with existing data: {fields}' },
  invalid_credentials: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  account_locked: {
    zh: '连续登录失败次数过多，账号已锁定至 {until}',
    en: 'Too many failed sign-ins; the account is locked until {until}',
  },
  account_disabled: { zh: '账号已停用', en: 'The account is disabled' },
  totp_required: { zh: '请输入动态验证码', en: 'Enter your one-time code' },
  totp_invalid: { zh: '动态验证码错误或已使用', en: 'The one-time code is wrong or already used' },
  mfa_setup_required: {
    zh: '管理员须先启用动态验证码（双因素认证）',
    en: 'Administrators must set up a one-time code (second factor) first',
  },
  password_change_required: { zh: '请先修改初始密码', en: 'Please change your initial password first' },
  rate_limited: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
  payload_too_large: { zh: '请求内容过大', en: 'The request is too large' },
  unsupported_media_type: { zh: '不支持的内容类型', en: 'Unsupported content type' },
  internal: {
    zh: '服务器内部错误，请联系管理员（请求号 {requestId}）',
    en: 'Internal error; contact the administrator (request {requestId})',
  },
  // field messages
  required: { zh: '必填', en: 'Required' },
  invalid_type: { zh: '类型不正确，应为{expected}', en: 'Wrong type, expected {expected}' },
  too_short: { zh: '不能少于 {minimum} 个字符', en: 'At least {minimum} characters' },
  too_long: { zh: '不能超过 {maximum} 个字符', en: 'At most {maximum} characters' },
  too_small_number: { zh: '不能小于 {minimum}', en: 'Must be at least {minimum}' },
  too_big_number: { zh: '不能大于 {maximum}', en: 'Must be at most {maximum}' },
  too_few_items: { zh: '至少选择 {minimum} 项', en: 'Choose at least {minimum}' },
  too_many_items: { zh: '最多 {maximum} 项', en: 'At most {maximum} items' },
  invalid_option: { zh: '取值无效，可选：{options}', en: 'Invalid value; one of: {options}' },
  invalid_format: { zh: '格式不正确', en: 'Invalid format' },
  invalid_uuid: { zh: '不是有效的编号', en: 'Not a valid id' },
  invalid_date: { zh: '不是有效的日期（YYYY-MM-DD）', en: 'Not a valid date (YYYY-MM-DD)' },
  invalid_datetime: { zh: '不是有效的时间', en: 'Not a valid date-time' },
  unknown_field: { zh: '不允许的字段', en: 'Unknown field' },
  uscc_check: {
    zh: '统一社会信用代码不正确（GB 32100 校验位不符）',
    en: 'Invalid USCC (GB 32100 check character mismatch)',
  },
  uscc_length: { zh: '统一社会信用代码应为 18 位', en: 'A USCC has 18 characters' },
  uscc_charset: {
    zh: '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）',
    en: 'A USCC may not contain I, O, Z, S or V',
  },
  uscc_category: {
    zh: '统一社会信用代码的登记管理部门或机构类别代码无效',
    en: 'Invalid registration authority or category code in the USCC',
  },
  uscc_region: { zh: '统一社会信用代码中的行政区划码无效', en: 'Invalid region code in the USCC' },
  uscc_org_code_check: {
    zh: '统一社会信用代码中的组织机构代码校验位不符（GB 11714）',
    en: 'The organisation code inside the USCC fails its GB 11714 check',
  },
  region_code: {
    zh: '不是有效的行政区划代码（GB/T 2260，6 位数字）',
    en: 'Not a valid GB/T 2260 region code (6 digits)',
  },
  phone_format: {
    zh: '电话号码格式不正确（手机 11 位或 区号-号码）',
    en: 'Invalid phone number (mobile or area code-number)',
  },
  mobile_format: { zh: '手机号码格式不正确', en: 'Invalid mobile number' },
  username_format: {
    zh: '用户名须以字母开头，3–32 位字母、数字、下划线、点或连字符',
    en: 'A username starts with a letter: 3–32 letters, digits, _ . or -',
  },
  totp_format: { zh: '动态验证码为 6 位数字', en: 'A one-time code has 6 digits' },
  // domain rules
  duplicate: { zh: '已存在', en: 'Already exists' },
  parent_not_found: { zh: '上级单位不存在或不在您的数据范围内', en: 'Parent agency not found or outside your scope' },
  parent_cycle: {
    zh: '不能把单位移到它自己或它的下级之下',
    en: 'An agency cannot be moved under itself or its descendants',
  },
  parent_abolished: { zh: '上级单位已撤销', en: 'The parent agency is abolished' },
  has_active_children: { zh: '仍有未撤销的下级单位，不能撤销', en: 'It still has active child agencies' },
  has_active_accounts: { zh: '仍有在用账号，不能撤销', en: 'It still has active accounts' },
  agency_not_found: { zh: '单位不存在或不在您的数据范围内', en: 'Agency not found or outside your scope' },
  agency_abolished: { zh: '单位已撤销', en: 'The agency is abolished' },
  tenant_not_found: { zh: '行政区划不存在或不在您的数据范围内', en: 'Tenant not found or outside your scope' },
  parent_not_ancestor: {
    zh: '上级行政区划代码与本代码不相符（GB/T 2260 层级）',
    en: 'The parent code is not an ancestor of this code (GB/T 2260 levels)',
  },
  parent_unknown: { zh: '上级行政区划未登记', en: 'Unknown parent region' },
  tenant_has_data: { zh: '该行政区划下仍有单位，不能删除', en: 'The tenant still holds agencies' },
  account_not_found: { zh: '账号不存在或不在您的数据范围内', en: 'Account not found or outside your scope' },
  password_reused: { zh: '不能与最近 {count} 次使用过的密码相同', en: 'Must differ from your last {count} passwords' },
  password_wrong: { zh: '当前密码不正确', en: 'The current password is wrong' },
  role_not_grantable: { zh: '您不能授予该角色', en: 'You may not grant this role' },
  admin_role_exclusive: {
    zh: '三员分立：管理员角色不能与其他角色兼任',
    en: 'Separation of duties: an administrator role cannot be combined with any other role',
  },
  grant_self: { zh: '不能给自己授权', en: 'You cannot grant roles to yourself' },
  scope_agency_required: { zh: '请选择授权范围单位', en: 'Choose the agency of the scope' },
  scope_tenants_required: { zh: '请选择至少一个行政区划', en: 'Choose at least one tenant' },
  scope_exceeds_own: { zh: '授权范围不能超出您自己的数据范围', en: 'The scope cannot exceed your own data scope' },
  grant_exists: { zh: '该账号已有相同的授权', en: 'The account already holds this grant' },
  expires_in_past: { zh: '到期日须晚于今天', en: 'The expiry date must be after today' },
  expires_too_far: { zh: '令牌有效期不能超过一年', en: 'A token may last at most one year' },
  token_permission_exceeds: {
    zh: '令牌权限不能超出所属账号的权限',
    en: 'A token cannot carry permissions its account lacks',
  },
  totp_not_setup: { zh: '请先生成动态验证码密钥', en: 'Generate a one-time-code secret first' },
  mfa_still_required: {
    zh: '安全策略要求管理员启用动态验证码，不能关闭',
    en: 'The security policy requires administrators to keep the second factor',
  },
  account_beyond_reach: {
    zh: '该账号持有您无权授予或超出您数据范围的角色，不能由您修改',
    en: 'This account holds roles you may not grant or that reach beyond your scope',
  },
  token_scope_exceeds: {
    zh: '该账号的数据范围超出您的范围，不能为其签发令牌',
    en: 'The account reaches beyond your scope: you cannot issue it a token',
  },
  totp_already_enabled: {
    zh: '动态验证码已启用，如需更换请先关闭',
    en: 'The one-time code is already on; turn it off first to replace it',
  },
  token_not_allowed: { zh: '接口令牌不能执行此操作，请登录后操作', en: 'API tokens cannot do this; sign in instead' },
  last_admin: { zh: '不能撤销本行政区划最后一个{role}的授权', en: 'Cannot revoke the last {role} of this tenant' },
  ...LAW_MESSAGES,
  ...POWER_MESSAGES,
  ...BENCHMARK_MESSAGES,
  ...REVIEW_CATALOGUE_MESSAGES,
  ...REFERRAL_THRESHOLD_MESSAGES,
  ...OFFICER_MESSAGES,
  ...TRAINING_MESSAGES,
  ...EXAM_MESSAGES,
  ...CERTIFICATE_MESSAGES,
  ...TRANSFER_MESSAGES,
  ...ANNUAL_FILING_MESSAGES,
  ...LEADER_RECORD_MESSAGES,
  ...CALENDAR_MESSAGES,
  ...DEADLINE_MESSAGES,
  ...PROCEDURE_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...CASE_MESSAGES,
  file_empty: { zh: '文件为空', en: 'The file is empty' },
  file_too_large: { zh: '文件不能超过 {max} MB', en: 'The file may not exceed {max} MB' },
  file_type_not_allowed: {
    zh: '文件类型不符合要求（照片限 JPEG/PNG，材料限 PDF、Word、Excel 或图片）',
    en: 'File type not allowed (photos: JPEG/PNG; documents: PDF, Word, Excel or images)',
  },
  file_not_found: { zh: '文件不存在', en: 'File not found' },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

export const FIELD_LABELS: Record<string, Text> = {
  tenant: { zh: '行政区划', en: 'tenant' },
  tenantId: { zh: '行政区划', en: 'tenant' },
  code: { zh: '编码', en: 'code' },
  parentCode: { zh: '上级行政区划', en: 'parent code' },
  parentId: { zh: '上级单位', en: 'parent agency' },
  name: { zh: '名称', en: 'name' },
  shortName: { zh: '简称', en: 'short name' },
  kind: { zh: '类型', en: 'kind' },
  legalStatus: { zh: '主体资格', en: 'legal status' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  legalOfficeContact: { zh: '法制机构联系人', en: 'legal office contact' },
  'legalOfficeContact.name': { zh: '法制机构联系人姓名', en: 'legal office contact name' },
  'legalOfficeContact.phone': { zh: '法制机构联系电话', en: 'legal office phone' },
  status: { zh: '状态', en: 'status' },
  sortOrder: { zh: '排序', en: 'sort order' },
  username: { zh: '用户名', en: 'username' },
  password: { zh: '密码', en: 'password' },
  newPassword: { zh: '新密码', en: 'new password' },
  currentPassword: { zh: '当前密码', en: 'current password' },
  displayName: { zh: '姓名', en: 'display name' },
  agencyId: { zh: '所属单位', en: 'agency' },
  phone: { zh: '手机号码', en: 'phone' },
  totp: { zh: '动态验证码', en: 'one-time code' },
  accountId: { zh: '账号', en: 'account' },
  role: { zh: '角色', en: 'role' },
  scopeKind: { zh: '数据范围', en: 'scope' },
  scopeAgencyId: { zh: '范围单位', en: 'scope agency' },
  scopeTenants: { zh: '范围行政区划', en: 'scope tenants' },
  permissions: { zh: '权限', en: 'permissions' },
  expiresAt: { zh: '到期日', en: 'expiry date' },
  id: { zh: '编号', en: 'id' },
  body: { zh: '请求体', en: 'body' },
  ...LAW_FIELD_LABELS,
  ...POWER_FIELD_LABELS,
  ...BENCHMARK_FIELD_LABELS,
  ...REVIEW_CATALOGUE_FIELD_LABELS,
  ...REFERRAL_THRESHOLD_FIELD_LABELS,
  ...OFFICER_FIELD_LABELS,
  ...TRAINING_FIELD_LABELS,
  ...EXAM_FIELD_LABELS,
  ...CERTIFICATE_FIELD_LABELS,
  ...TRANSFER_FIELD_LABELS,
  ...ANNUAL_FILING_FIELD_LABELS,
  ...LEADER_RECORD_FIELD_LABELS,
  ...CALENDAR_FIELD_LABELS,
  ...DEADLINE_FIELD_LABELS,
  ...PROCEDURE_FIELD_LABELS,
  ...DOCUMENT_FIELD_LABELS,
  ...CASE_FIELD_LABELS,
};

export function fieldLabel(path: string, lang: 'zh' | 'en'): string {
  const label =
    FIELD_LABELS[path] ?? FIELD_LABELS[path.replace(/\.\d+/g, '')] ?? FIELD_LABELS[path.split('.').pop() ?? ''];
  return label ? label[lang] : path;
}
