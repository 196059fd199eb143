// Test helpers of the deadline module: the national calendar as the chinese-days package has it (2004–2026
// published; 2027 and later provisional), independent of the calendar tables, for the pure engine's tests; and a
// settings row reader for the authorisation matrix.
import { createRequire } from 'node:module';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { deadlineSettings } from './deadline.schema';
import { WorkingCalendar, type CalendarEntry } from '../calendar/working-calendar';

const require = createRequire(import.meta.url);

/** The package's calendar; `extra` adds local entries (an ethnic holiday) or entries of a later year. */
export function packageCalendar(extra: CalendarEntry[] = [], extraYears: number[] = []): WorkingCalendar {
  const data = require('chinese-days/dist/chinese-days.json') as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const entries: CalendarEntry[] = [];
  const years = new Set<number>(extraYears);
  for (const [date, v] of Object.entries(data.holidays)) {
    years.add(Number(date.slice(0, 4)));
    entries.push({ date, kind: 'holiday', name: v.split(',')[1], source: 'chinese-days', local: false });
  }
  for (const [date, v] of Object.entries(data.workdays)) {
    entries.push({ date, kind: 'workday', name: `${v.split(',')[1]}调休上班`, source: 'chinese-days', local: false });
  }
  return new WorkingCalendar(years, [...entries, ...extra], 'test-package');
}

/** One row of deadline_settings (or null): the matrix compares it before and after a refused write. */
export async function deadlineSettingRow(
  db: Executor,
  tenantId: string,
  scopeKey: string,
  ruleId: string,
): Promise<unknown> {
  const rows = await db
    .select()
    .from(deadlineSettings)
    .where(
      and(
        eq(deadlineSettings.tenantId, tenantId),
        eq(deadlineSettings.scopeKey, scopeKey),
        eq(deadlineSettings.ruleId, ruleId),
      ),
    );
  return rows[0] ?? null;
}
