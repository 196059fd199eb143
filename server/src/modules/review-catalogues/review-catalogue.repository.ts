// Queries on review catalogues. Agencies are found through the caller's scope fragment; nothing outside it is found.
import { and, asc, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { reviewCatalogueRules, reviewCatalogueVersions } from './review-catalogue.schema';

export type CatalogueVersionRow = typeof reviewCatalogueVersions.$inferSelect;
export type CatalogueRuleRow = typeof reviewCatalogueRules.$inferSelect;
export type CatalogueRuleInsert = typeof reviewCatalogueRules.$inferInsert;

export interface CatalogueAgencyRow {
  tenantId: string;
  id: string;
  name: string;
  path: string;
  status: string;
  sortOrder: number;
}

const agencyColumns = {
  tenantId: agencies.tenantId,
  id: agencies.id,
  name: agencies.name,
  path: agencies.path,
  status: agencies.status,
  sortOrder: agencies.sortOrder,
};

export async function findAgencyInScope(ex: Executor, scopeWhere: SQL, agencyId: string) {
  const rows = await ex
    .select(agencyColumns)
    .from(agencies)
    .where(and(scopeWhere, eq(agencies.id, agencyId)))
    .limit(1);
  return (rows[0] as CatalogueAgencyRow | undefined) ?? null;
}

export async function findAgencyById(ex: Executor, tenantId: string, agencyId: string) {
  const rows = await ex
    .select(agencyColumns)
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, agencyId)))
    .limit(1);
  return (rows[0] as CatalogueAgencyRow | undefined) ?? null;
}

/** Agencies in scope (of one tenant) that have at least one catalogue version. */
export async function listAgenciesWithCatalogues(ex: Executor, scopeWhere: SQL, tenantId: string) {
  return ex
    .selectDistinct(agencyColumns)
    .from(agencies)
    .innerJoin(
      reviewCatalogueVersions,
      and(eq(reviewCatalogueVersions.tenantId, agencies.tenantId), eq(reviewCatalogueVersions.agencyId, agencies.id)),
    )
    .where(and(scopeWhere, eq(agencies.tenantId, tenantId)))
    .orderBy(asc(agencies.sortOrder), asc(agencies.name)) as Promise<CatalogueAgencyRow[]>;
}

/** Versions of the given agencies with their rule counts and whether any rule is still demo content. */
export async function listVersionsOf(ex: Executor, tenantId: string, agencyIds: readonly string[]) {
  if (agencyIds.length === 0) return [];
  return ex
    .select({
      version: reviewCatalogueVersions,
      ruleCount: sql<number>`count(${reviewCatalogueRules.ruleId})::int`,
      demo: sql<boolean>`coalesce(bool_or(${reviewCatalogueRules.demo}), false)`,
    })
    .from(reviewCatalogueVersions)
    .leftJoin(
      reviewCatalogueRules,
      and(
        eq(reviewCatalogueRules.tenantId, reviewCatalogueVersions.tenantId),
        eq(reviewCatalogueRules.versionId, reviewCatalogueVersions.id),
      ),
    )
    .where(
      and(eq(reviewCatalogueVersions.tenantId, tenantId), inArray(reviewCatalogueVersions.agencyId, [...agencyIds])),
    )
    .groupBy(reviewCatalogueVersions.tenantId, reviewCatalogueVersions.id)
    .orderBy(asc(reviewCatalogueVersions.agencyId), desc(reviewCatalogueVersions.versionNo));
}

