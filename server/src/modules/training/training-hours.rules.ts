// Pure rules on training hours: tenths ↔ hours, the share of a year elapsed on an Asia/Shanghai date, and an
// officer's standing against the yearly threshold (每人每年不少于60学时; docs/training.md gives the basis).

/** Hours are stored as integer tenths so sums are exact. */
export const toTenths = (hours: number): number => Math.round(hours * 10);
export const toHours = (tenths: number): number => tenths / 10;

const round1 = (n: number): number => Math.round(n * 10) / 10;

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInYear = (y: number): number => (isLeapYear(y) ? 366 : 365);

/** Day of the year (1 = 1 January) of a YYYY-MM-DD date. */
export function dayOfYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
}

export interface YearProgress {
  /** Share of the year elapsed, today included: 1 for past years, 0 for future ones. */
  elapsedShare: number;
  /** Days after today until 31 December inclusive (0 for past years). */
  daysLeft: number;
}

/** How far `year` has run on `today` (Asia/Shanghai YYYY-MM-DD). */
export function yearProgress(year: number, today: string): YearProgress {
  const todayYear = Number(today.slice(0, 4));
  const total = daysInYear(year);
  if (year < todayYear) return { elapsedShare: 1, daysLeft: 0 };
  if (year > todayYear) return { elapsedShare: 0, daysLeft: total };
  const elapsed = dayOfYear(today);
  return { elapsedShare: elapsed / total, daysLeft: total - elapsed };
}

export interface HoursStanding {
  met: boolean;
  shortfall: number;
  /** The pro-rata hours expected by today: threshold × elapsed share, one decimal. */
  expectedByNow: number;
  /** Below the pro-rata figure: a warning to plan training, not a finding against the officer. */
  behindSchedule: boolean;
}

export function hoursStanding(hours: number, threshold: number, elapsedShare: number): HoursStanding {
  const expectedByNow = round1(threshold * elapsedShare);
  const met = hours >= threshold;
  return {
    met,
    shortfall: met ? 0 : round1(threshold - hours),
    expectedByNow,
    behindSchedule: !met && hours < expectedByNow,
  };
}

/** Percent with one decimal, null without a denominator. */
export const percent = (n: number, d: number): number | null => (d === 0 ? null : round1((n * 100) / d));
