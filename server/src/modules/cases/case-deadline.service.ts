// The deadlines stored on cases when the calendar changes: a due date computed on a year with no published calendar
// (weekends only) is provisional, and is computed again once that year's calendar, or a tenant's local holidays,
// are entered — in the transaction that changed the calendar.
import { and, eq, sql } from 'drizzle-orm';
import type { DeadlineRuleId } from '../../../../contracts/procedure';
import type { Executor } from '../../platform/db/client';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { computeDeadline, type Suspension } from '../deadlines/deadline-compute';
import { DEADLINE_RULES } from '../deadlines/deadline-rules';
import { loadDeadlineSettings } from '../deadlines/deadline.service';
import { shanghaiDate } from '../../platform/legal-date';
import { suspensionsOf } from './case.repository';
import { caseDeadlines, cases } from './case.schema';

/**
 * The case's suspensions as they bear on a deadline started on `start`: those over before it drop out, one that began
 * earlier counts from the start (the engine refuses a suspension before its period begins).
 */
export function suspensionsFrom(
  start: string,
  rows: ReadonlyArray<{ fromOn: string; toOn: string | null; reason: string }>,
): Suspension[] {
  return rows
    .filter((r) => r.toOn === null || r.toOn > start)
    .map((r) => ({ from: r.fromOn > start ? r.fromOn : start, to: r.toOn, reason: r.reason }));
}

/**
 * Recomputes the running deadlines of cases whose due date was computed on a provisional (unpublished) calendar
 * year, after that year's calendar has been entered or a tenant's local holidays changed. Returns how many changed.
 * Called by the calendar module in the transaction that changed the calendar.
 */
export async function recomputeProvisionalDeadlines(
  ex: Executor,
  scope: { year: number; tenantId?: string },
): Promise<number> {
  const rows = await ex
    .select({ deadline: caseDeadlines, agencyId: cases.agencyId })
    .from(caseDeadlines)
    .innerJoin(cases, and(eq(cases.tenantId, caseDeadlines.tenantId), eq(cases.id, caseDeadlines.caseId)))
    .where(
      and(
        eq(caseDeadlines.status, 'running'),
        eq(caseDeadlines.provisional, true),
        scope.tenantId ? eq(caseDeadlines.tenantId, scope.tenantId) : undefined,
        // The changed year can only matter to periods that reach into it.
        sql`${caseDeadlines.dueOn} >= ${`${scope.year}-01-01`}`,
        sql`${caseDeadlines.startOn} <= ${`${scope.year}-12-31`}`,
      ),
    );
  let changed = 0;
  const today = shanghaiDate(new Date());
  // One calendar per tenant and one set of settings per agency, not one read per deadline.
  const calendars = new Map<string, Promise<WorkingCalendar>>();
  const settings = new Map<string, ReturnType<typeof loadDeadlineSettings>>();
  for (const { deadline: d, agencyId } of rows) {
    const rule = DEADLINE_RULES[d.ruleId as DeadlineRuleId];
    if (!rule || rule.unit === 'hours') continue;
    const suspensions = rule.suspensionsAllowed
      ? suspensionsFrom(d.startOn, await suspensionsOf(ex, d.tenantId, d.caseId))
      : [];
    if (!calendars.has(d.tenantId)) calendars.set(d.tenantId, loadWorkingCalendar(ex, d.tenantId));
    const settingsKey = `${d.tenantId}/${agencyId}`;
    if (!settings.has(settingsKey)) settings.set(settingsKey, loadDeadlineSettings(ex, d.tenantId, agencyId));
    const r = computeDeadline({
      rule: rule.id,
      start: d.startOn,
      calendar: await calendars.get(d.tenantId)!,
      settings: (await settings.get(settingsKey)!)[rule.id],
      suspensions,
      extensions: (d.extensions as Array<{ amount: number; approvedOn: string; reason: string }>) ?? [],
      asOf: today,
    });
    if (r.due === d.dueOn && r.provisional === d.provisional && r.calendarVersion === d.calendarVersion) continue;
    await ex
      .update(caseDeadlines)
      .set({
        dueOn: r.due,
        provisional: r.provisional,
        flags: r.flags,
        explanation: r.explanation,
        calendarVersion: r.calendarVersion,
        updatedAt: new Date(),
      })
      .where(
        and(eq(caseDeadlines.tenantId, d.tenantId), eq(caseDeadlines.caseId, d.caseId), eq(caseDeadlines.slot, d.slot)),
      );
    changed += 1;
  }
  return changed;
}
