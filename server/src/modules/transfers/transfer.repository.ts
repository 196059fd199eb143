// Queries of the transfers module, always joined with the owning agency so that the caller's scope applies.
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { officers } from '../personnel/officer.schema';
import type { StrengthOfficer } from './transfer-balance';
import {
  agencyStaffingMinimums,
  secondments,
  transferPlanEvents,
  transferPlans,
  transferSettings,
} from './transfer.schema';
import {
  agencyBriefColumns,
  findAgencyBrief,
  findAgencyBriefInScope,
  type AgencyBrief,
} from '../agencies/agency.repository';

export type PlanRow = typeof transferPlans.$inferSelect;
export type PlanInsert = typeof transferPlans.$inferInsert;
export type SecondmentRow = typeof secondments.$inferSelect;
export type MinimumRow = typeof agencyStaffingMinimums.$inferSelect;

export type AgencyRef = AgencyBrief;

const agencyColumns = agencyBriefColumns;

export function findAgencyInScope(ex: Executor, scopeWhere: SQL, agencyId: string) {
  return findAgencyBriefInScope(ex, scopeWhere, agencyId);
}

export function findAgencyInTenant(ex: Executor, tenantId: string, agencyId: string) {
  return findAgencyBrief(ex, tenantId, agencyId);
}

export async function agenciesByIds(ex: Executor, tenantId: string, ids: string[]): Promise<AgencyRef[]> {
  if (ids.length === 0) return [];
  return ex
    .select(agencyColumns)
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), inArray(agencies.id, [...new Set(ids)])));
}

/** Active agencies of the tenant within the scope, in the tree's order. */
export async function agenciesInScope(ex: Executor, scopeWhere: SQL, tenantId: string): Promise<AgencyRef[]> {
  return ex
    .select(agencyColumns)
    .from(agencies)
    .where(and(scopeWhere, eq(agencies.tenantId, tenantId), eq(agencies.status, 'active')))
    .orderBy(asc(agencies.sortOrder), asc(agencies.name))
    .limit(5000);
}

/** The officers of these agencies, and these officers wherever they are (for the balance). */
export async function strengthOfficers(
  ex: Executor,
  tenantId: string,
  agencyIds: string[],
  officerIds: string[] = [],
): Promise<StrengthOfficer[]> {
  const conds: SQL[] = [];
  if (agencyIds.length) conds.push(inArray(officers.agencyId, [...new Set(agencyIds)]));
  if (officerIds.length) conds.push(inArray(officers.id, [...new Set(officerIds)]));
  if (conds.length === 0) return [];
  return ex
    .select({ id: officers.id, agencyId: officers.agencyId, frontLine: officers.frontLine, status: officers.status })
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), or(...conds)));
}

// --- Plans -------------------------------------------------------------------------------------------------------

const planJoin = and(eq(agencies.tenantId, transferPlans.tenantId), eq(agencies.id, transferPlans.agencyId));

export async function listPlans(
  ex: Executor,
  f: {
    scopeWhere: SQL;
    tenantId: string;
    agencyId?: string;
    state?: string;
    year?: number;
    limit: number;
    offset: number;
  },
) {
  const conds: SQL[] = [f.scopeWhere, eq(transferPlans.tenantId, f.tenantId)];
  if (f.agencyId) conds.push(eq(transferPlans.agencyId, f.agencyId));
  if (f.state) conds.push(eq(transferPlans.state, f.state));
  if (f.year) conds.push(eq(transferPlans.year, f.year));
  const where = and(...conds);
  const rows = await ex
    .select({ plan: transferPlans, agency: agencyColumns })
    .from(transferPlans)
    .innerJoin(agencies, planJoin)
    .where(where)
    .orderBy(desc(transferPlans.updatedAt), desc(transferPlans.id))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(transferPlans)
    .innerJoin(agencies, planJoin)
    .where(where);
  return { rows: rows as { plan: PlanRow; agency: AgencyRef }[], total: Number(n) };
}

export async function findPlanInScope(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = await ex
    .select({ plan: transferPlans, agency: agencyColumns })
    .from(transferPlans)
    .innerJoin(agencies, planJoin)
    .where(and(scopeWhere, eq(transferPlans.id, id)))
    .limit(1);
  return (rows[0] as { plan: PlanRow; agency: AgencyRef } | undefined) ?? null;
}

/** Plans filed and not yet executed (submitted or accepted) of these agencies: they make the projected strength. */
export async function pendingPlansOf(ex: Executor, tenantId: string, agencyIds: string[]): Promise<PlanRow[]> {
  if (agencyIds.length === 0) return [];
  return ex
    .select()
    .from(transferPlans)
    .where(
      and(
        eq(transferPlans.tenantId, tenantId),
        inArray(transferPlans.agencyId, agencyIds),
        inArray(transferPlans.state, ['submitted', 'accepted']),
      ),
    );
}

export async function insertPlan(tx: Tx, row: PlanInsert): Promise<PlanRow> {
  const rows = await tx.insert(transferPlans).values(row).returning();
  return rows[0];
}

export async function updatePlan(tx: Tx, tenantId: string, id: string, set: Partial<PlanInsert>): Promise<PlanRow> {
  const rows = await tx
    .update(transferPlans)
    .set(set)
    .where(and(eq(transferPlans.tenantId, tenantId), eq(transferPlans.id, id)))
    .returning();
  return rows[0];
}

export async function insertPlanEvent(tx: Tx, row: typeof transferPlanEvents.$inferInsert) {
  await tx.insert(transferPlanEvents).values(row);
}

