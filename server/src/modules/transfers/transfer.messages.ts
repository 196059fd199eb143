// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const TRANSFER_MESSAGES = {
  transfer_plan_not_found: {
    zh: '调动计划不存在或不在您的数据范围内',
    en: 'Transfer plan not found or outside your scope',
  },
  transfer_plan_wrong_state: {
    zh: '调动计划当前状态（{state}）不允许此操作',
    en: 'The transfer plan is {state}: this action is not allowed',
  },
  transfer_officer_not_in_agency: {
    zh: '该执法人员不是本单位在岗或借调中的人员',
    en: 'Not an officer of this agency in post or seconded',
  },
  transfer_officer_in_unknown: {
    zh: '调入人员须为本行政区划其他单位在岗或借调中的执法人员',
    en: 'The incoming officer must be in post or seconded at another agency of the region',
  },
  transfer_officer_not_found: {
    zh: '执法人员不存在或不在您的数据范围内',
    en: 'Officer not found or outside your scope',
  },
  transfer_officer_duplicate: {
    zh: '同一执法人员在本计划中只能出现一次',
    en: 'An officer may appear only once in a plan',
  },
  transfer_destination_required: {
    zh: '请填写调往单位（本区划单位或外单位名称）',
    en: 'Give the destination (an agency of the region or the name of an outside body)',
  },
  transfer_destination_unknown: {
    zh: '调往单位须为本行政区划内的其他在用单位',
    en: 'The destination must be another active agency of the region',
  },
  transfer_in_person_required: {
    zh: '调入事项须选择执法人员或填写新进人员姓名',
    en: 'Choose an officer or give the new person’s name',
  },
  transfer_post_unchanged: {
    zh: '岗位变动须改变一线岗位属性或岗位名称',
    en: 'A post change must change the front-line flag or the post',
  },
  transfer_items_required: {
    zh: '调动计划至少须有一项调出、调入或岗位变动',
    en: 'A plan needs at least one item',
  },
  transfer_balance_reason_required: {
    zh: '计划执行后一线执法人员为 {projected} 人，低于最低配置 {minimum} 人，须说明理由（香格里拉市司法局2024年6月26日通知第（四）项：保障一线执法队伍人员数量稳定）',
    en: 'After the plan the front line has {projected} officers, below the minimum of {minimum}: state the reason',
  },
  transfer_nothing_due: {
    zh: '没有已到生效日期且尚未执行的事项',
    en: 'No item is due and not yet applied',
  },
  transfer_org_filed_on_required: {
    zh: '填写文号时须同时填写组织部门备案日期',
    en: 'Give the date of the organisation department’s filing with its document number',
  },
  transfer_date_in_future: { zh: '日期不能晚于今天', en: 'The date may not be in the future' },
  secondment_not_found: {
    zh: '借调记录不存在或不在您的数据范围内',
    en: 'Secondment not found or outside your scope',
  },
  secondment_officer_not_in_post: {
    zh: '只有在岗的执法人员可以登记借调',
    en: 'Only an officer in post can be seconded',
  },
  secondment_end_before_start: {
    zh: '结束日期不能早于借调开始日期',
    en: 'The end may not be before the start',
  },
  secondment_already_active: {
    zh: '该执法人员已有未结束的借调',
    en: 'The officer already has an open secondment',
  },
  secondment_already_ended: { zh: '该借调已于 {on} 结束', en: 'This secondment ended on {on}' },
} satisfies Record<string, Text>;

export const TRANSFER_FIELD_LABELS: Record<string, Text> = {
  items: { zh: '计划事项', en: 'items' },
  'items.officerId': { zh: '执法人员', en: 'officer' },
  'items.destinationAgencyId': { zh: '调往单位', en: 'destination agency' },
  'items.destinationName': { zh: '调往单位名称', en: 'destination' },
  'items.newPersonName': { zh: '新进人员姓名', en: 'new person’s name' },
  'items.post': { zh: '岗位', en: 'post' },
  'items.frontLine': { zh: '一线执法岗位', en: 'front-line post' },
  'items.effectiveDate': { zh: '生效日期', en: 'effective date' },
  'items.reason': { zh: '变动理由', en: 'reason' },
  'items.kind': { zh: '事项类型', en: 'item kind' },
  balanceReason: { zh: '低于最低配置的理由', en: 'reason for falling below the minimum' },
  filedOn: { zh: '组织部门备案日期', en: 'organisation department filing date' },
  documentNo: { zh: '备案文号', en: 'document number' },
  destination: { zh: '借调去向', en: 'seconded to' },
  startDate: { zh: '借调开始日期', en: 'start date' },
  expectedEndDate: { zh: '预计结束日期', en: 'expected end' },
  approvalDocNo: { zh: '审批文号', en: 'approval document number' },
  endedOn: { zh: '借调结束日期', en: 'end date' },
  minimumFrontLine: { zh: '一线执法力量最低配置', en: 'minimum front-line strength' },
  secondedSharePercent: { zh: '借调比例上限（%）', en: 'seconded share limit (%)' },
  maxSecondmentMonths: { zh: '长期借调月数', en: 'long-running after (months)' },
};
