// The working-day calendar as a pure value (工作日 / 法定节假日 / 调休): built from the calendar tables by
// calendar.service.ts (loadWorkingCalendar), used by the deadline engine. Dates are Asia/Shanghai calendar dates
// written YYYY-MM-DD; nothing here looks at a clock or a time zone.

/** A day that differs from the Monday–Friday rule: a rest day, or a weekend day that is worked (调休上班). */
export interface CalendarEntry {
  date: string;
  kind: 'holiday' | 'workday';
  /** 春节, 国庆节, 调休上班, 藏历新年… */
  name: string;
  /** Where it comes from: the State Council notice (国办发明电〔2024〕12号) or the local act. */
  source: string;
  /** Set by the tenant (an ethnic holiday of an autonomous area), not by the national calendar. */
  local: boolean;
}

export type DayReason = 'workday' | 'weekend' | 'holiday' | 'swapped_workday';

export interface DayInfo {
  date: string;
  working: boolean;
  reason: DayReason;
  /** The holiday or swap's name, when the day is one. */
  name: string | null;
  source: string | null;
  local: boolean;
  /** The year has no published national calendar: the day was judged on weekends (and local entries) alone. */
  provisional: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws on anything but a real calendar date YYYY-MM-DD. */
export function assertIsoDate(date: string): void {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== date) throw new RangeError(`not a real date: ${date}`);
}

export function isIsoDate(date: string): boolean {
  try {
    assertIsoDate(date);
    return true;
  } catch {
    return false;
  }
}

/** date + n calendar days (n may be negative). */
export function addCalendarDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** date + n calendar months, clamped to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addCalendarMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/** Whole days from a to b (b − a), both YYYY-MM-DD. */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number);
  const [by, bm, bd] = b.split('-').map(Number);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export class WorkingCalendar {
  private readonly entries = new Map<string, CalendarEntry>();
  private readonly localEntries = new Map<string, CalendarEntry>();
  private readonly published: ReadonlySet<number>;

  /**
   * @param publishedYears years whose national calendar (State Council notice) is entered
   * @param entries national entries and the tenant's local ones; a local holiday on a national swapped working
   *   day makes the day a rest day (the local act is the later, more specific rule)
   * @param version identifies the calendar data the result was computed with (stored beside each deadline)
   */
  constructor(
    publishedYears: Iterable<number>,
    entries: Iterable<CalendarEntry>,
    readonly version: string = 'unversioned',
  ) {
    this.published = new Set(publishedYears);
    for (const e of entries) {
      assertIsoDate(e.date);
      (e.local ? this.localEntries : this.entries).set(e.date, e);
    }
  }

  isPublished(year: number): boolean {
    return this.published.has(year);
  }

  get publishedYears(): number[] {
    return [...this.published].sort((a, b) => a - b);
  }

  day(date: string): DayInfo {
    assertIsoDate(date);
    const year = Number(date.slice(0, 4));
    const provisional = !this.published.has(year);
    const local = this.localEntries.get(date);
    if (local?.kind === 'holiday') return info(date, false, 'holiday', local, provisional);
    const national = provisional ? undefined : this.entries.get(date);
    if (national?.kind === 'holiday') return info(date, false, 'holiday', national, provisional);
    if (national?.kind === 'workday') return info(date, true, 'swapped_workday', national, provisional);
    if (local?.kind === 'workday') return info(date, true, 'swapped_workday', local, provisional);
    const wd = weekday(date);
    if (wd === 0 || wd === 6) return info(date, false, 'weekend', null, provisional);
    return info(date, true, 'workday', null, provisional);
  }

  isWorkingDay(date: string): boolean {
    return this.day(date).working;
  }
}

function info(
  date: string,
  working: boolean,
  reason: DayReason,
  entry: CalendarEntry | null,
  provisional: boolean,
): DayInfo {
  return {
    date,
    working,
    reason,
    name: entry?.name ?? null,
    source: entry?.source ?? null,
    local: entry?.local ?? false,
    provisional,
  };
}
