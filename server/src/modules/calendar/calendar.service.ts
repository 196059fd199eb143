// Use cases on the working-day calendar (工作日历): seed the national years from the chinese-days package, load a
// tenant's calendar (national + local, cached per version), read years and days, enter or replace a year as the
// State Council's notice sets it, and keep a tenant's local holidays. A change recomputes the provisional
// deadlines of cases in the same transaction.
import { createHash, randomUUID } from 'node:crypto';
import {
  CALENDAR_MAX_DAYS,
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  type CalendarDaysView,
  type CalendarYearSummary,
  type CalendarYearsView,
  type CalendarYearView,
  type CalendarYearWriteView,
  type LocalEntriesView,
  type LocalEntryBody,
  type LocalEntryWriteView,
  type PutCalendarYearBody,
} from '../../../../contracts/calendar';
import type { Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound, type FieldError } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { recomputeProvisionalDeadlines } from '../cases/case-deadline.service';
import { findTenant } from '../tenants/tenant.repository';
import { packageYears, PACKAGE_SOURCE_NOTE } from './calendar.package';
import {
  abilitiesFor,
  canEditLocal,
  canEditNational,
  noticeSource,
  presentLocalEntry,
  presentNationalEntry,
  presentNotice,
} from './calendar.presenter';
import {
  allNationalEntries,
  calendarChangeToken,
  countEntriesByYear,
  countLocalByYear,
  deleteEntriesOfYear,
  deleteLocalEntry,
  entriesOfYear,
  existingYears,
  findLocalEntry,
  findYear,
  insertEntries,
  insertLocalEntry,
  insertMissingYears,
  listYears,
  localEntriesOf,
  touchTenantCalendar,
  upsertYear,
} from './calendar.repository';
import { addCalendarDays, daysBetween, WorkingCalendar, weekday, type CalendarEntry } from './working-calendar';

// ---------------------------------------------------------------------------------------------------------------
// Seeding

/**
 * Inserts every year the chinese-days package covers that is not entered yet, with its entries: idempotent, and a
 * year already present (seeded before, or entered or corrected by an administrator) is never touched. One
 * multi-row insert for the years and one for the entries. Returns the years inserted.
 */
