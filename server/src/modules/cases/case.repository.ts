// Queries on cases and what hangs on them. No rules here; writes take the transaction.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import {
  caseDeadlines,
  caseEvents,
  caseHandlers,
  caseParties,
  caseReviews,
  cases,
  caseSuspensions,
} from './case.schema';

export type CaseRow = typeof cases.$inferSelect;
export type CaseDeadlineRow = typeof caseDeadlines.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type CasePartyRow = typeof caseParties.$inferSelect;
export type CaseReviewRow = typeof caseReviews.$inferSelect;
export type CaseSuspensionRow = typeof caseSuspensions.$inferSelect;

/** Columns for agencyScopeWhere over cases joined to their agency. */
export const caseScopeColumns = { tenantId: cases.tenantId, agencyId: cases.agencyId, path: agencies.path };

export interface CaseWithAgency {
  case: CaseRow;
  agency: { id: string; name: string; path: string };
}

const withAgency = {
  case: cases,
  agency: { id: agencies.id, name: agencies.name, path: agencies.path },
};

export async function findCaseInScope(ex: Executor, scopeWhere: SQL, id: string): Promise<CaseWithAgency | null> {
  const [row] = await ex
    .select(withAgency)
    .from(cases)
    .innerJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
    .where(and(scopeWhere, eq(cases.id, id)))
    .limit(1);
  return row ?? null;
}

/** Locks the case row for the transition (SELECT … FOR UPDATE OF cases). */
export async function lockCaseInScope(tx: Tx, scopeWhere: SQL, id: string): Promise<CaseWithAgency | null> {
  const [row] = await tx
    .select(withAgency)
    .from(cases)
    .innerJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
    .where(and(scopeWhere, eq(cases.id, id)))
    .for('update', { of: cases })
    .limit(1);
  return row ?? null;
}

export async function insertCase(tx: Tx, row: typeof cases.$inferInsert) {
  await tx.insert(cases).values(row);
}

export async function updateCase(tx: Tx, tenantId: string, id: string, set: Partial<typeof cases.$inferInsert>) {
  await tx
    .update(cases)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)));
}

export async function insertParties(tx: Tx, rows: Array<typeof caseParties.$inferInsert>) {
  if (rows.length) await tx.insert(caseParties).values(rows);
}

export async function partiesOf(ex: Executor, tenantId: string, caseIds: string[]): Promise<CasePartyRow[]> {
  if (caseIds.length === 0) return [];
  return ex
    .select()
    .from(caseParties)
    .where(and(eq(caseParties.tenantId, tenantId), inArray(caseParties.caseId, caseIds)))
    .orderBy(asc(caseParties.caseId), asc(caseParties.seq));
}

export async function insertHandlers(tx: Tx, rows: Array<typeof caseHandlers.$inferInsert>) {
  if (rows.length) await tx.insert(caseHandlers).values(rows);
}

export async function handlersOf(ex: Executor, tenantId: string, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return ex
    .select()
    .from(caseHandlers)
    .where(and(eq(caseHandlers.tenantId, tenantId), inArray(caseHandlers.caseId, caseIds)))
    .orderBy(asc(caseHandlers.caseId), asc(caseHandlers.seq));
}

export async function insertEvent(tx: Tx, row: typeof caseEvents.$inferInsert) {
  await tx.insert(caseEvents).values(row);
}

export async function eventsOf(ex: Executor, tenantId: string, caseId: string): Promise<CaseEventRow[]> {
  return ex
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.tenantId, tenantId), eq(caseEvents.caseId, caseId)))
    .orderBy(asc(caseEvents.seq));
}

export async function deadlinesOf(ex: Executor, tenantId: string, caseIds: string[]): Promise<CaseDeadlineRow[]> {
  if (caseIds.length === 0) return [];
  return ex
    .select()
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.tenantId, tenantId), inArray(caseDeadlines.caseId, caseIds)))
    .orderBy(asc(caseDeadlines.dueOn));
}

