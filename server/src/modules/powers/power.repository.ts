// Queries on the powers list. The caller passes scope fragments; nothing outside them is found. Writes take the
// transaction explicitly. No rules here.
import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import {
  powerChangeRequests,
  powerChanges,
  powerGuidanceNotes,
  powerItems,
  powerItemVersions,
  powerRequestEvents,
} from './power.schema';

export type PowerItemRow = typeof powerItems.$inferSelect;
export type PowerVersionRow = typeof powerItemVersions.$inferSelect;
export type PowerVersionInsert = typeof powerItemVersions.$inferInsert;
export type PowerRequestRow = typeof powerChangeRequests.$inferSelect;
export type PowerChangeRow = typeof powerChanges.$inferSelect;
export type PowerChangeInsert = typeof powerChanges.$inferInsert;
export type PowerEventRow = typeof powerRequestEvents.$inferSelect;
export type GuidanceNoteRow = typeof powerGuidanceNotes.$inferSelect;

/** The delegating department, joined beside the item's own agency. */
export const delegatingAgency = alias(agencies, 'delegating_agency');

/** Columns for scoping rows by the item's own agency, and by the department that delegated it. */
export const ownAgencyCols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };
export const delegatingAgencyCols = {
  tenantId: delegatingAgency.tenantId,
  agencyId: delegatingAgency.id,
  path: delegatingAgency.path,
};

export function inForceOn(on: string): SQL {
  return sql`${powerItemVersions.effectiveFrom} <= ${on} and (${powerItemVersions.effectiveTo} is null or ${powerItemVersions.effectiveTo} > ${on})`;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface ItemListFilter {
  /** Rows reachable at all (own agency or delegating department in scope). */
  reach: SQL;
  tenantId: string;
  on: string;
  agencyId?: string;
  category?: string;
  q?: string;
  unlinked?: boolean;
  limit: number;
  offset: number;
}

const itemSelection = {
  item: powerItems,
  version: powerItemVersions,
  agencyName: agencies.name,
  agencyPath: agencies.path,
  delegatingName: delegatingAgency.name,
  delegatingPath: delegatingAgency.path,
};
export type ItemWithVersion = {
  item: PowerItemRow;
  version: PowerVersionRow;
  agencyName: string;
  agencyPath: string;
  delegatingName: string | null;
  delegatingPath: string | null;
};

function itemListWhere(f: ItemListFilter): SQL {
  const conds: SQL[] = [eq(powerItems.tenantId, f.tenantId), f.reach, inForceOn(f.on)];
  if (f.agencyId) conds.push(eq(powerItems.agencyId, f.agencyId));
  if (f.category) conds.push(eq(powerItemVersions.category, f.category));
  if (f.unlinked) conds.push(sql`jsonb_array_length(${powerItemVersions.basisProblems}) > 0`);
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    conds.push(
      or(
        sql`${powerItemVersions.code} ilike ${like}`,
        sql`${powerItemVersions.name} ilike ${like}`,
        sql`${powerItemVersions.basisText} ilike ${like}`,
        sql`${powerItemVersions.subItems}::text ilike ${like}`,
      )!,
    );
  }
  return and(...conds)!;
}

/** The versions in force on a date, with their items and agencies (the version's dates decide, not the item's). */
function itemsInForceQuery(ex: Executor) {
  return ex
    .select(itemSelection)
    .from(powerItemVersions)
    .innerJoin(
      powerItems,
      and(eq(powerItems.tenantId, powerItemVersions.tenantId), eq(powerItems.id, powerItemVersions.itemId)),
    )
    .innerJoin(agencies, and(eq(agencies.tenantId, powerItems.tenantId), eq(agencies.id, powerItems.agencyId)))
    .leftJoin(
      delegatingAgency,
      and(
        eq(delegatingAgency.tenantId, powerItems.tenantId),
        eq(delegatingAgency.id, powerItems.delegatedFromAgencyId),
      ),
    );
}

