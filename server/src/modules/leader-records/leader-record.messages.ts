// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const LEADER_RECORD_MESSAGES = {
  leader_session_not_found: {
    zh: '学法记录不存在或不在您的数据范围内',
    en: 'Study session not found or outside your scope',
  },
  leader_appearance_not_found: {
    zh: '出庭应诉记录不存在或不在您的数据范围内',
    en: 'Court appearance not found or outside your scope',
  },
  leader_tenant_level_whole_scope: {
    zh: '政府层面的学法记录（不属于某一单位）须由全辖区范围的账号（司法局）维护',
    en: 'Government-level sessions (of no single agency) are kept by whole-tenant accounts (the justice bureau)',
  },
  leader_date_future: { zh: '日期不能晚于今天（{today}）', en: 'The date cannot be after today ({today})' },
  leader_officer_not_found: { zh: '执法人员不存在', en: 'No such officer' },
  leader_case_number_format: {
    zh: '案号格式应如（2026）云3401行初12号',
    en: 'A case number looks like （2026）云3401行初12号',
  },
  leader_appeared_required: {
    zh: '负责人出庭的，须填写出庭负责人姓名、职务和正副职',
    en: 'When the head appeared, give the name, post and rank',
  },
  leader_absence_reason_required: {
    zh: '负责人未出庭的，须写明不能出庭的理由（《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》第八条）',
    en: 'When the head did not appear, give the reason (SPC Provisions Art. 8)',
  },
  leader_delegate_required: {
    zh: '负责人不能出庭的，应当委托相应的工作人员出庭（《行政诉讼法》第三条第三款）',
    en: 'A head who cannot appear must entrust an appropriate official (Administrative Litigation Law Art. 3(3))',
  },
  leader_spoke_without_appearing: {
    zh: '负责人未出庭，不能记为“出庭出声”',
    en: 'A head who did not appear cannot have spoken in court',
  },
  leader_outcome_date_needs_outcome: {
    zh: '尚未裁判的案件不填裁判日期',
    en: 'A pending case has no judgment date',
  },
  leader_outcome_before_hearing: {
    zh: '裁判日期不能早于开庭日期（{date}）',
    en: 'The judgment date cannot be before the hearing ({date})',
  },
} satisfies Record<string, Text>;

export const LEADER_RECORD_FIELD_LABELS: Record<string, Text> = {
  date: { zh: '日期', en: 'date' },
  topic: { zh: '学法主题', en: 'topic' },
  lawsText: { zh: '所学法律法规', en: 'laws studied' },
  lecturer: { zh: '主讲人', en: 'lecturer' },
  participants: { zh: '参学领导', en: 'participants' },
  'participants.name': { zh: '参学领导姓名', en: 'participant name' },
  'participants.post': { zh: '参学领导职务', en: 'participant post' },
  'participants.officerId': { zh: '关联执法人员', en: 'linked officer' },
  hours: { zh: '学时', en: 'hours' },
  note: { zh: '备注', en: 'note' },
  court: { zh: '审理法院', en: 'court' },
  caseNumber: { zh: '案号', en: 'case number' },
  cause: { zh: '案由', en: 'cause' },
  plaintiff: { zh: '原告', en: 'plaintiff' },
  hearingDate: { zh: '开庭日期', en: 'hearing date' },
  appeared: { zh: '负责人是否出庭', en: 'head appeared' },
  appearedName: { zh: '出庭负责人', en: 'head who appeared' },
  appearedPost: { zh: '出庭负责人职务', en: 'post of the head' },
  appearedRank: { zh: '正职/副职', en: 'rank' },
  spoke: { zh: '出庭出声', en: 'spoke in court' },
  absenceReason: { zh: '未出庭理由', en: 'reason for absence' },
  delegateName: { zh: '受委托出庭人员', en: 'entrusted official' },
  delegatePost: { zh: '受委托人员职务', en: 'post of the entrusted official' },
  outcome: { zh: '裁判结果', en: 'outcome' },
  outcomeDate: { zh: '裁判日期', en: 'judgment date' },
};