export async function upsertDeadline(tx: Tx, row: typeof caseDeadlines.$inferInsert) {
  await tx
    .insert(caseDeadlines)
    .values(row)
    .onConflictDoUpdate({
      target: [caseDeadlines.tenantId, caseDeadlines.caseId, caseDeadlines.slot],
      set: {
        ruleId: row.ruleId,
        startOn: row.startOn,
        startAt: row.startAt ?? null,
        dueOn: row.dueOn,
        dueAt: row.dueAt ?? null,
        status: row.status ?? 'running',
        metOn: row.metOn ?? null,
        provisional: row.provisional ?? false,
        flags: row.flags ?? [],
        explanation: row.explanation,
        calendarVersion: row.calendarVersion,
        extensions: row.extensions ?? [],
        updatedAt: new Date(),
      },
    });
}

export async function updateDeadline(
  tx: Tx,
  key: { tenantId: string; caseId: string; slot: string },
  set: Partial<typeof caseDeadlines.$inferInsert>,
) {
  await tx
    .update(caseDeadlines)
    .set({ ...set, updatedAt: new Date() })
    .where(
      and(
        eq(caseDeadlines.tenantId, key.tenantId),
        eq(caseDeadlines.caseId, key.caseId),
        eq(caseDeadlines.slot, key.slot),
      ),
    );
}

export async function suspensionsOf(ex: Executor, tenantId: string, caseId: string): Promise<CaseSuspensionRow[]> {
  return ex
    .select()
    .from(caseSuspensions)
    .where(and(eq(caseSuspensions.tenantId, tenantId), eq(caseSuspensions.caseId, caseId)))
    .orderBy(asc(caseSuspensions.seq));
}

export async function insertSuspension(tx: Tx, row: typeof caseSuspensions.$inferInsert) {
  await tx.insert(caseSuspensions).values(row);
}

export async function endSuspension(tx: Tx, tenantId: string, caseId: string, seq: number, toOn: string) {
  await tx
    .update(caseSuspensions)
    .set({ toOn })
    .where(
      and(eq(caseSuspensions.tenantId, tenantId), eq(caseSuspensions.caseId, caseId), eq(caseSuspensions.seq, seq)),
    );
}

export async function reviewsOf(ex: Executor, tenantId: string, caseId: string): Promise<CaseReviewRow[]> {
  return ex
    .select()
    .from(caseReviews)
    .where(and(eq(caseReviews.tenantId, tenantId), eq(caseReviews.caseId, caseId)))
    .orderBy(asc(caseReviews.seq));
}

export async function insertReview(tx: Tx, row: typeof caseReviews.$inferInsert) {
  await tx.insert(caseReviews).values(row);
}

export async function updateReview(
  tx: Tx,
  key: { tenantId: string; caseId: string; seq: number },
  set: Partial<typeof caseReviews.$inferInsert>,
) {
  await tx
    .update(caseReviews)
    .set(set)
    .where(
      and(eq(caseReviews.tenantId, key.tenantId), eq(caseReviews.caseId, key.caseId), eq(caseReviews.seq, key.seq)),
    );
}

/** How many reviews an officer has decided before (a first-time reviewer must hold 法律职业资格, 处罚法 第五十八条). */
export async function reviewsDecidedBy(ex: Executor, tenantId: string, officerId: string): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(caseReviews)
    .where(
      and(
        eq(caseReviews.tenantId, tenantId),
        eq(caseReviews.reviewerOfficerId, officerId),
        sql`${caseReviews.outcome} is not null`,
      ),
    );
  return row?.n ?? 0;
}

export interface CaseListFilter {
  where: SQL;
  limit: number;
  offset: number;
}

export async function listCaseRows(
  ex: Executor,
  f: CaseListFilter,
): Promise<{ rows: CaseWithAgency[]; total: number }> {
  const base = ex
    .select(withAgency)
    .from(cases)
    .innerJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
    .where(f.where);
  const [rows, [count]] = [
    await base.orderBy(desc(cases.registeredOn), desc(cases.createdAt)).limit(f.limit).offset(f.offset),
    await ex
      .select({ n: sql<number>`count(*)::int` })
      .from(cases)
      .innerJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
      .where(f.where),
  ];
  return { rows, total: count?.n ?? 0 };
}