export async function ensureNationalCalendar(ex: Executor): Promise<number[]> {
  const years = packageYears();
  const present = new Set(
    await existingYears(
      ex,
      years.map((y) => y.year),
    ),
  );
  const missing = years.filter((y) => !present.has(y.year));
  if (missing.length === 0) return [];
  return ex.transaction(async (tx) => {
    const now = new Date();
    const inserted = await insertMissingYears(
      tx,
      missing.map((y) => ({
        year: y.year,
        noticeTitle: y.notice.title,
        noticeNumber: y.notice.number ?? PACKAGE_SOURCE_NOTE,
        publishedOn: y.notice.publishedOn,
        source: 'package',
        stamp: randomUUID(),
        updatedAt: now,
      })),
    );
    // Another process may have seeded some of them meanwhile: only the years this call inserted get entries.
    const mine = new Set(inserted);
    await insertEntries(
      tx,
      missing
        .filter((y) => mine.has(y.year))
        .flatMap((y) =>
          y.entries.map((e) => ({ date: e.date, year: y.year, kind: e.kind, name: e.name, note: e.note })),
        ),
    );
    return inserted.sort((a, b) => a - b);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The working calendar of a tenant (for the deadline engine and the case transition function)

const CACHE_LIMIT = 256;
const cache = new Map<string, WorkingCalendar>();

function rememberCalendar(key: string, cal: WorkingCalendar): void {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, cal);
}

/**
 * The working-day calendar a tenant's deadlines are computed on: national years and entries plus its local ones.
 * Cheap on repeat: one small query reads the change token (a digest of the years' stamps and the tenant's local
 * stamp); the calendar is rebuilt only when it changed. `version` is a digest of the content itself, so that a
 * stored deadline names exactly the calendar data it was computed with.
 */
export async function loadWorkingCalendar(ex: Executor, tenantId: string): Promise<WorkingCalendar> {
  const key = `${tenantId}#${await calendarChangeToken(ex, tenantId)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // One after another: `ex` may be a transaction, which takes one query at a time.
  const years = await listYears(ex);
  const national = await allNationalEntries(ex);
  const local = await localEntriesOf(ex, tenantId);
  const sourceOf = new Map(years.map((y) => [y.year, noticeSource(y)]));
  const entries: CalendarEntry[] = [
    ...national.map((e) => ({
      date: e.date,
      kind: e.kind as CalendarEntry['kind'],
      name: e.name,
      source: sourceOf.get(e.year) ?? PACKAGE_SOURCE_NOTE,
      local: false,
    })),
    ...local.map((e) => ({
      date: e.date,
      kind: e.kind as CalendarEntry['kind'],
      name: e.name,
      source: e.basis,
      local: true,
    })),
  ];
  const published = years.map((y) => y.year);
  const cal = new WorkingCalendar(published, entries, calendarVersion(published, entries));
  rememberCalendar(key, cal);
  return cal;
}

/** A digest of what decides a day: the published years and every entry (date, kind, name, source, local). */
export function calendarVersion(published: readonly number[], entries: readonly CalendarEntry[]): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([...published].sort((a, b) => a - b)));
  const sorted = [...entries].sort((a, b) =>
    a.date === b.date ? Number(a.local) - Number(b.local) : a.date < b.date ? -1 : 1,
  );
  for (const e of sorted) h.update(`\n${e.date}|${e.kind}|${e.local ? 'L' : 'N'}|${e.name}|${e.source}`);
  return `cal-${h.digest('hex').slice(0, 16)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Whose calendar: the tenant a reader may look at

/** A tenant the actor's grants lie in: its own (by any scope inside it), or one a multi-tenant scope lists. */
function reachesTenant(actor: Actor, tenantId: string): boolean {
  return actor.grants.some((g) =>
    g.scopeKind === 'tenants' ? g.scopeTenants.includes(tenantId) : tenantId === actor.tenantId,
  );
}

async function tenantForRead(ex: Executor, actor: Actor, tenant: string | undefined): Promise<string> {
  let tenantId = tenant;
  if (!tenantId) {
    const first = actor.grants.find((g) => g.scopeKind === 'tenants')?.scopeTenants[0];
    tenantId = reachesTenant(actor, actor.tenantId) || !first ? actor.tenantId : first;
  }
  if (tenant && !reachesTenant(actor, tenantId)) throw notFound('tenant_not_found');
  if (!(await findTenant(ex, tenantId))) throw notFound('tenant_not_found');
  return tenantId;
}

async function tenantForLocalWrite(ex: Executor, actor: Actor, tenant: string | undefined): Promise<string> {
  const tenantId = tenant ?? actor.tenantId;
  if (!canEditLocal(actor, tenantId)) throw forbidden('out_of_scope');
  if (!(await findTenant(ex, tenantId))) throw notFound('tenant_not_found');
  return tenantId;
}

// ---------------------------------------------------------------------------------------------------------------
// Reads

export async function listCalendarYears(
  ex: Executor,
  actor: Actor,
  q: { tenant?: string },
  now: Date,
): Promise<CalendarYearsView> {
  const tenantId = await tenantForRead(ex, actor, q.tenant);
  const years = await listYears(ex);
  const counts = await countEntriesByYear(ex);
  const localCounts = await countLocalByYear(ex, tenantId);
  const cal = await loadWorkingCalendar(ex, tenantId);
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  const all = new Set<number>([...years.map((y) => y.year), ...localCounts.map((c) => c.year), thisYear, thisYear + 1]);
  const byYear = new Map(years.map((y) => [y.year, y]));
  const items: CalendarYearSummary[] = [...all]
    .sort((a, b) => b - a)
    .map((year) => {
      const y = byYear.get(year);
      const c = counts.find((x) => x.year === year);
      return {
        year,
        published: !!y,
        notice: y ? presentNotice(y) : null,
        holidayCount: c?.holidays ?? 0,
        workdayCount: c?.workdays ?? 0,
        localCount: localCounts.find((x) => x.year === year)?.count ?? 0,
      };
    });
  return { tenantId, version: cal.version, items, abilities: abilitiesFor(actor, tenantId) };
}

async function yearView(ex: Executor, actor: Actor, tenantId: string, year: number): Promise<CalendarYearView> {
  const y = await findYear(ex, year);
  const entries = await entriesOfYear(ex, year);
  const local = await localEntriesOf(ex, tenantId, year);
  const cal = await loadWorkingCalendar(ex, tenantId);
  return {
    year,
    tenantId,
    published: !!y,
    provisional: !y,
    notice: y ? presentNotice(y) : null,
    entries: entries.map(presentNationalEntry),
    localEntries: local.map(presentLocalEntry),
    version: cal.version,
    abilities: abilitiesFor(actor, tenantId),
  };
}

export async function getCalendarYear(
  ex: Executor,
  actor: Actor,
  year: number,
  q: { tenant?: string },
): Promise<CalendarYearView> {
  return yearView(ex, actor, await tenantForRead(ex, actor, q.tenant), year);
}

export async function listLocalEntries(
  ex: Executor,
  actor: Actor,
  q: { tenant?: string; year?: number },
): Promise<LocalEntriesView> {
  const tenantId = await tenantForRead(ex, actor, q.tenant);
  const rows = await localEntriesOf(ex, tenantId, q.year);
  return { tenantId, items: rows.map(presentLocalEntry), abilities: abilitiesFor(actor, tenantId) };
}

/** The DayInfo of every day from `from` to `to` (inclusive) on the tenant's calendar. */
export async function calendarDays(
  ex: Executor,
  actor: Actor,
  q: { tenant?: string; from: string; to: string },
): Promise<CalendarDaysView> {
  const span = daysBetween(q.from, q.to);
  if (span < 0) throw invalidInput({ to: 'calendar_range_reversed' });
  if (span + 1 > CALENDAR_MAX_DAYS) {
    throw invalidInput({ to: { key: 'calendar_range_too_long', params: { max: CALENDAR_MAX_DAYS } } });
  }
  const tenantId = await tenantForRead(ex, actor, q.tenant);
  const cal = await loadWorkingCalendar(ex, tenantId);
  const days = Array.from({ length: span + 1 }, (_, i) => cal.day(addCalendarDays(q.from, i)));
  return { tenantId, version: cal.version, days };
}

// ---------------------------------------------------------------------------------------------------------------
// Writes

const isWeekend = (date: string) => [0, 6].includes(weekday(date));

/** Rules a year's entries must follow; errors are keyed `entries.<i>.<field>`. */
export function checkYearEntries(year: number, entries: PutCalendarYearBody['entries']): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const at = `entries.${i}.date`;
    if (Number(e.date.slice(0, 4)) !== year) {
      fields[at] = { key: 'calendar_date_outside_year', params: { year } };
    } else if (seen.has(e.date)) {
      fields[at] = { key: 'calendar_duplicate_date', params: { date: e.date, first: seen.get(e.date)! + 1 } };
    } else if (e.kind === 'workday' && !isWeekend(e.date)) {
      fields[at] = { key: 'calendar_workday_not_weekend', params: { date: e.date } };
    }
    if (!seen.has(e.date)) seen.set(e.date, i);
  });
  return fields;
}

/**
 * Enters or replaces a year's national calendar (the notice and every entry), as an administrator does when the
 * State Council publishes next year's arrangements, or to correct a seeded entry. The year becomes published: its
 * provisional deadlines are recomputed in the same transaction.
 */
export async function putCalendarYear(
  tx: Tx,
  actor: Actor,
  year: number,
  body: PutCalendarYearBody,
  now: Date,
): Promise<WriteResult<CalendarYearWriteView>> {
  if (!canEditNational(actor)) throw forbidden('calendar_national_forbidden');
  const problems = checkYearEntries(year, body.entries);
  if (Object.keys(problems).length > 0) throw invalidInput(problems);
  await upsertYear(tx, {
    year,
    noticeTitle: body.noticeTitle,
    noticeNumber: body.noticeNumber || null,
    publishedOn: body.publishedOn ?? null,
    source: 'admin',
    updatedAt: now,
    updatedBy: actor.accountId,
    updatedByName: actor.displayName,
  });
  await deleteEntriesOfYear(tx, year);
  await insertEntries(
    tx,
    body.entries.map((e) => ({ date: e.date, year, kind: e.kind, name: e.name, note: e.note || null })),
  );
  const recomputedDeadlines = await recomputeProvisionalDeadlines(tx, { year });
  const view = await yearView(tx, actor, actor.tenantId, year);
  return {
    result: { ...view, recomputedDeadlines },
    recordIds: [`calendar_year:${year}`],
    detail: { year, entries: body.entries.length, recomputedDeadlines },
  };
}

function checkLocalDate(date: string): void {
  const year = Number(date.slice(0, 4));
  if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw invalidInput({
      date: { key: 'calendar_year_out_of_range', params: { min: CALENDAR_MIN_YEAR, max: CALENDAR_MAX_YEAR } },
    });
  }
}

