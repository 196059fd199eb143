// The working-day calendar (工作日历), shared by server and web. Public holidays and swapped working days are set
// each year by the State Council's notice (国务院办公厅关于…年部分节假日安排的通知) under 《全国年节及纪念日放假办法》;
// the local governments of autonomous areas may add their ethnic holidays (同办法第四条). A year without a
// published national calendar is counted on weekends alone and flagged provisional (LEGAL-RULES.md, "How periods
// are counted").
import { z } from 'zod';
import { tenantCode } from './tenant';

type Label = { zh: string; en: string };

export const CALENDAR_ENTRY_KINDS = ['holiday', 'workday'] as const;
export type CalendarEntryKind = (typeof CALENDAR_ENTRY_KINDS)[number];
export const CALENDAR_ENTRY_KIND_LABELS: Record<CalendarEntryKind, Label> = {
  holiday: { zh: '放假', en: 'Holiday' },
  workday: { zh: '调休上班', en: 'Swapped working day' },
};

export const DAY_REASONS = ['workday', 'weekend', 'holiday', 'swapped_workday'] as const;
export type DayReasonName = (typeof DAY_REASONS)[number];
export const DAY_REASON_LABELS: Record<DayReasonName, Label> = {
  workday: { zh: '工作日', en: 'Working day' },
  weekend: { zh: '周末', en: 'Weekend' },
  holiday: { zh: '节假日', en: 'Holiday' },
  swapped_workday: { zh: '调休上班', en: 'Swapped working day' },
};

export const CALENDAR_SOURCES = ['package', 'admin'] as const;
export type CalendarSource = (typeof CALENDAR_SOURCES)[number];
export const CALENDAR_SOURCE_LABELS: Record<CalendarSource, Label> = {
  package: { zh: '据 chinese-days 数据包导入', en: 'Imported from the chinese-days package' },
  admin: { zh: '管理员录入', en: 'Entered by an administrator' },
};

/** Shown wherever a date of an unpublished year is used. */
export const PROVISIONAL_NOTICE: Label = {
  zh: '暂定：该年度国务院节假日安排尚未录入，按周末推算',
  en: 'Provisional: the State Council’s holiday arrangements for this year are not entered yet; counted on weekends',
};

export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;
/** The longest range GET /api/calendar/days answers. */
export const CALENDAR_MAX_DAYS = 400;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const calendarYear = z.coerce.number().int().min(CALENDAR_MIN_YEAR).max(CALENDAR_MAX_YEAR);
export const calendarYearParams = z.strictObject({ year: calendarYear });

/** Whose local holidays to include: the caller's own tenant when omitted. */
export const calendarTenantQuery = z.strictObject({ tenant: tenantCode.optional() });

// --- National years --------------------------------------------------------------------------------------------

export const nationalEntryBody = z.strictObject({
  date: z.iso.date(),
  kind: z.enum(CALENDAR_ENTRY_KINDS),
  /** 春节, 国庆节, 春节调休上班… */
  name: text(50),
  note: optionalText(200),
});
export type NationalEntryBody = z.infer<typeof nationalEntryBody>;

/** Enter or replace a year's national calendar, as the State Council's notice sets it. */
export const putCalendarYearBody = z.strictObject({
  noticeTitle: text(200),
  noticeNumber: optionalText(100),
  publishedOn: z.iso.date().nullable().optional(),
  entries: z.array(nationalEntryBody).max(200),
});
export type PutCalendarYearBody = z.infer<typeof putCalendarYearBody>;