export async function listItemsInForce(
  ex: Executor,
  f: ItemListFilter,
): Promise<{ rows: ItemWithVersion[]; total: number }> {
  const where = itemListWhere(f);
  const rows = await itemsInForceQuery(ex)
    .where(where)
    .orderBy(asc(agencies.sortOrder), asc(agencies.name), asc(powerItemVersions.code))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(powerItemVersions)
    .innerJoin(
      powerItems,
      and(eq(powerItems.tenantId, powerItemVersions.tenantId), eq(powerItems.id, powerItemVersions.itemId)),
    )
    .innerJoin(agencies, and(eq(agencies.tenantId, powerItems.tenantId), eq(agencies.id, powerItems.agencyId)))
    .leftJoin(
      delegatingAgency,
      and(
        eq(delegatingAgency.tenantId, powerItems.tenantId),
        eq(delegatingAgency.id, powerItems.delegatedFromAgencyId),
      ),
    )
    .where(where);
  return { rows: rows as ItemWithVersion[], total: n };
}

/** One item with its agency and delegating department (their paths decide who reads it). */
export async function findItem(ex: Executor, tenantIds: readonly string[], id: string) {
  if (tenantIds.length === 0) return null;
  const rows = await ex
    .select({
      item: powerItems,
      agencyName: agencies.name,
      agencyPath: agencies.path,
      delegatingName: delegatingAgency.name,
      delegatingPath: delegatingAgency.path,
    })
    .from(powerItems)
    .innerJoin(agencies, and(eq(agencies.tenantId, powerItems.tenantId), eq(agencies.id, powerItems.agencyId)))
    .leftJoin(
      delegatingAgency,
      and(
        eq(delegatingAgency.tenantId, powerItems.tenantId),
        eq(delegatingAgency.id, powerItems.delegatedFromAgencyId),
      ),
    )
    .where(and(inArray(powerItems.tenantId, [...tenantIds]), eq(powerItems.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function lockItem(tx: Tx, tenantId: string, id: string): Promise<PowerItemRow | null> {
  const rows = await tx
    .select()
    .from(powerItems)
    .where(and(eq(powerItems.tenantId, tenantId), eq(powerItems.id, id)))
    .for('update')
    .limit(1);
  return rows[0] ?? null;
}

export async function itemsByIds(ex: Executor, tenantId: string, ids: readonly string[]): Promise<PowerItemRow[]> {
  if (ids.length === 0) return [];
  return ex
    .select()
    .from(powerItems)
    .where(and(eq(powerItems.tenantId, tenantId), inArray(powerItems.id, [...ids])));
}

export async function insertItem(tx: Tx, row: typeof powerItems.$inferInsert): Promise<void> {
  await tx.insert(powerItems).values(row);
}

export async function updateItem(
  tx: Tx,
  tenantId: string,
  id: string,
  set: Partial<typeof powerItems.$inferInsert>,
): Promise<void> {
  await tx
    .update(powerItems)
    .set(set)
    .where(and(eq(powerItems.tenantId, tenantId), eq(powerItems.id, id)));
}

/** Items of the agency holding `code` whose cancellation has not taken effect by `on` (other than `exceptId`). */
export async function itemsWithCode(
  ex: Executor,
  f: { tenantId: string; agencyId: string; code: string; on: string; exceptId?: string | null },
): Promise<PowerItemRow[]> {
  return ex
    .select()
    .from(powerItems)
    .where(
      and(
        eq(powerItems.tenantId, f.tenantId),
        eq(powerItems.agencyId, f.agencyId),
        eq(powerItems.code, f.code),
        or(isNull(powerItems.cancelledOn), sql`${powerItems.cancelledOn} > ${f.on}`),
        f.exceptId ? ne(powerItems.id, f.exceptId) : undefined,
      ),
    );
}

// --- versions ------------------------------------------------------------------------------------------------

export async function versionsByIds(
  ex: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<PowerVersionRow[]> {
  if (ids.length === 0) return [];
  return ex
    .select()
    .from(powerItemVersions)
    .where(and(eq(powerItemVersions.tenantId, tenantId), inArray(powerItemVersions.id, [...ids])));
}

export async function versionInForce(
  ex: Executor,
  tenantId: string,
  itemId: string,
  on: string,
): Promise<PowerVersionRow | null> {
  const rows = await ex
    .select()
    .from(powerItemVersions)
    .where(and(eq(powerItemVersions.tenantId, tenantId), eq(powerItemVersions.itemId, itemId), inForceOn(on)))
    .orderBy(desc(powerItemVersions.versionNo))
    .limit(1);
  return rows[0] ?? null;
}

/** Every version of an item, oldest first, with the change and request that made it. */
export async function versionHistory(ex: Executor, tenantId: string, itemId: string) {
  return ex
    .select({
      version: powerItemVersions,
      changeKind: powerChanges.kind,
      reason: powerChanges.reason,
      reasonText: powerChanges.reasonText,
      requestTitle: powerChangeRequests.title,
    })
    .from(powerItemVersions)
    .leftJoin(
      powerChanges,
      and(eq(powerChanges.tenantId, powerItemVersions.tenantId), eq(powerChanges.id, powerItemVersions.changeId)),
    )
    .leftJoin(
      powerChangeRequests,
      and(
        eq(powerChangeRequests.tenantId, powerItemVersions.tenantId),
        eq(powerChangeRequests.id, powerItemVersions.requestId),
      ),
    )
    .where(and(eq(powerItemVersions.tenantId, tenantId), eq(powerItemVersions.itemId, itemId)))
    .orderBy(asc(powerItemVersions.versionNo));
}

export async function insertVersion(tx: Tx, row: PowerVersionInsert): Promise<void> {
  await tx.insert(powerItemVersions).values(row);
}

export async function endVersion(tx: Tx, tenantId: string, versionId: string, effectiveTo: string): Promise<void> {
  await tx
    .update(powerItemVersions)
    .set({ effectiveTo })
    .where(and(eq(powerItemVersions.tenantId, tenantId), eq(powerItemVersions.id, versionId)));
}

/** The versions not ended by `on` (in force, or taking effect later): what the item cites from that day. */
export async function liveVersions(ex: Executor, tenantId: string, itemId: string, on: string) {
  return ex
    .select()
    .from(powerItemVersions)
    .where(
      and(
        eq(powerItemVersions.tenantId, tenantId),
        eq(powerItemVersions.itemId, itemId),
        sql`(${powerItemVersions.effectiveTo} is null or ${powerItemVersions.effectiveTo} > ${on})`,
        sql`(${powerItemVersions.effectiveTo} is null or ${powerItemVersions.effectiveTo} > ${powerItemVersions.effectiveFrom})`,
      ),
    );
}

// --- change requests -----------------------------------------------------------------------------------------

const requestSelection = {
  request: powerChangeRequests,
  agencyName: agencies.name,
  agencyPath: agencies.path,
};
export type RequestWithAgency = { request: PowerRequestRow; agencyName: string; agencyPath: string };

export async function listRequests(
  ex: Executor,
  f: { reach: SQL; tenantId: string; agencyId?: string; state?: string; limit: number; offset: number },
): Promise<{ rows: RequestWithAgency[]; total: number }> {
  const where = and(
    eq(powerChangeRequests.tenantId, f.tenantId),
    f.reach,
    f.agencyId ? eq(powerChangeRequests.agencyId, f.agencyId) : undefined,
    f.state ? eq(powerChangeRequests.state, f.state) : undefined,
  );
  const join = and(eq(agencies.tenantId, powerChangeRequests.tenantId), eq(agencies.id, powerChangeRequests.agencyId));
  const rows = await ex
    .select(requestSelection)
    .from(powerChangeRequests)
    .innerJoin(agencies, join)
    .where(where)
    .orderBy(desc(powerChangeRequests.updatedAt), desc(powerChangeRequests.createdAt))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(powerChangeRequests)
    .innerJoin(agencies, join)
    .where(where);
  return { rows, total: n };
}

export async function findRequest(ex: Executor, tenantIds: readonly string[], id: string) {
  if (tenantIds.length === 0) return null;
  const rows = await ex
    .select(requestSelection)
    .from(powerChangeRequests)
    .innerJoin(
      agencies,
      and(eq(agencies.tenantId, powerChangeRequests.tenantId), eq(agencies.id, powerChangeRequests.agencyId)),
    )
    .where(and(inArray(powerChangeRequests.tenantId, [...tenantIds]), eq(powerChangeRequests.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function lockRequest(tx: Tx, tenantId: string, id: string): Promise<PowerRequestRow | null> {
  const rows = await tx
    .select()
    .from(powerChangeRequests)
    .where(and(eq(powerChangeRequests.tenantId, tenantId), eq(powerChangeRequests.id, id)))
    .for('update')
    .limit(1);
  return rows[0] ?? null;
}

export async function insertRequest(tx: Tx, row: typeof powerChangeRequests.$inferInsert): Promise<void> {
  await tx.insert(powerChangeRequests).values(row);
}

export async function updateRequest(
  tx: Tx,
  tenantId: string,
  id: string,
  set: Partial<typeof powerChangeRequests.$inferInsert>,
): Promise<PowerRequestRow> {
  const rows = await tx
    .update(powerChangeRequests)
    .set(set)
    .where(and(eq(powerChangeRequests.tenantId, tenantId), eq(powerChangeRequests.id, id)))
    .returning();
  return rows[0];
}

export async function changesOf(ex: Executor, tenantId: string, requestId: string): Promise<PowerChangeRow[]> {
  return ex
    .select()
    .from(powerChanges)
    .where(and(eq(powerChanges.tenantId, tenantId), eq(powerChanges.requestId, requestId)))
    .orderBy(asc(powerChanges.seq));
}

export async function changeCounts(ex: Executor, tenantId: string, requestIds: readonly string[]) {
  if (requestIds.length === 0) return [];
  return ex
    .select({ requestId: powerChanges.requestId, kind: powerChanges.kind, n: count() })
    .from(powerChanges)
    .where(and(eq(powerChanges.tenantId, tenantId), inArray(powerChanges.requestId, [...requestIds])))
    .groupBy(powerChanges.requestId, powerChanges.kind);
}

export async function replaceChanges(
  tx: Tx,
  tenantId: string,
  requestId: string,
  rows: PowerChangeInsert[],
): Promise<void> {
  await tx.delete(powerChanges).where(and(eq(powerChanges.tenantId, tenantId), eq(powerChanges.requestId, requestId)));
  for (let i = 0; i < rows.length; i += 200) await tx.insert(powerChanges).values(rows.slice(i, i + 200));
}

export async function setChangeItem(tx: Tx, tenantId: string, changeId: string, itemId: string): Promise<void> {
  await tx
    .update(powerChanges)
    .set({ itemId })
    .where(and(eq(powerChanges.tenantId, tenantId), eq(powerChanges.id, changeId)));
}

export async function findChange(ex: Executor, tenantId: string, id: string) {
  const rows = await ex
    .select({ change: powerChanges, requestTitle: powerChangeRequests.title })
    .from(powerChanges)
    .innerJoin(
      powerChangeRequests,
      and(eq(powerChangeRequests.tenantId, powerChanges.tenantId), eq(powerChangeRequests.id, powerChanges.requestId)),
    )
    .where(and(eq(powerChanges.tenantId, tenantId), eq(powerChanges.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertEvent(tx: Tx, row: typeof powerRequestEvents.$inferInsert): Promise<void> {
  await tx.insert(powerRequestEvents).values(row);
}

export async function eventsOf(ex: Executor, tenantId: string, requestId: string): Promise<PowerEventRow[]> {
  return ex
    .select()
    .from(powerRequestEvents)
    .where(and(eq(powerRequestEvents.tenantId, tenantId), eq(powerRequestEvents.requestId, requestId)))
    .orderBy(asc(powerRequestEvents.at), asc(powerRequestEvents.id));
}

// --- guidance notes ------------------------------------------------------------------------------------------

export async function insertGuidanceNote(tx: Tx, row: typeof powerGuidanceNotes.$inferInsert): Promise<void> {
  await tx.insert(powerGuidanceNotes).values(row);
}

export async function guidanceNotesOf(ex: Executor, tenantId: string, itemId: string) {
  return ex
    .select({ note: powerGuidanceNotes, authorAgencyName: agencies.name })
    .from(powerGuidanceNotes)
    .innerJoin(
      agencies,
      and(eq(agencies.tenantId, powerGuidanceNotes.tenantId), eq(agencies.id, powerGuidanceNotes.authorAgencyId)),
    )
    .where(and(eq(powerGuidanceNotes.tenantId, tenantId), eq(powerGuidanceNotes.itemId, itemId)))
    .orderBy(asc(powerGuidanceNotes.createdAt));
}

// --- agencies referred to ------------------------------------------------------------------------------------

export async function agenciesByIds(ex: Executor, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return ex
    .select({
      id: agencies.id,
      name: agencies.name,
      shortName: agencies.shortName,
      kind: agencies.kind,
      path: agencies.path,
      status: agencies.status,
    })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), inArray(agencies.id, [...new Set(ids)])));
}

export async function activeAgenciesOfTenant(ex: Executor, tenantId: string) {
  return ex
    .select({
      id: agencies.id,
      name: agencies.name,
      shortName: agencies.shortName,
      kind: agencies.kind,
      path: agencies.path,
      sortOrder: agencies.sortOrder,
    })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.status, 'active')))
    .orderBy(asc(agencies.sortOrder), asc(agencies.name));
}

/** Items in force on a date per agency and category, for the public index. */
export async function countsInForce(ex: Executor, tenantId: string, on: string) {
  return ex
    .select({ agencyId: powerItemVersions.agencyId, category: powerItemVersions.category, n: count() })
    .from(powerItemVersions)
    .where(and(eq(powerItemVersions.tenantId, tenantId), inForceOn(on)))
    .groupBy(powerItemVersions.agencyId, powerItemVersions.category);
}

/** The versions in force on a date for one agency (public page, export). */
export async function versionsInForceOfAgency(
  ex: Executor,
  f: { tenantId: string; agencyId: string; on: string; category?: string; q?: string },
): Promise<PowerVersionRow[]> {
  const like = f.q ? `%${escapeLike(f.q)}%` : null;
  return ex
    .select()
    .from(powerItemVersions)
    .where(
      and(
        eq(powerItemVersions.tenantId, f.tenantId),
        eq(powerItemVersions.agencyId, f.agencyId),
        inForceOn(f.on),
        f.category ? eq(powerItemVersions.category, f.category) : undefined,
        like
          ? or(
              sql`${powerItemVersions.code} ilike ${like}`,
              sql`${powerItemVersions.name} ilike ${like}`,
              sql`${powerItemVersions.basisText} ilike ${like}`,
              sql`${powerItemVersions.subItems}::text ilike ${like}`,
            )
          : undefined,
      ),
    )
    .orderBy(asc(powerItemVersions.code));
}

export { itemsInForceQuery };

/** The agency's items whose cancellation has not taken effect by `on` (the codes a new item may not take). */
export async function itemsOfAgency(
  ex: Executor,
  tenantId: string,
  agencyId: string,
  on: string,
): Promise<PowerItemRow[]> {
  return ex
    .select()
    .from(powerItems)
    .where(
      and(
        eq(powerItems.tenantId, tenantId),
        eq(powerItems.agencyId, agencyId),
        or(isNull(powerItems.cancelledOn), sql`${powerItems.cancelledOn} > ${on}`),
      ),
    );
}