/** Adds a local holiday (or local swapped working day) of the tenant, with the local act it rests on. */
export async function addLocalEntry(
  tx: Tx,
  actor: Actor,
  q: { tenant?: string },
  body: LocalEntryBody,
  now: Date,
): Promise<WriteResult<LocalEntryWriteView>> {
  const tenantId = await tenantForLocalWrite(tx, actor, q.tenant);
  checkLocalDate(body.date);
  if (body.kind === 'workday' && !isWeekend(body.date)) {
    throw invalidInput({ date: { key: 'calendar_workday_not_weekend', params: { date: body.date } } });
  }
  const existing = await findLocalEntry(tx, tenantId, body.date);
  if (existing) throw conflict({ date: { key: 'calendar_local_exists', params: { name: existing.name } } });
  const row = await insertLocalEntry(tx, {
    tenantId,
    date: body.date,
    year: Number(body.date.slice(0, 4)),
    kind: body.kind,
    name: body.name,
    basis: body.basis,
    createdAt: now,
    createdBy: actor.accountId,
    createdByName: actor.displayName,
  });
  await touchTenantCalendar(tx, tenantId, now);
  const recomputedDeadlines = await recomputeProvisionalDeadlines(tx, { year: row.year, tenantId });
  const cal = await loadWorkingCalendar(tx, tenantId);
  return {
    result: { entry: presentLocalEntry(row), version: cal.version, recomputedDeadlines },
    recordIds: [`calendar_local:${tenantId}:${row.date}`],
    tenantId,
    detail: { date: row.date, recomputedDeadlines },
  };
}

export async function removeLocalEntry(
  tx: Tx,
  actor: Actor,
  q: { tenant?: string },
  date: string,
  now: Date,
): Promise<WriteResult<LocalEntryWriteView>> {
  const tenantId = await tenantForLocalWrite(tx, actor, q.tenant);
  const row = await deleteLocalEntry(tx, tenantId, date);
  if (!row) throw notFound('calendar_local_not_found', { date });
  await touchTenantCalendar(tx, tenantId, now);
  const recomputedDeadlines = await recomputeProvisionalDeadlines(tx, { year: row.year, tenantId });
  const cal = await loadWorkingCalendar(tx, tenantId);
  return {
    result: { entry: null, version: cal.version, recomputedDeadlines },
    recordIds: [`calendar_local:${tenantId}:${date}`],
    tenantId,
    detail: { date, recomputedDeadlines },
  };
}
