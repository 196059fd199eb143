// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const CASE_MESSAGES = {
  case_not_found: { zh: '案件不存在或不在您的数据范围内', en: 'Case not found or outside your data scope' },
  case_party_not_found: { zh: '当事人不存在', en: 'No such party' },
  case_guard_failed: {
    zh: '不能「{action_zh}」：{reasons_zh}',
    en: 'Cannot “{action_en}”: {reasons_en}',
  },
  case_invalid_transition: {
    zh: '案件当前处于「{state_zh}」，不能执行该操作（{action}）',
    en: 'The case is “{state_en}”; this action ({action}) is not possible now',
  },
  case_actor_not_allowed: {
    zh: '您不是本案可以「{action_zh}」的人员（承办人、审核人员或负责人）',
    en: 'You are not among those who may “{action_en}” on this case (handler, reviewer or head)',
  },
  case_date_in_future: { zh: '日期不能晚于今天', en: 'The date cannot be after today' },
  case_date_before_last: {
    zh: '日期不能早于上一环节的日期（{last}）',
    en: 'The date cannot be before the last step’s ({last})',
  },
  case_penalty_kinds_required: {
    zh: '须选择处罚种类，或者选择不予处罚',
    en: 'Choose the kinds of penalty, or no penalty',
  },
  case_fine_amount_kind: {
    zh: '选择罚款的须填写罚款金额，填写金额的须选择罚款',
    en: 'A fine needs an amount, and an amount needs the fine kind',
  },
  case_benchmark_not_in_force: {
    zh: '该裁量基准在本环节日期没有有效版本',
    en: 'The benchmark has no version in force on the step’s date',
  },
  case_no_pending_review: { zh: '没有待审核的法制审核', en: 'No legal review is pending' },
  case_review_changes_required: {
    zh: '「修改后同意」须写明修改后的处罚种类或金额',
    en: '“Agree after changes” needs the changed kinds or amount',
  },
  case_review_not_required: {
    zh: '本案不属于须法制审核的情形，可直接告知',
    en: 'This case needs no legal review; notify the party directly',
  },
  case_no_proposal: { zh: '尚未提出拟处理意见', en: 'No proposal yet' },
  case_officer_unknown: { zh: '执法人员不存在', en: 'No such officer' },
  case_officer_not_in_agency: {
    zh: '该执法人员不属于本单位（或其下级）',
    en: 'The officer is not of this agency (or below it)',
  },
  case_officer_not_in_post: { zh: '该执法人员不在岗', en: 'The officer is not in post' },
  case_officer_duplicate: { zh: '办案人员重复', en: 'The officer is listed twice' },
  case_hearing_date_after_notice: {
    zh: '听证日期须晚于通知日期',
    en: 'The hearing must be after the notice',
  },
  case_hearing_not_yet: { zh: '听证日期未到', en: 'The hearing date has not come' },
  case_electronic_consent_required: {
    zh: '电子送达须经当事人同意并签订确认书：请填写确认书编号（处罚法第六十一条）',
    en: 'Electronic service needs the party’s signed consent: give its reference (Art. 61)',
  },
  case_payment_short: {
    zh: '应缴 {owed} 元（含加处罚款 {surcharge} 元）',
    en: '{owed} yuan is due (incl. {surcharge} yuan surcharge)',
  },
  case_remedy_pending: { zh: '已有未结束的复议或诉讼', en: 'A review or lawsuit is already pending' },
  case_remedy_none: { zh: '没有未结束的复议或诉讼', en: 'No review or lawsuit is pending' },
  case_close_unpaid: {
    zh: '罚款尚未缴清，也未申请法院强制执行，不能结案',
    en: 'The fine is unpaid and no court execution was applied for: the case cannot close',
  },
  case_nothing_to_extend: { zh: '没有可以延长的期限', en: 'No running period to extend' },
  case_rule_not_extendable: { zh: '该期限依法不能延长', en: 'This period cannot be extended by law' },
  case_extension_too_long: {
    zh: '延长不得超过 {max}',
    en: 'The extension may not exceed {max}',
  },
  case_power_not_found: { zh: '权责清单事项不存在或不在有效清单中', en: 'No such power item in force' },
  case_agency_not_writable: {
    zh: '您不能在该单位办理案件',
    en: 'You cannot handle cases in this agency',
  },
  case_registered_in_future: { zh: '登记日期不能晚于今天', en: 'The registration date cannot be after today' },
  case_act_after_registration: {
    zh: '违法行为日期不能晚于登记日期',
    en: 'The act cannot be after the registration',
  },
  case_number_pattern_tokens: {
    zh: '案号格式须包含 {year} 和 {seq}',
    en: 'The pattern must contain {year} and {seq}',
  },
} satisfies Record<string, Text>;

// Field labels are one table for the whole API: only names no other module uses (generic ones such as `title` keep
// the label their first module gave them).
export const CASE_FIELD_LABELS: Record<string, Text> = {
  powerItemId: { zh: '职权事项', en: 'Power item' },
  actDate: { zh: '违法行为发生日期', en: 'Date of the act' },
  parties: { zh: '当事人', en: 'Parties' },
  handlerOfficerIds: { zh: '办案人员', en: 'Handlers' },
  registeredOn: { zh: '登记日期', en: 'Registration date' },
  'payload.date': { zh: '日期', en: 'Date' },
  'payload.opinion': { zh: '意见', en: 'Opinion' },
  'payload.reason': { zh: '理由', en: 'Reason' },
  'payload.penaltyKinds': { zh: '处罚种类', en: 'Kinds of penalty' },
  'payload.fineFen': { zh: '罚款金额', en: 'Fine' },
  'payload.amountFen': { zh: '缴款金额', en: 'Amount paid' },
  'payload.consentRef': { zh: '电子送达确认书', en: 'Consent to electronic service' },
  'payload.hearingOn': { zh: '听证日期', en: 'Hearing date' },
  'payload.hostOfficerId': { zh: '听证主持人', en: 'Hearing host' },
  'payload.benchmarkId': { zh: '裁量基准', en: 'Discretion benchmark' },
  'payload.changes': { zh: '修改内容', en: 'Changes' },
  'payload.amount': { zh: '延长期限', en: 'Extension' },
  'payload.kind': { zh: '救济类型', en: 'Remedy' },
};
