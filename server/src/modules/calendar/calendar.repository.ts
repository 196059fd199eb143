// Queries on the working-day calendar: national years and entries (shared), a tenant's local entries and its
// change token. Writes take the transaction explicitly.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client';
import { calendarEntries, calendarYears, tenantCalendarEntries, tenantCalendars } from './calendar.schema';

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type CalendarYearInsert = typeof calendarYears.$inferInsert;
export type CalendarEntryRow = typeof calendarEntries.$inferSelect;
export type LocalEntryRow = typeof tenantCalendarEntries.$inferSelect;

/**
 * The cheap change token of a tenant's calendar: a digest of every year's stamp (≈ 25 rows) and the tenant's
 * local stamp. Stamps are fresh random values on every change, so a token never comes back after a rollback.
 */
export async function calendarChangeToken(ex: Executor, tenantId: string): Promise<string> {
  const [row] = await ex
    .select({
      national: sql<
        string | null
      >`md5(string_agg(${calendarYears.year}::text || ':' || ${calendarYears.stamp}::text, ',' order by ${calendarYears.year}))`,
      local: sql<
        string | null
      >`(select ${tenantCalendars.stamp}::text from ${tenantCalendars} where ${tenantCalendars.tenantId} = ${tenantId})`,
    })
    .from(calendarYears);
  return `${row?.national ?? '-'}|${row?.local ?? '-'}`;
}

export async function listYears(ex: Executor) {
  return ex.select().from(calendarYears).orderBy(asc(calendarYears.year));
}

export async function findYear(ex: Executor, year: number) {
  const rows = await ex.select().from(calendarYears).where(eq(calendarYears.year, year)).limit(1);
  return rows[0] ?? null;
}

/** Years already entered among the given ones. */
export async function existingYears(ex: Executor, years: readonly number[]): Promise<number[]> {
  if (years.length === 0) return [];
  const rows = await ex
    .select({ year: calendarYears.year })
    .from(calendarYears)
    .where(inArray(calendarYears.year, [...years]));
  return rows.map((r) => r.year);
}

export async function countEntriesByYear(ex: Executor) {
  return ex
    .select({
      year: calendarEntries.year,
      holidays: sql<number>`count(*) filter (where ${calendarEntries.kind} = 'holiday')::int`,
      workdays: sql<number>`count(*) filter (where ${calendarEntries.kind} = 'workday')::int`,
    })
    .from(calendarEntries)
    .groupBy(calendarEntries.year);
}

export async function countLocalByYear(ex: Executor, tenantId: string) {
  return ex
    .select({ year: tenantCalendarEntries.year, count: sql<number>`count(*)::int` })
    .from(tenantCalendarEntries)
    .where(eq(tenantCalendarEntries.tenantId, tenantId))
    .groupBy(tenantCalendarEntries.year);
}

export async function entriesOfYear(ex: Executor, year: number) {
  return ex.select().from(calendarEntries).where(eq(calendarEntries.year, year)).orderBy(asc(calendarEntries.date));
}

export async function allNationalEntries(ex: Executor) {
  return ex.select().from(calendarEntries).orderBy(asc(calendarEntries.date));
}

export async function localEntriesOf(ex: Executor, tenantId: string, year?: number) {
  return ex
    .select()
    .from(tenantCalendarEntries)
    .where(
      and(
        eq(tenantCalendarEntries.tenantId, tenantId),
        year === undefined ? undefined : eq(tenantCalendarEntries.year, year),
      ),
    )
    .orderBy(asc(tenantCalendarEntries.date));
}

export async function findLocalEntry(ex: Executor, tenantId: string, date: string) {
  const rows = await ex
    .select()
    .from(tenantCalendarEntries)
    .where(and(eq(tenantCalendarEntries.tenantId, tenantId), eq(tenantCalendarEntries.date, date)))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Inserts years that are not there yet (one statement); returns the years actually inserted. A year already
 * present — seeded earlier, or entered by an administrator — is left as it is.
 */
export async function insertMissingYears(ex: Executor, rows: CalendarYearInsert[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await ex
    .insert(calendarYears)
    .values(rows)
    .onConflictDoNothing({ target: calendarYears.year })
    .returning({ year: calendarYears.year });
  return inserted.map((r) => r.year);
}

/** One multi-row insert; a date already present is left alone. */
export async function insertEntries(ex: Executor, rows: Array<typeof calendarEntries.$inferInsert>): Promise<void> {
  if (rows.length === 0) return;
  await ex.insert(calendarEntries).values(rows).onConflictDoNothing({ target: calendarEntries.date });
}

/** Creates or replaces the year's row (a fresh stamp: the calendar's version changes). */
export async function upsertYear(tx: Tx, row: Omit<CalendarYearInsert, 'stamp'>): Promise<CalendarYearRow> {
  const stamp = randomUUID();
  const [saved] = await tx
    .insert(calendarYears)
    .values({ ...row, stamp })
    .onConflictDoUpdate({
      target: calendarYears.year,
      set: {
        noticeTitle: row.noticeTitle,
        noticeNumber: row.noticeNumber ?? null,
        publishedOn: row.publishedOn ?? null,
        source: row.source,
        stamp,
        updatedAt: row.updatedAt,
        updatedBy: row.updatedBy ?? null,
        updatedByName: row.updatedByName ?? null,
      },
    })
    .returning();
  return saved;
}

export async function deleteEntriesOfYear(tx: Tx, year: number): Promise<void> {
  await tx.delete(calendarEntries).where(eq(calendarEntries.year, year));
}

export async function insertLocalEntry(tx: Tx, row: typeof tenantCalendarEntries.$inferInsert) {
  const [saved] = await tx.insert(tenantCalendarEntries).values(row).returning();
  return saved;
}

export async function deleteLocalEntry(tx: Tx, tenantId: string, date: string) {
  const rows = await tx
    .delete(tenantCalendarEntries)
    .where(and(eq(tenantCalendarEntries.tenantId, tenantId), eq(tenantCalendarEntries.date, date)))
    .returning();
  return rows[0] ?? null;
}

/** A fresh change token for the tenant's local entries. */
export async function touchTenantCalendar(ex: Executor, tenantId: string, now: Date): Promise<void> {
  const stamp = randomUUID();
  await ex
    .insert(tenantCalendars)
    .values({ tenantId, stamp, updatedAt: now })
    .onConflictDoUpdate({ target: tenantCalendars.tenantId, set: { stamp, updatedAt: now } });
}