export async function findDraft(ex: Executor, tenantId: string, agencyId: string) {
  const rows = await ex
    .select()
    .from(reviewCatalogueVersions)
    .where(
      and(
        eq(reviewCatalogueVersions.tenantId, tenantId),
        eq(reviewCatalogueVersions.agencyId, agencyId),
        eq(reviewCatalogueVersions.status, 'draft'),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** The published version in force on `on`: the latest effective date not after it (then the highest number). */
export async function findInForce(ex: Executor, tenantId: string, agencyId: string, on: string) {
  const rows = await ex
    .select()
    .from(reviewCatalogueVersions)
    .where(
      and(
        eq(reviewCatalogueVersions.tenantId, tenantId),
        eq(reviewCatalogueVersions.agencyId, agencyId),
        eq(reviewCatalogueVersions.status, 'published'),
        lte(reviewCatalogueVersions.effectiveFrom, on),
      ),
    )
    .orderBy(desc(reviewCatalogueVersions.effectiveFrom), desc(reviewCatalogueVersions.versionNo))
    .limit(1);
  return rows[0] ?? null;
}

/** The published version with the highest number (the one a new draft starts from). */
export async function findLatestPublished(ex: Executor, tenantId: string, agencyId: string) {
  const rows = await ex
    .select()
    .from(reviewCatalogueVersions)
    .where(
      and(
        eq(reviewCatalogueVersions.tenantId, tenantId),
        eq(reviewCatalogueVersions.agencyId, agencyId),
        eq(reviewCatalogueVersions.status, 'published'),
      ),
    )
    .orderBy(desc(reviewCatalogueVersions.versionNo))
    .limit(1);
  return rows[0] ?? null;
}

export async function maxVersionNo(ex: Executor, tenantId: string, agencyId: string): Promise<number> {
  const rows = await ex
    .select({ n: sql<number>`coalesce(max(${reviewCatalogueVersions.versionNo}), 0)::int` })
    .from(reviewCatalogueVersions)
    .where(and(eq(reviewCatalogueVersions.tenantId, tenantId), eq(reviewCatalogueVersions.agencyId, agencyId)));
  return rows[0]?.n ?? 0;
}

export async function rulesOf(ex: Executor, tenantId: string, versionId: string) {
  return ex
    .select()
    .from(reviewCatalogueRules)
    .where(and(eq(reviewCatalogueRules.tenantId, tenantId), eq(reviewCatalogueRules.versionId, versionId)))
    .orderBy(asc(reviewCatalogueRules.position), asc(reviewCatalogueRules.createdAt), asc(reviewCatalogueRules.ruleId));
}

/** Every copy of the given rules in the given versions. */
export async function ruleCopies(
  ex: Executor,
  tenantId: string,
  versionIds: readonly string[],
  ruleIds: readonly string[],
) {
  if (versionIds.length === 0 || ruleIds.length === 0) return [];
  return ex
    .select()
    .from(reviewCatalogueRules)
    .where(
      and(
        eq(reviewCatalogueRules.tenantId, tenantId),
        inArray(reviewCatalogueRules.versionId, [...versionIds]),
        inArray(reviewCatalogueRules.ruleId, [...ruleIds]),
      ),
    );
}

/** The distinct rule ids an agency's catalogue has ever had. */
export async function ruleIdsOfAgency(ex: Executor, tenantId: string, agencyId: string): Promise<string[]> {
  const rows = await ex
    .selectDistinct({ ruleId: reviewCatalogueRules.ruleId })
    .from(reviewCatalogueRules)
    .where(and(eq(reviewCatalogueRules.tenantId, tenantId), eq(reviewCatalogueRules.agencyId, agencyId)));
  return rows.map((r) => r.ruleId);
}

export async function insertVersion(tx: Tx, row: typeof reviewCatalogueVersions.$inferInsert) {
  const rows = await tx.insert(reviewCatalogueVersions).values(row).returning();
  return rows[0];
}

export async function updateVersion(
  tx: Tx,
  tenantId: string,
  id: string,
  set: Partial<typeof reviewCatalogueVersions.$inferInsert>,
) {
  const rows = await tx
    .update(reviewCatalogueVersions)
    .set(set)
    .where(and(eq(reviewCatalogueVersions.tenantId, tenantId), eq(reviewCatalogueVersions.id, id)))
    .returning();
  return rows[0];
}

export async function deleteVersion(tx: Tx, tenantId: string, id: string) {
  await tx
    .delete(reviewCatalogueRules)
    .where(and(eq(reviewCatalogueRules.tenantId, tenantId), eq(reviewCatalogueRules.versionId, id)));
  await tx
    .delete(reviewCatalogueVersions)
    .where(and(eq(reviewCatalogueVersions.tenantId, tenantId), eq(reviewCatalogueVersions.id, id)));
}

export async function insertRules(tx: Tx, rows: CatalogueRuleInsert[]) {
  if (rows.length === 0) return [];
  return tx.insert(reviewCatalogueRules).values(rows).returning();
}

export async function updateRule(
  tx: Tx,
  tenantId: string,
  versionId: string,
  ruleId: string,
  set: Partial<CatalogueRuleInsert>,
) {
  const rows = await tx
    .update(reviewCatalogueRules)
    .set(set)
    .where(
      and(
        eq(reviewCatalogueRules.tenantId, tenantId),
        eq(reviewCatalogueRules.versionId, versionId),
        eq(reviewCatalogueRules.ruleId, ruleId),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

export async function deleteRule(tx: Tx, tenantId: string, versionId: string, ruleId: string) {
  const rows = await tx
    .delete(reviewCatalogueRules)
    .where(
      and(
        eq(reviewCatalogueRules.tenantId, tenantId),
        eq(reviewCatalogueRules.versionId, versionId),
        eq(reviewCatalogueRules.ruleId, ruleId),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

/** Published versions in force on `on` for every agency of a tenant (public disclosure). */
export async function listInForceForTenant(ex: Executor, tenantId: string, on: string) {
  return ex
    .selectDistinctOn([reviewCatalogueVersions.agencyId], {
      version: reviewCatalogueVersions,
      agencyName: agencies.name,
      sortOrder: agencies.sortOrder,
    })
    .from(reviewCatalogueVersions)
    .innerJoin(
      agencies,
      and(eq(agencies.tenantId, reviewCatalogueVersions.tenantId), eq(agencies.id, reviewCatalogueVersions.agencyId)),
    )
    .where(
      and(
        eq(reviewCatalogueVersions.tenantId, tenantId),
        eq(reviewCatalogueVersions.status, 'published'),
        lte(reviewCatalogueVersions.effectiveFrom, on),
        eq(agencies.status, 'active'),
      ),
    )
    .orderBy(
      asc(reviewCatalogueVersions.agencyId),
      desc(reviewCatalogueVersions.effectiveFrom),
      desc(reviewCatalogueVersions.versionNo),
    );
}

/** Rules of several versions at once. */
export async function rulesOfVersions(ex: Executor, tenantId: string, versionIds: readonly string[]) {
  if (versionIds.length === 0) return [];
  return ex
    .select()
    .from(reviewCatalogueRules)
    .where(and(eq(reviewCatalogueRules.tenantId, tenantId), inArray(reviewCatalogueRules.versionId, [...versionIds])))
    .orderBy(asc(reviewCatalogueRules.position), asc(reviewCatalogueRules.createdAt), asc(reviewCatalogueRules.ruleId));
}
