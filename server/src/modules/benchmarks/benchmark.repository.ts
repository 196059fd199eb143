// Queries on benchmarks, their versions, the exemption lists and the level set. Callers pass the scope fragment
// (over the agencies table, joined here); nothing outside it is found.
import { and, asc, desc, eq, ilike, inArray, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor, type Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { benchmarkExemptions, benchmarkLevelSets, benchmarks, benchmarkVersions } from './benchmark.schema';

export type BenchmarkRow = typeof benchmarks.$inferSelect;
export type BenchmarkVersionRow = typeof benchmarkVersions.$inferSelect;
export type ExemptionRow = typeof benchmarkExemptions.$inferSelect;
export interface AgencyOfRow {
  name: string;
  path: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const agencyJoin = and(eq(agencies.tenantId, benchmarks.tenantId), eq(agencies.id, benchmarks.agencyId));

export async function listBenchmarkRows(
  ex: Executor,
  f: { scopeWhere: SQL; tenantId: string; agencyId?: string; q?: string },
) {
  const conds: SQL[] = [f.scopeWhere, eq(benchmarks.tenantId, f.tenantId)];
  if (f.agencyId) conds.push(eq(benchmarks.agencyId, f.agencyId));
  if (f.q) {
    const p = `%${escapeLike(f.q)}%`;
    conds.push(or(ilike(benchmarks.code, p), ilike(benchmarks.violation, p))!);
  }
  return ex
    .select({ benchmark: benchmarks, agency: { name: agencies.name, path: agencies.path } })
    .from(benchmarks)
    .innerJoin(agencies, agencyJoin)
    .where(and(...conds))
    .orderBy(asc(agencies.sortOrder), asc(benchmarks.code))
    .limit(2000);
}

export async function findBenchmarkInScope(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = await ex
    .select({ benchmark: benchmarks, agency: { name: agencies.name, path: agencies.path } })
    .from(benchmarks)
    .innerJoin(agencies, agencyJoin)
    .where(and(scopeWhere, eq(benchmarks.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findBenchmarkByCode(ex: Executor, tenantId: string, agencyId: string, code: string) {
  const rows = await ex
    .select()
    .from(benchmarks)
    .where(and(eq(benchmarks.tenantId, tenantId), eq(benchmarks.agencyId, agencyId), eq(benchmarks.code, code)))
    .limit(1);
  return rows[0] ?? null;
}

export async function lockBenchmark(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .select()
    .from(benchmarks)
    .where(and(eq(benchmarks.tenantId, tenantId), eq(benchmarks.id, id)))
    .for('update')
    .limit(1);
  return rows[0] ?? null;
}

export async function insertBenchmark(tx: Tx, row: typeof benchmarks.$inferInsert) {
  return (await tx.insert(benchmarks).values(row).returning())[0];
}

export async function updateBenchmarkRow(
  tx: Tx,
  tenantId: string,
  id: string,
  set: Partial<typeof benchmarks.$inferInsert>,
) {
  return (
    await tx
      .update(benchmarks)
      .set(set)
      .where(and(eq(benchmarks.tenantId, tenantId), eq(benchmarks.id, id)))
      .returning()
  )[0];
}

export async function deleteBenchmarkRow(tx: Tx, tenantId: string, id: string) {
  await tx
    .delete(benchmarkVersions)
    .where(and(eq(benchmarkVersions.tenantId, tenantId), eq(benchmarkVersions.benchmarkId, id)));
  await tx.delete(benchmarks).where(and(eq(benchmarks.tenantId, tenantId), eq(benchmarks.id, id)));
}

/** Every version of the listed benchmarks, newest first. */
export async function listVersions(ex: Executor, tenantId: string, benchmarkIds: string[]) {
  if (benchmarkIds.length === 0) return [];
  return ex
    .select()
    .from(benchmarkVersions)
    .where(and(eq(benchmarkVersions.tenantId, tenantId), inArray(benchmarkVersions.benchmarkId, benchmarkIds)))
    .orderBy(asc(benchmarkVersions.benchmarkId), desc(benchmarkVersions.versionNo));
}

export async function findVersion(ex: Executor, tenantId: string, benchmarkId: string, versionNo: number) {
  const rows = await ex
    .select()
    .from(benchmarkVersions)
    .where(
      and(
        eq(benchmarkVersions.tenantId, tenantId),
        eq(benchmarkVersions.benchmarkId, benchmarkId),
        eq(benchmarkVersions.versionNo, versionNo),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/**
 * The published version in force on a date: the latest effective date on or before it; of two published for the
 * same date, the later one (it replaced the earlier before either took effect).
 */
export async function findVersionInForce(ex: Executor, tenantId: string, benchmarkId: string, on: string) {
  const rows = await ex
    .select()
    .from(benchmarkVersions)
    .where(
      and(
        eq(benchmarkVersions.tenantId, tenantId),
        eq(benchmarkVersions.benchmarkId, benchmarkId),
        eq(benchmarkVersions.status, 'published'),
        lte(benchmarkVersions.effectiveFrom, on),
      ),
    )
    .orderBy(desc(benchmarkVersions.effectiveFrom), desc(benchmarkVersions.versionNo))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertVersion(tx: Tx, row: typeof benchmarkVersions.$inferInsert) {
  return (await tx.insert(benchmarkVersions).values(row).returning())[0];
}

export async function updateVersion(
  tx: Tx,
  key: { tenantId: string; benchmarkId: string; versionNo: number },
  set: Partial<typeof benchmarkVersions.$inferInsert>,
) {
  return (
    await tx
      .update(benchmarkVersions)
      .set(set)
      .where(
        and(
          eq(benchmarkVersions.tenantId, key.tenantId),
          eq(benchmarkVersions.benchmarkId, key.benchmarkId),
          eq(benchmarkVersions.versionNo, key.versionNo),
        ),
      )
      .returning()
  )[0];
}

export async function deleteVersion(tx: Tx, key: { tenantId: string; benchmarkId: string; versionNo: number }) {
  await tx
    .delete(benchmarkVersions)
    .where(
      and(
        eq(benchmarkVersions.tenantId, key.tenantId),
        eq(benchmarkVersions.benchmarkId, key.benchmarkId),
        eq(benchmarkVersions.versionNo, key.versionNo),
      ),
    );
}

/** Published versions in force on a date, for every benchmark of a tenant (the public page). */
export async function listVersionsInForce(ex: Executor, tenantId: string, on: string) {
  return ex
    .selectDistinctOn([benchmarkVersions.benchmarkId], {
      version: benchmarkVersions,
      code: benchmarks.code,
      agencyName: agencies.name,
      sortOrder: agencies.sortOrder,
    })
    .from(benchmarkVersions)
    .innerJoin(
      benchmarks,
      and(eq(benchmarks.tenantId, benchmarkVersions.tenantId), eq(benchmarks.id, benchmarkVersions.benchmarkId)),
    )
    .innerJoin(agencies, agencyJoin)
    .where(
      and(
        eq(benchmarkVersions.tenantId, tenantId),
        eq(benchmarkVersions.status, 'published'),
        lte(benchmarkVersions.effectiveFrom, on),
      ),
    )
    .orderBy(benchmarkVersions.benchmarkId, desc(benchmarkVersions.effectiveFrom), desc(benchmarkVersions.versionNo));
}

/**
 * The level keys that any version of the tenant's benchmarks uses, drafts and published alike: how many benchmarks
 * use each and (up to five of) their codes. A level set change may not remove these keys or reorder them.
 */
export async function levelKeysInUse(ex: Executor, tenantId: string): Promise<Map<string, LevelUse>> {
  const rows = await queryRows<{ key: string; n: number | string; codes: string[] | string }>(
    ex,
    sql`select l.value->>'key' as key,
          count(distinct v.benchmark_id)::int as n,
          to_jsonb((array_agg(distinct b.code order by b.code))[1:5]) as codes
        from ${benchmarkVersions} v
        join ${benchmarks} b on b.tenant_id = v.tenant_id and b.id = v.benchmark_id
        cross join lateral jsonb_array_elements(v.content->'levels') as l(value)
        where v.tenant_id = ${tenantId}
        group by 1`,
  );
  return new Map(
    rows.map((r) => [
      r.key,
      { count: Number(r.n), codes: typeof r.codes === 'string' ? (JSON.parse(r.codes) as string[]) : r.codes },
    ]),
  );
}
export interface LevelUse {
  count: number;
  codes: string[];
}

/** The tenant's draft versions (a renamed level is renamed in drafts too; published versions keep their names). */
export async function draftVersionsOf(ex: Executor, tenantId: string) {
  return ex
    .select()
    .from(benchmarkVersions)
    .where(and(eq(benchmarkVersions.tenantId, tenantId), eq(benchmarkVersions.status, 'draft')));
}

/**
 * Serialises level set changes with the writes that depend on the level set (saving, importing and publishing a
 * benchmark take it shared; changing the set takes it exclusively), so that a key cannot be removed while a
 * transaction that has just checked it is about to store it. Held until the transaction ends.
 */
export async function lockLevelSet(ex: Executor, tenantId: string, mode: 'shared' | 'exclusive') {
  await ex.execute(
    mode === 'shared'
      ? sql`select pg_advisory_xact_lock_shared(533403, hashtext(${tenantId}))`
      : sql`select pg_advisory_xact_lock(533403, hashtext(${tenantId}))`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Exemption lists.

const exemptionAgencyJoin = and(
  eq(agencies.tenantId, benchmarkExemptions.tenantId),
  eq(agencies.id, benchmarkExemptions.agencyId),
);

export async function listExemptionRows(
  ex: Executor,
  f: { scopeWhere: SQL; tenantId: string; agencyId?: string; kind?: string; status?: string; inForceOn?: string },
) {
  const conds: SQL[] = [f.scopeWhere, eq(benchmarkExemptions.tenantId, f.tenantId)];
  if (f.agencyId) conds.push(eq(benchmarkExemptions.agencyId, f.agencyId));
  if (f.kind) conds.push(eq(benchmarkExemptions.kind, f.kind));
  if (f.status) conds.push(eq(benchmarkExemptions.status, f.status));
  if (f.inForceOn) conds.push(inForce(f.inForceOn));
  return ex
    .select({ exemption: benchmarkExemptions, agency: { name: agencies.name, path: agencies.path } })
    .from(benchmarkExemptions)
    .innerJoin(agencies, exemptionAgencyJoin)
    .where(and(...conds))
    .orderBy(asc(agencies.sortOrder), asc(benchmarkExemptions.kind), asc(benchmarkExemptions.code))
    .limit(2000);
}

function inForce(on: string): SQL {
  return and(
    isNotNull(benchmarkExemptions.effectiveFrom),
    lte(benchmarkExemptions.effectiveFrom, on),
    sql`(${benchmarkExemptions.withdrawnOn} is null or ${benchmarkExemptions.withdrawnOn} > ${on})`,
  )!;
}

export async function findExemptionInScope(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = await ex
    .select({ exemption: benchmarkExemptions, agency: { name: agencies.name, path: agencies.path } })
    .from(benchmarkExemptions)
    .innerJoin(agencies, exemptionAgencyJoin)
    .where(and(scopeWhere, eq(benchmarkExemptions.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findExemptionByCode(ex: Executor, tenantId: string, agencyId: string, code: string) {
  const rows = await ex
    .select()
    .from(benchmarkExemptions)
    .where(
      and(
        eq(benchmarkExemptions.tenantId, tenantId),
        eq(benchmarkExemptions.agencyId, agencyId),
        eq(benchmarkExemptions.code, code),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** The exemption entries linked to a benchmark and in force on a date. */
export async function exemptionsInForceFor(ex: Executor, tenantId: string, benchmarkId: string, on: string) {
  return ex
    .select()
    .from(benchmarkExemptions)
    .where(
      and(eq(benchmarkExemptions.tenantId, tenantId), eq(benchmarkExemptions.benchmarkId, benchmarkId), inForce(on)),
    )
    .orderBy(asc(benchmarkExemptions.code));
}

/** Every entry of a tenant in force on a date (the public page). */
export async function listExemptionsInForce(ex: Executor, tenantId: string, on: string) {
  return ex
    .select({ exemption: benchmarkExemptions, agencyName: agencies.name })
    .from(benchmarkExemptions)
    .innerJoin(agencies, exemptionAgencyJoin)
    .where(and(eq(benchmarkExemptions.tenantId, tenantId), inForce(on)))
    .orderBy(asc(agencies.sortOrder), asc(benchmarkExemptions.kind), asc(benchmarkExemptions.code));
}

export async function insertExemption(tx: Tx, row: typeof benchmarkExemptions.$inferInsert) {
  return (await tx.insert(benchmarkExemptions).values(row).returning())[0];
}

export async function updateExemptionRow(
  tx: Tx,
  tenantId: string,
  id: string,
  set: Partial<typeof benchmarkExemptions.$inferInsert>,
) {
  return (
    await tx
      .update(benchmarkExemptions)
      .set(set)
      .where(and(eq(benchmarkExemptions.tenantId, tenantId), eq(benchmarkExemptions.id, id)))
      .returning()
  )[0];
}

export async function deleteExemptionRow(tx: Tx, tenantId: string, id: string) {
  await tx
    .delete(benchmarkExemptions)
    .where(and(eq(benchmarkExemptions.tenantId, tenantId), eq(benchmarkExemptions.id, id)));
}

/** Unlinks exemption entries from a benchmark that is deleted. */
export async function unlinkExemptions(tx: Tx, tenantId: string, benchmarkId: string) {
  await tx
    .update(benchmarkExemptions)
    .set({ benchmarkId: null })
    .where(and(eq(benchmarkExemptions.tenantId, tenantId), eq(benchmarkExemptions.benchmarkId, benchmarkId)));
}

// ---------------------------------------------------------------------------------------------------------------
// Level set.

export async function findLevelSet(ex: Executor, tenantId: string) {
  const rows = await ex.select().from(benchmarkLevelSets).where(eq(benchmarkLevelSets.tenantId, tenantId)).limit(1);
  return rows[0] ?? null;
}

export async function upsertLevelSet(tx: Tx, row: typeof benchmarkLevelSets.$inferInsert) {
  return (
    await tx
      .insert(benchmarkLevelSets)
      .values(row)
      .onConflictDoUpdate({
        target: benchmarkLevelSets.tenantId,
        set: { levels: row.levels, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
      })
      .returning()
  )[0];
}
