// Queries on tenants and the region reference table.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../../platform/db/client';
import { regions, tenants } from './tenant.schema';

export type TenantRow = typeof tenants.$inferSelect;

export async function findTenant(ex: Executor, tenantId: string) {
  const rows = await ex.select().from(tenants).where(eq(tenants.tenantId, tenantId)).limit(1);
  return rows[0] ?? null;
}

const parentRegion = alias(regions, 'parent_region');
const parentTenant = alias(tenants, 'parent_tenant');

export async function listTenants(ex: Executor, tenantIds: string[] | 'all') {
  const q = ex
    .select({
      tenant: tenants,
      parentName: sql<string | null>`coalesce(${parentTenant.name}, ${parentRegion.name})`,
    })
    .from(tenants)
    .leftJoin(parentRegion, eq(parentRegion.code, tenants.parentCode))
    .leftJoin(parentTenant, eq(parentTenant.tenantId, tenants.parentCode));
  const rows = await (
    tenantIds === 'all' ? q : q.where(inArray(tenants.tenantId, tenantIds.length ? tenantIds : ['']))
  ).orderBy(asc(tenants.tenantId));
  return rows;
}

export async function listPublicTenants(ex: Executor) {
  return ex.select({ code: tenants.tenantId, name: tenants.name }).from(tenants).orderBy(asc(tenants.tenantId));
}

export async function insertTenant(tx: Tx, row: typeof tenants.$inferInsert) {
  return (await tx.insert(tenants).values(row).returning())[0];
}

export async function updateTenant(tx: Tx, tenantId: string, set: Partial<typeof tenants.$inferInsert>) {
  return (await tx.update(tenants).set(set).where(eq(tenants.tenantId, tenantId)).returning())[0];
}

export async function deleteTenant(tx: Tx, tenantId: string) {
  await tx.delete(tenants).where(and(eq(tenants.tenantId, tenantId)));
}

export async function findRegion(ex: Executor, code: string) {
  const rows = await ex.select().from(regions).where(eq(regions.code, code)).limit(1);
  return rows[0] ?? null;
}

export async function upsertRegions(ex: Executor, rows: Array<typeof regions.$inferInsert>) {
  if (rows.length === 0) return;
  await ex.insert(regions).values(rows).onConflictDoNothing();
}
