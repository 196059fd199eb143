// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const CALENDAR_MESSAGES = {
  calendar_date_outside_year: {
    zh: '日期不在 {year} 年内',
    en: 'The date is not in {year}',
  },
  calendar_duplicate_date: {
    zh: '日期 {date} 重复（与第 {first} 行相同）',
    en: 'Date {date} appears twice (same as row {first})',
  },
  calendar_workday_not_weekend: {
    zh: '调休上班日应为周六或周日，{date} 不是',
    en: 'A swapped working day falls on a Saturday or Sunday; {date} does not',
  },
  calendar_year_out_of_range: {
    zh: '年份应在 {min} 至 {max} 年之间',
    en: 'The year must be between {min} and {max}',
  },
  calendar_national_forbidden: {
    zh: '录入全国节假日安排须具有整个行政区划范围的工作日历管理权限，或为系统管理员',
    en: 'Entering the national calendar needs calendar rights over a whole tenant, or the system administrator role',
  },
  calendar_local_exists: {
    zh: '该日已有本地节假日（{name}），请先删除',
    en: 'This date already has a local entry ({name}); remove it first',
  },
  calendar_local_not_found: {
    zh: '{date} 没有本地节假日',
    en: 'There is no local entry on {date}',
  },
  calendar_range_reversed: {
    zh: '结束日期不能早于开始日期',
    en: 'The end date cannot be before the start date',
  },
  calendar_range_too_long: {
    zh: '日期范围不能超过 {max} 天',
    en: 'The range may not exceed {max} days',
  },
} satisfies Record<string, Text>;

// Only keys no other module labels: the labels are one global table (a generic key like `date` is taken).
export const CALENDAR_FIELD_LABELS: Record<string, Text> = {
  noticeTitle: { zh: '通知名称', en: 'notice title' },
  noticeNumber: { zh: '通知文号', en: 'notice number' },
  publishedOn: { zh: '发布日期', en: 'publication date' },
  'entries.date': { zh: '日期', en: 'date' },
  'entries.kind': { zh: '类型（放假/调休上班）', en: 'kind (holiday / swapped working day)' },
  'entries.name': { zh: '节日名称', en: 'holiday name' },
  'entries.note': { zh: '备注', en: 'note' },
};
