// Queries on annual filings, always joined with the owning agency so that the caller's scope applies.
import { and, asc, eq, inArray, max, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { annualFilingEvents, annualFilings } from './annual-filing.schema';
import { agencyBriefColumns, findAgencyBriefInScope, type AgencyBrief } from '../agencies/agency.repository';

export type FilingRow = typeof annualFilings.$inferSelect;
export type FilingInsert = typeof annualFilings.$inferInsert;
export type FilingEventRow = typeof annualFilingEvents.$inferSelect;

export type FilingAgency = AgencyBrief;

export const agencyColumns = agencyBriefColumns;

const joinAgency = and(eq(agencies.tenantId, annualFilings.tenantId), eq(agencies.id, annualFilings.agencyId));

export function findAgencyInScope(ex: Executor, scopeWhere: SQL, agencyId: string) {
  return findAgencyBriefInScope(ex, scopeWhere, agencyId);
}

export function agenciesInScope(ex: Executor, scopeWhere: SQL, tenantId: string) {
  return ex
    .select(agencyColumns)
    .from(agencies)
    .where(and(scopeWhere, eq(agencies.tenantId, tenantId), eq(agencies.status, 'active')))
    .orderBy(asc(agencies.sortOrder), asc(agencies.name)) as Promise<FilingAgency[]>;
}

export function listFilingRows(
  ex: Executor,
  f: { scopeWhere: SQL; tenantId: string; year?: number; agencyId?: string; kind?: string; state?: string },
) {
  const conds: SQL[] = [f.scopeWhere, eq(annualFilings.tenantId, f.tenantId)];
  if (f.year !== undefined) conds.push(eq(annualFilings.year, f.year));
  if (f.agencyId) conds.push(eq(annualFilings.agencyId, f.agencyId));
  if (f.kind) conds.push(eq(annualFilings.kind, f.kind));
  if (f.state) conds.push(eq(annualFilings.state, f.state));
  return ex
    .select({ filing: annualFilings, agency: agencyColumns })
    .from(annualFilings)
    .innerJoin(agencies, joinAgency)
    .where(and(...conds))
    .orderBy(asc(annualFilings.year), asc(agencies.sortOrder), asc(agencies.name), asc(annualFilings.kind))
    .limit(5000) as Promise<{ filing: FilingRow; agency: FilingAgency }[]>;
}

export async function findFilingInScope(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = (await ex
    .select({ filing: annualFilings, agency: agencyColumns })
    .from(annualFilings)
    .innerJoin(agencies, joinAgency)
    .where(and(scopeWhere, eq(annualFilings.id, id)))
    .limit(1)) as { filing: FilingRow; agency: FilingAgency }[];
  return rows[0] ?? null;
}

export async function findFilingOf(ex: Executor, tenantId: string, agencyId: string, year: number, kind: string) {
  const rows = await ex
    .select({ id: annualFilings.id })
    .from(annualFilings)
    .where(
      and(
        eq(annualFilings.tenantId, tenantId),
        eq(annualFilings.agencyId, agencyId),
        eq(annualFilings.year, year),
        eq(annualFilings.kind, kind),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function lockFiling(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .select()
    .from(annualFilings)
    .where(and(eq(annualFilings.tenantId, tenantId), eq(annualFilings.id, id)))
    .for('update');
  return rows[0] ?? null;
}

export async function insertFiling(tx: Tx, row: FilingInsert) {
  const rows = await tx.insert(annualFilings).values(row).returning();
  return rows[0];
}

export async function updateFilingRow(tx: Tx, tenantId: string, id: string, set: Partial<FilingInsert>) {
  const rows = await tx
    .update(annualFilings)
    .set(set)
    .where(and(eq(annualFilings.tenantId, tenantId), eq(annualFilings.id, id)))
    .returning();
  return rows[0];
}

export async function deleteFilingRow(tx: Tx, tenantId: string, id: string) {
  await tx
    .delete(annualFilingEvents)
    .where(and(eq(annualFilingEvents.tenantId, tenantId), eq(annualFilingEvents.filingId, id)));
  await tx.delete(annualFilings).where(and(eq(annualFilings.tenantId, tenantId), eq(annualFilings.id, id)));
}

/** Appends an event with the next sequence number of its filing (the filing row is locked by the caller). */
export async function insertFilingEvent(tx: Tx, row: Omit<typeof annualFilingEvents.$inferInsert, 'seq'>) {
  const [last] = await tx
    .select({ seq: max(annualFilingEvents.seq) })
    .from(annualFilingEvents)
    .where(and(eq(annualFilingEvents.tenantId, row.tenantId), eq(annualFilingEvents.filingId, row.filingId)));
  await tx.insert(annualFilingEvents).values({ ...row, seq: (last?.seq ?? 0) + 1 });
}

export function eventsOf(ex: Executor, tenantId: string, filingIds: string[]) {
  if (filingIds.length === 0) return Promise.resolve([] as FilingEventRow[]);
  return ex
    .select()
    .from(annualFilingEvents)
    .where(and(eq(annualFilingEvents.tenantId, tenantId), inArray(annualFilingEvents.filingId, filingIds)))
    .orderBy(asc(annualFilingEvents.filingId), asc(annualFilingEvents.seq));
}
