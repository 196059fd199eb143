// Queries on agencies. The caller passes the scope fragment; nothing outside it is found.
import { and, asc, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client';
import { accounts } from '../accounts/account.schema';
import { agencies } from './agency.schema';

export type AgencyRow = typeof agencies.$inferSelect;
export type AgencyInsert = typeof agencies.$inferInsert;

export async function listAgencies(
  ex: Executor,
  f: { scopeWhere: SQL; tenantId?: string; status?: string; q?: string },
) {
  const conds: SQL[] = [f.scopeWhere];
  if (f.tenantId) conds.push(eq(agencies.tenantId, f.tenantId));
  if (f.status) conds.push(eq(agencies.status, f.status));
  if (f.q)
    conds.push(
      or(
        ilike(agencies.name, `%${f.q}%`),
        ilike(agencies.shortName, `%${f.q}%`),
        eq(agencies.uscc, f.q.toUpperCase()),
      )!,
    );
  return ex
    .select()
    .from(agencies)
    .where(and(...conds))
    .orderBy(asc(agencies.tenantId), asc(agencies.sortOrder), asc(agencies.name))
    .limit(5000);
}

export async function findAgencyInScope(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = await ex
    .select()
    .from(agencies)
    .where(and(scopeWhere, eq(agencies.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

/** What other modules keep of an agency beside their own rows: its place in the tree, its kind and its status. */
export interface AgencyBrief {
  tenantId: string;
  id: string;
  name: string;
  path: string;
  kind: string;
  status: string;
}

export const agencyBriefColumns = {
  tenantId: agencies.tenantId,
  id: agencies.id,
  name: agencies.name,
  path: agencies.path,
  kind: agencies.kind,
  status: agencies.status,
};

/** The agency when the scope (a WHERE fragment over `agencies`) reaches it, else null. */
export async function findAgencyBriefInScope(ex: Executor, scopeWhere: SQL, id: string): Promise<AgencyBrief | null> {
  const rows = await ex
    .select(agencyBriefColumns)
    .from(agencies)
    .where(and(scopeWhere, eq(agencies.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findAgencyBrief(ex: Executor, tenantId: string, id: string): Promise<AgencyBrief | null> {
  const rows = await ex
    .select(agencyBriefColumns)
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findAgency(ex: Executor, tenantId: string, id: string) {
  const rows = await ex
    .select()
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function lockAgency(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .select()
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, id)))
    .for('update')
    .limit(1);
  return rows[0] ?? null;
}

export async function insertAgency(tx: Tx, row: AgencyInsert) {
  const rows = await tx.insert(agencies).values(row).returning();
  return rows[0];
}

export async function updateAgency(tx: Tx, tenantId: string, id: string, set: Partial<AgencyInsert>) {
  const rows = await tx
    .update(agencies)
    .set(set)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, id)))
    .returning();
  return rows[0];
}

/** Moves a subtree: every descendant's path prefix is rewritten in one statement. */
export async function rewriteSubtreePaths(tx: Tx, tenantId: string, oldPrefix: string, newPrefix: string) {
  await tx
    .update(agencies)
    .set({ path: sql`${newPrefix} || substr(${agencies.path}, ${oldPrefix.length + 1})` })
    .where(and(eq(agencies.tenantId, tenantId), like(agencies.path, `${oldPrefix}%`)));
}

export async function countActiveChildren(ex: Executor, tenantId: string, id: string): Promise<number> {
  const rows = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.parentId, id), eq(agencies.status, 'active')));
  return rows[0]?.n ?? 0;
}

export async function countActiveAccounts(ex: Executor, tenantId: string, agencyId: string): Promise<number> {
  const rows = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.agencyId, agencyId), eq(accounts.status, 'active')));
  return rows[0]?.n ?? 0;
}

export async function countAgencies(ex: Executor, tenantId: string): Promise<number> {
  const rows = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(agencies)
    .where(eq(agencies.tenantId, tenantId));
  return rows[0]?.n ?? 0;
}
