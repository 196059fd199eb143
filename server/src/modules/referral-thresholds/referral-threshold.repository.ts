// Queries on referral thresholds, always joined with the owning agency so that the caller's scope applies.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { referralThresholds } from './referral-threshold.schema';

export type ThresholdRow = typeof referralThresholds.$inferSelect;
export type ThresholdInsert = typeof referralThresholds.$inferInsert;

export interface ThresholdAgency {
  tenantId: string;
  id: string;
  name: string;
  path: string;
  status: string;
}

const agencyColumns = {
  tenantId: agencies.tenantId,
  id: agencies.id,
  name: agencies.name,
  path: agencies.path,
  status: agencies.status,
};

export async function findAgencyInScope(ex: Executor, scopeWhere: SQL, agencyId: string) {
  const rows = await ex
    .select(agencyColumns)
    .from(agencies)
    .where(and(scopeWhere, eq(agencies.id, agencyId)))
    .limit(1);
  return (rows[0] as ThresholdAgency | undefined) ?? null;
}

const joinAgency = and(
  eq(agencies.tenantId, referralThresholds.tenantId),
  eq(agencies.id, referralThresholds.agencyId),
);

export async function listThresholds(
  ex: Executor,
  f: { scopeWhere: SQL; tenantId: string; agencyId?: string; sector?: string; status?: string },
) {
  const conds: SQL[] = [f.scopeWhere, eq(referralThresholds.tenantId, f.tenantId)];
  if (f.agencyId) conds.push(eq(referralThresholds.agencyId, f.agencyId));
  if (f.sector) conds.push(eq(referralThresholds.sector, f.sector));
  if (f.status) conds.push(eq(referralThresholds.status, f.status));
  return ex
    .select({ threshold: referralThresholds, agency: agencyColumns })
    .from(referralThresholds)
    .innerJoin(agencies, joinAgency)
    .where(and(...conds))
    .orderBy(
      asc(agencies.sortOrder),
      asc(agencies.name),
      asc(referralThresholds.sortOrder),
      asc(referralThresholds.createdAt),
    )
    .limit(2000) as Promise<{ threshold: ThresholdRow; agency: ThresholdAgency }[]>;
}

export async function findThresholdInScope(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = (await ex
    .select({ threshold: referralThresholds, agency: agencyColumns })
    .from(referralThresholds)
    .innerJoin(agencies, joinAgency)
    .where(and(scopeWhere, eq(referralThresholds.id, id)))
    .limit(1)) as { threshold: ThresholdRow; agency: ThresholdAgency }[];
  return rows[0] ?? null;
}

export async function insertThreshold(tx: Tx, row: ThresholdInsert) {
  const rows = await tx.insert(referralThresholds).values(row).returning();
  return rows[0];
}

export async function updateThresholdRow(tx: Tx, tenantId: string, id: string, set: Partial<ThresholdInsert>) {
  const rows = await tx
    .update(referralThresholds)
    .set(set)
    .where(and(eq(referralThresholds.tenantId, tenantId), eq(referralThresholds.id, id)))
    .returning();
  return rows[0];
}

export async function deleteThresholdRow(tx: Tx, tenantId: string, id: string) {
  await tx
    .delete(referralThresholds)
    .where(and(eq(referralThresholds.tenantId, tenantId), eq(referralThresholds.id, id)));
}