export async function planEvents(ex: Executor, tenantId: string, planId: string) {
  return ex
    .select()
    .from(transferPlanEvents)
    .where(and(eq(transferPlanEvents.tenantId, tenantId), eq(transferPlanEvents.planId, planId)))
    .orderBy(asc(transferPlanEvents.at), asc(transferPlanEvents.id));
}

// --- Minimums and settings ---------------------------------------------------------------------------------------

export async function minimumsOf(ex: Executor, tenantId: string, agencyIds: string[]): Promise<MinimumRow[]> {
  if (agencyIds.length === 0) return [];
  return ex
    .select()
    .from(agencyStaffingMinimums)
    .where(and(eq(agencyStaffingMinimums.tenantId, tenantId), inArray(agencyStaffingMinimums.agencyId, agencyIds)));
}

export async function upsertMinimum(tx: Tx, row: typeof agencyStaffingMinimums.$inferInsert) {
  const { tenantId: _t, agencyId: _a, ...set } = row;
  await tx
    .insert(agencyStaffingMinimums)
    .values(row)
    .onConflictDoUpdate({ target: [agencyStaffingMinimums.tenantId, agencyStaffingMinimums.agencyId], set });
}

export async function deleteMinimum(tx: Tx, tenantId: string, agencyId: string) {
  await tx
    .delete(agencyStaffingMinimums)
    .where(and(eq(agencyStaffingMinimums.tenantId, tenantId), eq(agencyStaffingMinimums.agencyId, agencyId)));
}

export async function settingsRow(ex: Executor, tenantId: string) {
  const [row] = await ex.select().from(transferSettings).where(eq(transferSettings.tenantId, tenantId));
  return row ?? null;
}

export async function upsertSettings(tx: Tx, row: typeof transferSettings.$inferInsert) {
  const { tenantId: _t, ...set } = row;
  await tx.insert(transferSettings).values(row).onConflictDoUpdate({ target: transferSettings.tenantId, set });
}

// --- Secondments -------------------------------------------------------------------------------------------------

const secondmentJoin = and(eq(agencies.tenantId, secondments.tenantId), eq(agencies.id, secondments.agencyId));
const secondmentColumns = {
  secondment: secondments,
  agency: agencyColumns,
  officerName: officers.name,
  officerFrontLine: officers.frontLine,
};
type SecondmentJoined = {
  secondment: SecondmentRow;
  agency: AgencyRef;
  officerName: string;
  officerFrontLine: boolean;
};

export async function listSecondments(
  ex: Executor,
  f: { scopeWhere: SQL; tenantId: string; agencyId?: string; active?: boolean },
): Promise<SecondmentJoined[]> {
  const conds: SQL[] = [f.scopeWhere, eq(secondments.tenantId, f.tenantId)];
  if (f.agencyId) conds.push(eq(secondments.agencyId, f.agencyId));
  if (f.active === true) conds.push(isNull(secondments.endedOn));
  if (f.active === false) conds.push(sql`${secondments.endedOn} is not null`);
  return ex
    .select(secondmentColumns)
    .from(secondments)
    .innerJoin(agencies, secondmentJoin)
    .innerJoin(officers, and(eq(officers.tenantId, secondments.tenantId), eq(officers.id, secondments.officerId)))
    .where(and(...conds))
    .orderBy(sql`${secondments.endedOn} is not null`, desc(secondments.startDate), desc(secondments.id))
    .limit(5000) as Promise<SecondmentJoined[]>;
}

export async function findSecondmentInScope(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = (await ex
    .select(secondmentColumns)
    .from(secondments)
    .innerJoin(agencies, secondmentJoin)
    .innerJoin(officers, and(eq(officers.tenantId, secondments.tenantId), eq(officers.id, secondments.officerId)))
    .where(and(scopeWhere, eq(secondments.id, id)))
    .limit(1)) as SecondmentJoined[];
  return rows[0] ?? null;
}

/** Active secondments of these agencies (for the flags and the strength table). */
export async function activeSecondmentsOf(ex: Executor, tenantId: string, agencyIds: string[]) {
  if (agencyIds.length === 0) return [];
  return ex
    .select({ id: secondments.id, agencyId: secondments.agencyId, officerId: secondments.officerId })
    .from(secondments)
    .where(
      and(eq(secondments.tenantId, tenantId), inArray(secondments.agencyId, agencyIds), isNull(secondments.endedOn)),
    );
}

export async function activeSecondmentOfOfficer(ex: Executor, tenantId: string, officerId: string) {
  const [row] = await ex
    .select()
    .from(secondments)
    .where(and(eq(secondments.tenantId, tenantId), eq(secondments.officerId, officerId), isNull(secondments.endedOn)))
    .limit(1);
  return row ?? null;
}

export async function insertSecondment(tx: Tx, row: typeof secondments.$inferInsert): Promise<SecondmentRow> {
  const rows = await tx.insert(secondments).values(row).returning();
  return rows[0];
}

export async function updateSecondment(tx: Tx, tenantId: string, id: string, set: Partial<SecondmentRow>) {
  const rows = await tx
    .update(secondments)
    .set(set)
    .where(and(eq(secondments.tenantId, tenantId), eq(secondments.id, id)))
    .returning();
  return rows[0];
}

/** The tenant of an officer, looked up among the tenants the caller reaches at all. */
export async function officerTenant(ex: Executor, officerId: string, tenantIds: string[]): Promise<string | null> {
  if (tenantIds.length === 0) return null;
  const [row] = await ex
    .select({ tenantId: officers.tenantId })
    .from(officers)
    .where(and(inArray(officers.tenantId, tenantIds), eq(officers.id, officerId)))
    .limit(1);
  return row?.tenantId ?? null;
}