export const calendarNoticeView = z.object({
  title: z.string(),
  number: z.string().nullable(),
  publishedOn: z.string().nullable(),
  source: z.enum(CALENDAR_SOURCES),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type CalendarNoticeView = z.infer<typeof calendarNoticeView>;

export const nationalEntryView = z.object({
  date: z.string(),
  kind: z.enum(CALENDAR_ENTRY_KINDS),
  name: z.string(),
  note: z.string().nullable(),
});
export type NationalEntryView = z.infer<typeof nationalEntryView>;

// --- Local entries ---------------------------------------------------------------------------------------------

export const localEntryBody = z.strictObject({
  date: z.iso.date(),
  kind: z.enum(CALENDAR_ENTRY_KINDS),
  /** 藏历新年 */
  name: text(50),
  /** The local act: 《迪庆藏族自治州自治条例》第X条, the prefecture's notice… */
  basis: text(500),
});
export type LocalEntryBody = z.infer<typeof localEntryBody>;

export const localEntryView = z.object({
  date: z.string(),
  kind: z.enum(CALENDAR_ENTRY_KINDS),
  name: z.string(),
  basis: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type LocalEntryView = z.infer<typeof localEntryView>;

export const calendarAbilities = z.object({
  /** Enter or replace a year's national calendar. */
  editNational: z.boolean(),
  /** Add or remove the tenant's local holidays. */
  editLocal: z.boolean(),
});
export type CalendarAbilities = z.infer<typeof calendarAbilities>;

export const localEntriesQuery = z.strictObject({
  tenant: tenantCode.optional(),
  year: calendarYear.optional(),
});
export const localEntriesView = z.object({
  tenantId: z.string(),
  items: z.array(localEntryView),
  abilities: calendarAbilities,
});
export type LocalEntriesView = z.infer<typeof localEntriesView>;

export const localEntryParams = z.strictObject({ date: z.iso.date() });

// --- Views -----------------------------------------------------------------------------------------------------

export const calendarYearSummary = z.object({
  year: z.number(),
  published: z.boolean(),
  notice: calendarNoticeView.nullable(),
  holidayCount: z.number(),
  workdayCount: z.number(),
  localCount: z.number(),
});
export type CalendarYearSummary = z.infer<typeof calendarYearSummary>;

export const calendarYearsView = z.object({
  tenantId: z.string(),
  /** The calendar's version for this tenant (national + local data), as stored beside computed deadlines. */
  version: z.string(),
  items: z.array(calendarYearSummary),
  abilities: calendarAbilities,
});
export type CalendarYearsView = z.infer<typeof calendarYearsView>;

export const calendarYearView = z.object({
  year: z.number(),
  tenantId: z.string(),
  published: z.boolean(),
  /** No national calendar for the year: its days are judged on weekends (and local entries) alone. */
  provisional: z.boolean(),
  notice: calendarNoticeView.nullable(),
  entries: z.array(nationalEntryView),
  localEntries: z.array(localEntryView),
  version: z.string(),
  abilities: calendarAbilities,
});
export type CalendarYearView = z.infer<typeof calendarYearView>;

/** After a change: how many provisional deadlines of cases were recomputed on the new calendar. */
export const calendarYearWriteView = calendarYearView.extend({ recomputedDeadlines: z.number() });
export type CalendarYearWriteView = z.infer<typeof calendarYearWriteView>;

export const localEntryWriteView = z.object({
  entry: localEntryView.nullable(),
  version: z.string(),
  recomputedDeadlines: z.number(),
});
export type LocalEntryWriteView = z.infer<typeof localEntryWriteView>;

export const dayInfoView = z.object({
  date: z.string(),
  working: z.boolean(),
  reason: z.enum(DAY_REASONS),
  name: z.string().nullable(),
  source: z.string().nullable(),
  local: z.boolean(),
  provisional: z.boolean(),
});
export type DayInfoView = z.infer<typeof dayInfoView>;

export const calendarDaysQuery = z.strictObject({
  tenant: tenantCode.optional(),
  from: z.iso.date(),
  to: z.iso.date(),
});
export const calendarDaysView = z.object({
  tenantId: z.string(),
  version: z.string(),
  days: z.array(dayInfoView),
});
export type CalendarDaysView = z.infer<typeof calendarDaysView>;
