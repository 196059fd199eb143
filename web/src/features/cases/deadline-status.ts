// Whether a deadline is overdue or due soon ("within 3 working days", the workbench's window) as seen today in
// Asia/Shanghai, judged on the working-day calendar the server publishes; without it, on weekends alone.

export type DueTone = 'overdue' | 'soon' | 'normal';

export interface WorkingDay {
  date: string;
  working: boolean;
}

/** The third working day after `today` (today not counted), or null when the calendar given is too short. */
export function thirdWorkingDayAfter(today: string, days: readonly WorkingDay[]): string | null {
  let count = 0;
  for (const d of days) {
    if (d.date <= today || !d.working) continue;
    count += 1;
    if (count === 3) return d.date;
  }
  return null;
}

/** Weekdays only, for when the calendar cannot be read: from `today` (exclusive) for `span` days. */
export function weekdaysAfter(today: string, span: number): WorkingDay[] {
  const out: WorkingDay[] = [];
  const [y, m, d] = today.split('-').map(Number);
  for (let i = 1; i <= span; i++) {
    const date = new Date(Date.UTC(y, m - 1, d + i));
    const day = date.getUTCDay();
    out.push({ date: date.toISOString().slice(0, 10), working: day !== 0 && day !== 6 });
  }
  return out;
}

/** Adds `n` calendar days to a YYYY-MM-DD date. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function dueTone(dueOn: string, today: string, soonUntil: string | null, overdue = false): DueTone {
  if (overdue || dueOn < today) return 'overdue';
  if (soonUntil && dueOn <= soonUntil) return 'soon';
  return 'normal';
}
