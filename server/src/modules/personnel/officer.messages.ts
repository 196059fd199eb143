// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';
import { RESIDENT_ID_PROBLEM_MESSAGES } from '../../../../contracts/officer';

export const OFFICER_MESSAGES = {
  certificate_pattern_invalid: { zh: '证号格式不是有效的正则表达式', en: 'Not a valid regular expression' },
  officer_not_found: {
    zh: '执法人员不存在或不在您的数据范围内',
    en: 'Officer not found or outside your data scope',
  },
  officer_none_for_account: {
    zh: '当前账号没有关联执法人员信息',
    en: 'Your account is not linked to an officer record',
  },
  officer_name_format: {
    zh: '姓名只能包含汉字、字母、间隔号和空格',
    en: 'A name may hold Chinese characters, letters, the middle dot and spaces',
  },
  resident_id_format: RESIDENT_ID_PROBLEM_MESSAGES.format,
  resident_id_region: RESIDENT_ID_PROBLEM_MESSAGES.region,
  resident_id_birth_date: RESIDENT_ID_PROBLEM_MESSAGES.birth_date,
  resident_id_check_char: RESIDENT_ID_PROBLEM_MESSAGES.check_char,
  resident_id_duplicate: {
    zh: '该身份证号已登记为本行政区划的执法人员',
    en: 'An officer with this resident ID is already recorded in this tenant',
  },
  officer_sex_mismatch: {
    zh: '性别与身份证号第 17 位不符（奇数为男，偶数为女）',
    en: 'Does not match digit 17 of the resident ID (odd: male, even: female)',
  },
  officer_birth_date_mismatch: {
    zh: '出生日期与身份证号第 7–14 位不符',
    en: 'Does not match digits 7–14 of the resident ID',
  },
  officer_agency_change_is_transfer: {
    zh: '变更所属单位属于人员调动，请通过“调动与借调”办理',
    en: 'Moving an officer to another agency is a transfer: use Transfers',
  },
  officer_status_unchanged: { zh: '状态与当前相同', en: 'The officer already has this status' },
  officer_account_not_found: {
    zh: '账号不存在或不在本行政区划',
    en: 'Account not found in this tenant',
  },
  officer_account_taken: {
    zh: '该账号已关联其他执法人员',
    en: 'This account is already linked to another officer',
  },
  officer_no_photo: { zh: '该执法人员没有照片', en: 'This officer has no photo' },
} satisfies Record<string, Text>;

export const OFFICER_FIELD_LABELS: Record<string, Text> = {
  trainingHoursPerYear: { zh: '年度培训学时', en: 'Training hours per year' },
  certificateAlertDays: { zh: '证件到期预警天数', en: 'Certificate alert days' },
  certificateNumberPattern: { zh: '证号格式', en: 'Certificate number format' },
  eligibilityWindowMonths: { zh: '考试与培训有效期（月）', en: 'Eligibility window (months)' },
  legalReviewerTargetPercent: { zh: '法制审核人员比例目标（%）', en: 'Legal reviewer target (%)' },
  residentId: { zh: '身份证号', en: 'resident ID' },
  sex: { zh: '性别', en: 'sex' },
  birthDate: { zh: '出生日期', en: 'date of birth' },
  ethnicity: { zh: '民族', en: 'ethnicity' },
  post: { zh: '岗位职务', en: 'post' },
  frontLine: { zh: '一线执法岗位', en: 'front-line post' },
  legalReviewer: { zh: '法制审核人员', en: 'legal reviewer' },
  staffingType: { zh: '编制类型', en: 'staffing type' },
  domains: { zh: '执法领域', en: 'enforcement domains' },
  legalQualification: { zh: '法律职业资格', en: 'legal professional qualification' },
  joinedOn: { zh: '参加工作日期', en: 'date joined' },
  reason: { zh: '原因', en: 'reason' },
};
