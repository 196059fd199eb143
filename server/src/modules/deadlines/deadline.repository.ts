// Queries on the deadline settings table. The caller decides whose rows may be read or written.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client';
import { deadlineSettings } from './deadline.schema';

export type DeadlineSettingRow = typeof deadlineSettings.$inferSelect;

/** The tenant-wide rows ('tenant') and, when given, an agency's own rows. */
export async function settingRowsOf(ex: Executor, tenantId: string, agencyId?: string): Promise<DeadlineSettingRow[]> {
  const keys = agencyId ? ['tenant', agencyId] : ['tenant'];
  return ex
    .select()
    .from(deadlineSettings)
    .where(and(eq(deadlineSettings.tenantId, tenantId), inArray(deadlineSettings.scopeKey, keys)));
}

export async function upsertSetting(
  tx: Tx,
  row: Omit<typeof deadlineSettings.$inferInsert, 'updatedAt'> & { updatedAt: Date },
): Promise<void> {
  await tx
    .insert(deadlineSettings)
    .values(row)
    .onConflictDoUpdate({
      target: [deadlineSettings.tenantId, deadlineSettings.scopeKey, deadlineSettings.ruleId],
      set: { amount: row.amount, extensionMax: row.extensionMax, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
    });
}

export async function deleteSetting(tx: Tx, tenantId: string, scopeKey: string, ruleId: string): Promise<void> {
  await tx
    .delete(deadlineSettings)
    .where(
      and(
        eq(deadlineSettings.tenantId, tenantId),
        eq(deadlineSettings.scopeKey, scopeKey),
        eq(deadlineSettings.ruleId, ruleId),
      ),
    );
}
