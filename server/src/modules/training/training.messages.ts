// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const TRAINING_MESSAGES = {
  training_hours_half: { zh: '学时须为 0.5 的整数倍', en: 'Hours must be in steps of 0.5' },
  training_course_not_found: {
    zh: '培训课程不存在或不在您的数据范围内',
    en: 'Course not found or outside your scope',
  },
  training_attendance_not_found: {
    zh: '参训记录不存在或不在您的数据范围内',
    en: 'Attendance record not found or outside your scope',
  },
  training_plan_not_found: {
    zh: '培训计划不存在或不在您的数据范围内',
    en: 'Training plan not found or outside your scope',
  },
  training_end_before_start: { zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  training_open_needs_tenant: {
    zh: '只有司法局（全辖区培训权限）可以设置面向全辖区的课程',
    en: 'Only the justice bureau (tenant-wide grant) can open a course to all agencies',
  },
  training_plan_item_unknown: {
    zh: '该计划项目不属于本单位的年度培训计划',
    en: 'The plan item is not in this agency’s training plans',
  },
  training_course_has_attendance: {
    zh: '该课程已有 {count} 条参训记录，请先删除参训记录',
    en: 'The course has {count} attendance records; remove them first',
  },
  training_course_full: {
    zh: '超过课程人数上限（{max} 人）',
    en: 'More than the course’s maximum of {max} participants',
  },
  training_duplicate_officer: {
    zh: '该执法人员已有本课程的参训记录，不能重复计入学时',
    en: 'This officer already has a record for this course and cannot be credited twice',
  },
  training_officer_unknown: {
    zh: '执法人员不存在或不在您的数据范围内',
    en: 'Officer not found or outside your scope',
  },
  training_officer_out_of_write_scope: {
    zh: '您无权为该执法人员登记学时（不在您的培训管理范围内）',
    en: 'You may not record training for this officer (outside your training scope)',
  },
  training_officer_inactive: {
    zh: '该执法人员已调离或退休，不能登记新的学时',
    en: 'This officer has left or retired; no new hours can be recorded',
  },
  training_hours_over_course: {
    zh: '计入学时不能超过课程学时（{max} 学时）',
    en: 'Credited hours cannot exceed the course’s {max} hours',
  },
  training_reason_required: {
    zh: '计入学时少于课程学时时须说明原因',
    en: 'A reason is required when fewer hours than the course’s are credited',
  },
  training_not_started: {
    zh: '课程尚未开始（{start}），不能登记为已参训',
    en: 'The course has not started yet ({start}); it cannot be marked attended',
  },
  training_plan_exists: {
    zh: '该单位 {year} 年的培训计划已存在',
    en: 'The agency already has a training plan for {year}',
  },
  training_plan_published: {
    zh: '培训计划已发布，不能再修改或删除',
    en: 'The plan is published and can no longer be changed or removed',
  },
  training_item_id_unknown: { zh: '计划项目编号不属于本计划', en: 'The item id is not in this plan' },
  training_item_in_use: {
    zh: '该计划项目已关联课程，不能删除',
    en: 'A course is linked to this plan item; it cannot be removed',
  },
} satisfies Record<string, Text>;

export const TRAINING_FIELD_LABELS: Record<string, Text> = {
  hours: { zh: '学时', en: 'hours' },
  provider: { zh: '主讲/承办单位', en: 'provider' },
  startDate: { zh: '开始日期', en: 'start date' },
  endDate: { zh: '结束日期', en: 'end date' },
  online: { zh: '线上培训', en: 'online' },
  maxParticipants: { zh: '人数上限', en: 'maximum participants' },
  openToAll: { zh: '面向全辖区', en: 'open to all agencies' },
  planItemId: { zh: '培训计划项目', en: 'plan item' },
  courseId: { zh: '培训课程', en: 'course' },
  officerId: { zh: '执法人员', en: 'officer' },
  entries: { zh: '参训人员', en: 'attendees' },
  'entries.officerId': { zh: '执法人员', en: 'officer' },
  'entries.status': { zh: '参训状态', en: 'attendance status' },
  'entries.hours': { zh: '计入学时', en: 'credited hours' },
  'entries.reason': { zh: '学时核减原因', en: 'reason for fewer hours' },
  year: { zh: '年度', en: 'year' },
  items: { zh: '计划项目', en: 'plan items' },
  'items.title': { zh: '项目名称', en: 'item title' },
  'items.kind': { zh: '培训类别', en: 'kind' },
  'items.plannedMonth': { zh: '计划月份', en: 'planned month' },
  'items.hours': { zh: '计划学时', en: 'planned hours' },
  'items.audience': { zh: '培训对象', en: 'audience' },
  'items.id': { zh: '计划项目编号', en: 'item id' },
  filter: { zh: '筛选', en: 'filter' },
};
