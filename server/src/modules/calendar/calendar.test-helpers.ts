// Fixtures of the working-day calendar for tests and the authorisation matrix.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { calendarEntries, calendarYears, tenantCalendarEntries } from './calendar.schema';
import { ensureNationalCalendar } from './calendar.service';
import { addCalendarDays, weekday } from './working-calendar';
import { touchTenantCalendar } from './calendar.repository';

/** Seeds the national calendar from the package (until migrateDatabase does it for every database). */
export const ensureCalendarSeeded = (ctx: AppContext) => ensureNationalCalendar(ctx.db);

/** The first Saturday or Sunday on or after a date of the year (for a valid swapped working day). */
export function firstWeekendOf(year: number, month = 1): string {
  for (let d = 1; d <= 7; d++) {
    const date = `${year}-${String(month).padStart(2, '0')}-0${d}`;
    if ([0, 6].includes(weekday(date))) return date;
  }
  throw new Error('unreachable');
}

/** The first Monday–Friday of a month. */
export function firstWeekdayOf(year: number, month = 1): string {
  for (let d = 1; d <= 7; d++) {
    const date = `${year}-${String(month).padStart(2, '0')}-0${d}`;
    if (![0, 6].includes(weekday(date))) return date;
  }
  throw new Error('unreachable');
}

/** A valid body for PUT /api/calendar/years/:year: one holiday and one swapped working day, named uniquely. */
export function yearBodyFor(year: number, tag = randomUUID().slice(0, 8)) {
  return {
    noticeTitle: `国务院办公厅关于${year}年部分节假日安排的通知`,
    noticeNumber: `测试〔${year}〕${tag}号`,
    publishedOn: `${year - 1}-11-01`,
    entries: [
      { date: firstWeekdayOf(year, 5), kind: 'holiday', name: '劳动节' },
      { date: firstWeekendOf(year, 4), kind: 'workday', name: '劳动节调休上班' },
    ],
  };
}

/** A valid local entry body on a weekday of the year (a rest day only because of it). */
export function localEntryBodyFor(year: number, month = 3) {
  return {
    date: firstWeekdayOf(year, month),
    kind: 'holiday',
    name: '藏历新年',
    basis: '测试用地方依据（自治州人民政府放假通知）',
  };
}

/** A year's stored state (the notice row and its entries), for "nothing changed" comparisons. */
export const yearSnapshot = (ex: Executor, year: number) => async () => ({
  year: (await ex.select().from(calendarYears).where(eq(calendarYears.year, year)))[0] ?? null,
  entries: await ex.select().from(calendarEntries).where(eq(calendarEntries.year, year)),
});

export const localEntriesSnapshot = (ex: Executor, tenantId: string) => () =>
  ex.select().from(tenantCalendarEntries).where(eq(tenantCalendarEntries.tenantId, tenantId));

let localDay = 0;
/** A date not used before in this process (2098, a year no other test touches): for local entries. */
export const nextLocalDate = () => addCalendarDays('2098-01-01', localDay++ % 365);

/** A local holiday written straight to the database (with the tenant's calendar version bumped). */
export async function insertLocalEntryFixture(ex: Executor, tenantId: string, date: string, name = '测试本地节日') {
  await touchTenantCalendar(ex, tenantId, new Date());
  await ex
    .insert(tenantCalendarEntries)
    .values({ tenantId, date, year: Number(date.slice(0, 4)), kind: 'holiday', name, basis: '测试依据' })
    .onConflictDoNothing();
  return (
    await ex
      .select()
      .from(tenantCalendarEntries)
      .where(and(eq(tenantCalendarEntries.tenantId, tenantId), eq(tenantCalendarEntries.date, date)))
  )[0];
}
