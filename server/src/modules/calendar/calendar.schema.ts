// The working-day calendar (工作日历): national years, holidays and swapped working days, tenants' local holidays.
// The national calendar is shared reference data (no tenant_id: a Citus reference table); a tenant's local holidays
// (an autonomous area's ethnic holidays, 全国年节及纪念日放假办法 第四条) are tenant-owned, tenant_id leading the key.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One row per year whose national calendar (the State Council's notice) is entered: the year is "published". */
export const calendarYears = pgTable(
  'calendar_years',
  {
    year: integer('year').primaryKey(),
    /** 国务院办公厅关于2026年部分节假日安排的通知 */
    noticeTitle: text('notice_title').notNull(),
    /** 国办发明电〔2025〕7号, where known. */
    noticeNumber: text('notice_number'),
    publishedOn: date('published_on', { mode: 'string' }),
    /** 'package': seeded from the chinese-days package; 'admin': entered or corrected by an administrator. */
    source: text('source').notNull(),
    /** A fresh random value on every change of the year: the cheap change token the calendar cache is keyed on. */
    stamp: uuid('stamp').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    updatedByName: text('updated_by_name'),
  },
  (t) => [check('calendar_years_source_ck', sql`${t.source} in ('package','admin')`)],
);

/** The days of a published year that differ from the Monday–Friday rule. */
export const calendarEntries = pgTable(
  'calendar_entries',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    year: integer('year').notNull(),
    /** holiday: a rest day (法定节假日 or 调休休息); workday: a weekend day that is worked (调休上班). */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    note: text('note'),
  },
  (t) => [
    index('calendar_entries_year_idx').on(t.year),
    check('calendar_entries_kind_ck', sql`${t.kind} in ('holiday','workday')`),
  ],
);

/** A tenant's own holidays (and, rarely, its own swapped working days), each with the local act it rests on. */
export const tenantCalendarEntries = pgTable(
  'tenant_calendar_entries',
  {
    tenantId: text('tenant_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** The local act: 《迪庆藏族自治州自治条例》, the prefecture government's notice… */
    basis: text('basis').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.date] }),
    index('tenant_calendar_entries_year_idx').on(t.tenantId, t.year),
    check('tenant_calendar_entries_kind_ck', sql`${t.kind} in ('holiday','workday')`),
  ],
);

/** Per tenant: the change token of its local entries (a fresh random value on every change). */
export const tenantCalendars = pgTable('tenant_calendars', {
  tenantId: text('tenant_id').primaryKey(),
  stamp: uuid('stamp').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
