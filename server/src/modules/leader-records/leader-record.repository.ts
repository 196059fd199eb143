// Queries on leaders' records. Agency-owned rows join the agency so that the caller's scope applies; study
// sessions of the government itself (agency_id null) are reached only by whole-tenant scopes.
import { and, asc, desc, eq, gte, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/policy';
import { agencyScopeWhere, tenantScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { leaderCourtAppearances, leaderStudySessions } from './leader-record.schema';
import { agencyBriefColumns, findAgencyBriefInScope, type AgencyBrief } from '../agencies/agency.repository';

export type SessionRow = typeof leaderStudySessions.$inferSelect;
export type SessionInsert = typeof leaderStudySessions.$inferInsert;
export type AppearanceRow = typeof leaderCourtAppearances.$inferSelect;
export type AppearanceInsert = typeof leaderCourtAppearances.$inferInsert;

export type RecordAgency = AgencyBrief;

const agencyColumns = agencyBriefColumns;
const cols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };

export const agencyWhere = (scopes: Scope[]) => agencyScopeWhere(scopes, cols);

/** Sessions within the scopes: their agency's, or the tenant's own for whole-tenant scopes. */
const sessionScope = (scopes: Scope[]) =>
  or(
    and(isNull(leaderStudySessions.agencyId), tenantScopeWhere(scopes, leaderStudySessions.tenantId)),
    agencyScopeWhere(scopes, cols),
  )!;

const yearRange = (col: typeof leaderStudySessions.date | typeof leaderCourtAppearances.hearingDate, year: number) =>
  and(gte(col, `${year}-01-01`), lt(col, `${year + 1}-01-01`))!;

export function findAgencyInScope(ex: Executor, scopes: Scope[], agencyId: string) {
  return findAgencyBriefInScope(ex, agencyWhere(scopes), agencyId);
}

export function agenciesInScope(ex: Executor, scopes: Scope[], tenantId: string) {
  return ex
    .select(agencyColumns)
    .from(agencies)
    .where(and(agencyWhere(scopes), eq(agencies.tenantId, tenantId)))
    .orderBy(asc(agencies.sortOrder), asc(agencies.name)) as Promise<RecordAgency[]>;
}

const sessionJoin = and(
  eq(agencies.tenantId, leaderStudySessions.tenantId),
  eq(agencies.id, leaderStudySessions.agencyId),
);

export function listSessionRows(
  ex: Executor,
  f: { scopes: Scope[]; tenantId: string; year?: number; agencyId?: string },
) {
  const conds: SQL[] = [sessionScope(f.scopes), eq(leaderStudySessions.tenantId, f.tenantId)];
  if (f.year !== undefined) conds.push(yearRange(leaderStudySessions.date, f.year));
  if (f.agencyId) conds.push(eq(leaderStudySessions.agencyId, f.agencyId));
  return ex
    .select({ session: leaderStudySessions, agency: agencyColumns })
    .from(leaderStudySessions)
    .leftJoin(agencies, sessionJoin)
    .where(and(...conds))
    .orderBy(desc(leaderStudySessions.date), asc(leaderStudySessions.createdAt))
    .limit(5000) as Promise<{ session: SessionRow; agency: RecordAgency | null }[]>;
}

export async function findSessionInScope(ex: Executor, scopes: Scope[], id: string) {
  const rows = (await ex
    .select({ session: leaderStudySessions, agency: agencyColumns })
    .from(leaderStudySessions)
    .leftJoin(agencies, sessionJoin)
    .where(and(sessionScope(scopes), eq(leaderStudySessions.id, id)))
    .limit(1)) as { session: SessionRow; agency: RecordAgency | null }[];
  return rows[0] ?? null;
}

export async function insertSession(tx: Tx, row: SessionInsert) {
  return (await tx.insert(leaderStudySessions).values(row).returning())[0];
}

export async function updateSessionRow(tx: Tx, tenantId: string, id: string, set: Partial<SessionInsert>) {
  const rows = await tx
    .update(leaderStudySessions)
    .set(set)
    .where(and(eq(leaderStudySessions.tenantId, tenantId), eq(leaderStudySessions.id, id)))
    .returning();
  return rows[0];
}

export async function deleteSessionRow(tx: Tx, tenantId: string, id: string) {
  await tx
    .delete(leaderStudySessions)
    .where(and(eq(leaderStudySessions.tenantId, tenantId), eq(leaderStudySessions.id, id)));
}

const appearanceJoin = and(
  eq(agencies.tenantId, leaderCourtAppearances.tenantId),
  eq(agencies.id, leaderCourtAppearances.agencyId),
);

export function listAppearanceRows(
  ex: Executor,
  f: { scopes: Scope[]; tenantId: string; year?: number; agencyId?: string },
) {
  const conds: SQL[] = [agencyWhere(f.scopes), eq(leaderCourtAppearances.tenantId, f.tenantId)];
  if (f.year !== undefined) conds.push(yearRange(leaderCourtAppearances.hearingDate, f.year));
  if (f.agencyId) conds.push(eq(leaderCourtAppearances.agencyId, f.agencyId));
  return ex
    .select({ appearance: leaderCourtAppearances, agency: agencyColumns })
    .from(leaderCourtAppearances)
    .innerJoin(agencies, appearanceJoin)
    .where(and(...conds))
    .orderBy(desc(leaderCourtAppearances.hearingDate), asc(leaderCourtAppearances.createdAt))
    .limit(5000) as Promise<{ appearance: AppearanceRow; agency: RecordAgency }[]>;
}

export async function findAppearanceInScope(ex: Executor, scopes: Scope[], id: string) {
  const rows = (await ex
    .select({ appearance: leaderCourtAppearances, agency: agencyColumns })
    .from(leaderCourtAppearances)
    .innerJoin(agencies, appearanceJoin)
    .where(and(agencyWhere(scopes), eq(leaderCourtAppearances.id, id)))
    .limit(1)) as { appearance: AppearanceRow; agency: RecordAgency }[];
  return rows[0] ?? null;
}

export async function insertAppearance(tx: Tx, row: AppearanceInsert) {
  return (await tx.insert(leaderCourtAppearances).values(row).returning())[0];
}

export async function updateAppearanceRow(tx: Tx, tenantId: string, id: string, set: Partial<AppearanceInsert>) {
  const rows = await tx
    .update(leaderCourtAppearances)
    .set(set)
    .where(and(eq(leaderCourtAppearances.tenantId, tenantId), eq(leaderCourtAppearances.id, id)))
    .returning();
  return rows[0];
}

export async function deleteAppearanceRow(tx: Tx, tenantId: string, id: string) {
  await tx
    .delete(leaderCourtAppearances)
    .where(and(eq(leaderCourtAppearances.tenantId, tenantId), eq(leaderCourtAppearances.id, id)));
}
