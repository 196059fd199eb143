// Demo local holidays for a tenant (an autonomous prefecture's ethnic holidays, 全国年节及纪念日放假办法 第四条).
//
// Deliberately empty for now: 迪庆藏族自治州 (香格里拉市 533401's prefecture) may set 藏历新年 and other ethnic
// holidays, but we could not find the text of the act that sets them for 迪庆 (the 自治条例's article, or the
// prefecture government's yearly notice with its dates), and a holiday without its real basis must not enter a
// calendar that deadlines are computed on. When the act is at hand, add its rows to DEMO_LOCAL_ENTRIES with the act
// named in `basis`; the function below already inserts them (idempotently) and bumps the tenant's calendar version.
import type { CalendarEntryKind } from '../../../../contracts/calendar';
import type { Executor } from '../../platform/db/client';
import { findLocalEntry, insertLocalEntry, touchTenantCalendar } from './calendar.repository';

export interface DemoLocalEntry {
  date: string;
  kind: CalendarEntryKind;
  name: string;
  /** The local act, cited in full (《迪庆藏族自治州自治条例》第X条, or the notice with its number). */
  basis: string;
}

export const DEMO_LOCAL_ENTRIES: readonly DemoLocalEntry[] = [];

/** Inserts the demo local entries the tenant does not have yet; returns how many were inserted. */
export async function seedDemoCalendar(ex: Executor, tenantId: string, now = new Date()): Promise<number> {
  if (DEMO_LOCAL_ENTRIES.length === 0) return 0;
  return ex.transaction(async (tx) => {
    let inserted = 0;
    for (const e of DEMO_LOCAL_ENTRIES) {
      if (await findLocalEntry(tx, tenantId, e.date)) continue;
      await insertLocalEntry(tx, { tenantId, ...e, year: Number(e.date.slice(0, 4)), createdAt: now });
      inserted++;
    }
    if (inserted > 0) await touchTenantCalendar(tx, tenantId, now);
    return inserted;
  });
}
