// Queries of the training module. Courses are joined with their organising agency, attendance with the officer's
// agency, plans with their agency, so that the caller's scope applies in the query.
import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { officers } from '../personnel/officer.schema';
import { trainingAttendance, trainingCourses, trainingPlanItems, trainingPlans } from './training.schema';
import { agencyBriefColumns, findAgencyBriefInScope, type AgencyBrief } from '../agencies/agency.repository';

export type CourseRow = typeof trainingCourses.$inferSelect;
export type CourseInsert = typeof trainingCourses.$inferInsert;
export type AttendanceRow = typeof trainingAttendance.$inferSelect;
export type AttendanceInsert = typeof trainingAttendance.$inferInsert;
export type PlanRow = typeof trainingPlans.$inferSelect;
export type PlanItemRow = typeof trainingPlanItems.$inferSelect;

export type { AgencyBrief };

export const agencyColumns = agencyBriefColumns;

export function findAgencyInScope(ex: Executor, scopeWhere: SQL, agencyId: string) {
  return findAgencyBriefInScope(ex, scopeWhere, agencyId);
}

const courseAgency = and(eq(agencies.tenantId, trainingCourses.tenantId), eq(agencies.id, trainingCourses.agencyId));

export interface CourseFilter {
  visible: SQL;
  tenantId: string;
  year?: number;
  agencyId?: string;
  kind?: string;
  q?: string;
}

function courseConds(f: CourseFilter): SQL[] {
  const conds: SQL[] = [f.visible, eq(trainingCourses.tenantId, f.tenantId)];
  if (f.year) {
    conds.push(gte(trainingCourses.endDate, `${f.year}-01-01`), lte(trainingCourses.endDate, `${f.year}-12-31`));
  }
  if (f.agencyId) conds.push(eq(trainingCourses.agencyId, f.agencyId));
  if (f.kind) conds.push(eq(trainingCourses.kind, f.kind));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(trainingCourses.title, like), ilike(trainingCourses.provider, like))!);
  }
  return conds;
}

export async function listCourses(ex: Executor, f: CourseFilter, page: { limit: number; offset: number }) {
  const where = and(...courseConds(f));
  const [rows, [{ n }]] = await Promise.all([
    ex
      .select({ course: trainingCourses, agency: agencyColumns })
      .from(trainingCourses)
      .innerJoin(agencies, courseAgency)
      .where(where)
      .orderBy(desc(trainingCourses.startDate), asc(trainingCourses.title))
      .limit(page.limit)
      .offset(page.offset),
    ex.select({ n: count() }).from(trainingCourses).innerJoin(agencies, courseAgency).where(where),
  ]);
  return { rows: rows as { course: CourseRow; agency: AgencyBrief }[], total: Number(n) };
}

export async function findCourse(ex: Executor, visible: SQL, id: string) {
  const rows = await ex
    .select({ course: trainingCourses, agency: agencyColumns })
    .from(trainingCourses)
    .innerJoin(agencies, courseAgency)
    .where(and(visible, eq(trainingCourses.id, id)))
    .limit(1);
  return (rows[0] as { course: CourseRow; agency: AgencyBrief } | undefined) ?? null;
}

export async function attendanceCounts(ex: Executor, tenantId: string, courseIds: string[]) {
  if (courseIds.length === 0) return new Map<string, Record<string, number>>();
  const rows = await ex
    .select({ courseId: trainingAttendance.courseId, status: trainingAttendance.status, n: count() })
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.tenantId, tenantId), inArray(trainingAttendance.courseId, courseIds)))
    .groupBy(trainingAttendance.courseId, trainingAttendance.status);
  const out = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const m = out.get(r.courseId) ?? {};
    m[r.status] = Number(r.n);
    out.set(r.courseId, m);
  }
  return out;
}

export async function insertCourse(tx: Tx, row: CourseInsert) {
  return (await tx.insert(trainingCourses).values(row).returning())[0];
}

export async function updateCourseRow(tx: Tx, tenantId: string, id: string, set: Partial<CourseInsert>) {
  return (
    await tx
      .update(trainingCourses)
      .set(set)
      .where(and(eq(trainingCourses.tenantId, tenantId), eq(trainingCourses.id, id)))
      .returning()
  )[0];
}

export async function deleteCourseRow(tx: Tx, tenantId: string, id: string) {
  await tx.delete(trainingCourses).where(and(eq(trainingCourses.tenantId, tenantId), eq(trainingCourses.id, id)));
}

// --- officers and attendance ----------------------------------------------------------------------------------

const officerAgency = and(eq(agencies.tenantId, officers.tenantId), eq(agencies.id, officers.agencyId));

export interface OfficerInScope {
  id: string;
  tenantId: string;
  name: string;
  status: string;
  post: string;
  agencyId: string;
  agencyName: string;
  agencyPath: string;
}

const officerColumns = {
  id: officers.id,
  tenantId: officers.tenantId,
  name: officers.name,
  status: officers.status,
  post: officers.post,
  agencyId: agencies.id,
  agencyName: agencies.name,
  agencyPath: agencies.path,
};

export async function officersInScope(ex: Executor, scopeWhere: SQL, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return (await ex
    .select(officerColumns)
    .from(officers)
    .innerJoin(agencies, officerAgency)
    .where(and(scopeWhere, eq(officers.tenantId, tenantId), inArray(officers.id, ids)))) as OfficerInScope[];
}

/** Officers who enforce (in post or seconded) within a scope: the population of the hours report. */
export async function activeOfficers(
  ex: Executor,
  f: { scopeWhere: SQL; tenantId: string; agencyId?: string; agencyPath?: string; q?: string; limit?: number },
) {
  const conds: SQL[] = [
    f.scopeWhere,
    eq(officers.tenantId, f.tenantId),
    inArray(officers.status, ['in_post', 'seconded']),
  ];
  if (f.agencyPath) conds.push(sql`${agencies.path} like ${`${f.agencyPath}%`}`);
  else if (f.agencyId) conds.push(eq(officers.agencyId, f.agencyId));
  if (f.q) conds.push(ilike(officers.name, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const q = ex
    .select(officerColumns)
    .from(officers)
    .innerJoin(agencies, officerAgency)
    .where(and(...conds))
    .orderBy(asc(agencies.sortOrder), asc(agencies.name), asc(officers.name));
  return (await (f.limit ? q.limit(f.limit) : q)) as OfficerInScope[];
}

export async function existingAttendance(ex: Executor, tenantId: string, courseId: string, officerIds: string[]) {
  if (officerIds.length === 0) return [];
  return ex
    .select({ officerId: trainingAttendance.officerId })
    .from(trainingAttendance)
    .where(
      and(
        eq(trainingAttendance.tenantId, tenantId),
        eq(trainingAttendance.courseId, courseId),
        inArray(trainingAttendance.officerId, officerIds),
      ),
    );
}

export async function insertAttendance(tx: Tx, rows: AttendanceInsert[]) {
  if (rows.length === 0) return [];
  return tx.insert(trainingAttendance).values(rows).returning();
}

const attendanceCourse = and(
  eq(trainingCourses.tenantId, trainingAttendance.tenantId),
  eq(trainingCourses.id, trainingAttendance.courseId),
);
const attendanceOfficer = and(
  eq(officers.tenantId, trainingAttendance.tenantId),
  eq(officers.id, trainingAttendance.officerId),
);
const courseAgencies = sql`(select a.name from agencies a where a.tenant_id = ${trainingCourses.tenantId} and a.id = ${trainingCourses.agencyId})`;

export interface AttendanceJoined {
  attendance: AttendanceRow;
  course: CourseRow;
  courseAgencyName: string;
  officer: OfficerInScope;
}

export interface AttendanceFilter {
  /** Scope over the officer's agency. */
  scopeWhere: SQL;
  /** Absent only when looking one record up by id (the scope restricts the tenant). */
  tenantId?: string;
  officerId?: string;
  courseId?: string;
  year?: number;
  status?: string;
  id?: string;
}

function attendanceConds(f: AttendanceFilter): SQL[] {
  const conds: SQL[] = [f.scopeWhere];
  if (f.tenantId) conds.push(eq(trainingAttendance.tenantId, f.tenantId));
  if (f.id) conds.push(eq(trainingAttendance.id, f.id));
  if (f.officerId) conds.push(eq(trainingAttendance.officerId, f.officerId));
  if (f.courseId) conds.push(eq(trainingAttendance.courseId, f.courseId));
  if (f.status) conds.push(eq(trainingAttendance.status, f.status));
  if (f.year) {
    conds.push(gte(trainingCourses.endDate, `${f.year}-01-01`), lte(trainingCourses.endDate, `${f.year}-12-31`));
  }
  return conds;
}

export async function listAttendance(ex: Executor, f: AttendanceFilter, page: { limit: number; offset: number }) {
  const where = and(...attendanceConds(f));
  const base = () =>
    ex
      .select({
        attendance: trainingAttendance,
        course: trainingCourses,
        courseAgencyName: sql<string>`${courseAgencies}`,
        officer: officerColumns,
      })
      .from(trainingAttendance)
      .innerJoin(trainingCourses, attendanceCourse)
      .innerJoin(officers, attendanceOfficer)
      .innerJoin(agencies, officerAgency);
  const [rows, [agg]] = await Promise.all([
    base()
      .where(where)
      .orderBy(desc(trainingCourses.endDate), asc(officers.name))
      .limit(page.limit)
      .offset(page.offset),
    ex
      .select({
        n: count(),
        tenths: sql<number>`cast(coalesce(sum(case when ${trainingAttendance.status} = 'attended' then ${trainingAttendance.hoursTenths} else 0 end), 0) as integer)`,
      })
      .from(trainingAttendance)
      .innerJoin(trainingCourses, attendanceCourse)
      .innerJoin(officers, attendanceOfficer)
      .innerJoin(agencies, officerAgency)
      .where(where),
  ]);
  return { rows: rows as AttendanceJoined[], total: Number(agg.n), tenths: Number(agg.tenths) };
}

export async function updateAttendanceRow(tx: Tx, tenantId: string, id: string, set: Partial<AttendanceInsert>) {
  return (
    await tx
      .update(trainingAttendance)
      .set(set)
      .where(and(eq(trainingAttendance.tenantId, tenantId), eq(trainingAttendance.id, id)))
      .returning()
  )[0];
}

export async function deleteAttendanceRow(tx: Tx, tenantId: string, id: string) {
  await tx
    .delete(trainingAttendance)
    .where(and(eq(trainingAttendance.tenantId, tenantId), eq(trainingAttendance.id, id)));
}

export async function countAttendance(ex: Executor, tenantId: string, courseId: string, statuses?: string[]) {
  const conds = [eq(trainingAttendance.tenantId, tenantId), eq(trainingAttendance.courseId, courseId)];
  if (statuses) conds.push(inArray(trainingAttendance.status, statuses));
  const [{ n }] = await ex
    .select({ n: count() })
    .from(trainingAttendance)
    .where(and(...conds));
  return Number(n);
}

// --- plans -----------------------------------------------------------------------------------------------------

const planAgency = and(eq(agencies.tenantId, trainingPlans.tenantId), eq(agencies.id, trainingPlans.agencyId));

export async function listPlans(
  ex: Executor,
  f: { scopeWhere: SQL; tenantId: string; year?: number; agencyId?: string; id?: string },
) {
  const conds: SQL[] = [f.scopeWhere, eq(trainingPlans.tenantId, f.tenantId)];
  if (f.year) conds.push(eq(trainingPlans.year, f.year));
  if (f.agencyId) conds.push(eq(trainingPlans.agencyId, f.agencyId));
  if (f.id) conds.push(eq(trainingPlans.id, f.id));
  return (await ex
    .select({ plan: trainingPlans, agency: agencyColumns })
    .from(trainingPlans)
    .innerJoin(agencies, planAgency)
    .where(and(...conds))
    .orderBy(desc(trainingPlans.year), asc(agencies.sortOrder), asc(agencies.name))
    .limit(500)) as { plan: PlanRow; agency: AgencyBrief }[];
}

export async function findPlanById(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = (await ex
    .select({ plan: trainingPlans, agency: agencyColumns })
    .from(trainingPlans)
    .innerJoin(agencies, planAgency)
    .where(and(scopeWhere, eq(trainingPlans.id, id)))
    .limit(1)) as { plan: PlanRow; agency: AgencyBrief }[];
  return rows[0] ?? null;
}

export async function planItems(ex: Executor, tenantId: string, planIds: string[]) {
  if (planIds.length === 0) return [];
  return ex
    .select()
    .from(trainingPlanItems)
    .where(and(eq(trainingPlanItems.tenantId, tenantId), inArray(trainingPlanItems.planId, planIds)))
    .orderBy(asc(trainingPlanItems.sortOrder), asc(trainingPlanItems.plannedMonth));
}

/** The plan an item belongs to (to check that a course's plan item is its organiser's). */
export async function planOfItem(ex: Executor, tenantId: string, itemId: string) {
  const rows = await ex
    .select({ plan: trainingPlans })
    .from(trainingPlanItems)
    .innerJoin(
      trainingPlans,
      and(eq(trainingPlans.tenantId, trainingPlanItems.tenantId), eq(trainingPlans.id, trainingPlanItems.planId)),
    )
    .where(and(eq(trainingPlanItems.tenantId, tenantId), eq(trainingPlanItems.id, itemId)))
    .limit(1);
  return rows[0]?.plan ?? null;
}

/** Courses of agencies whose last day falls in a year (for plan progress). */
export async function coursesOfAgenciesInYear(ex: Executor, tenantId: string, agencyIds: string[], year: number) {
  if (agencyIds.length === 0) return [];
  return ex
    .select({
      id: trainingCourses.id,
      agencyId: trainingCourses.agencyId,
      title: trainingCourses.title,
      endDate: trainingCourses.endDate,
      hoursTenths: trainingCourses.hoursTenths,
      planItemId: trainingCourses.planItemId,
    })
    .from(trainingCourses)
    .where(
      and(
        eq(trainingCourses.tenantId, tenantId),
        inArray(trainingCourses.agencyId, agencyIds),
        gte(trainingCourses.endDate, `${year}-01-01`),
        lte(trainingCourses.endDate, `${year}-12-31`),
      ),
    );
}

export async function insertPlan(tx: Tx, row: typeof trainingPlans.$inferInsert) {
  return (await tx.insert(trainingPlans).values(row).returning())[0];
}

export async function updatePlanRow(
  tx: Tx,
  tenantId: string,
  id: string,
  set: Partial<typeof trainingPlans.$inferInsert>,
) {
  return (
    await tx
      .update(trainingPlans)
      .set(set)
      .where(and(eq(trainingPlans.tenantId, tenantId), eq(trainingPlans.id, id)))
      .returning()
  )[0];
}

export async function replacePlanItems(
  tx: Tx,
  tenantId: string,
  planId: string,
  items: (typeof trainingPlanItems.$inferInsert)[],
) {
  const keep = items.map((i) => i.id!);
  await tx
    .delete(trainingPlanItems)
    .where(and(eq(trainingPlanItems.tenantId, tenantId), eq(trainingPlanItems.planId, planId)));
  if (items.length) await tx.insert(trainingPlanItems).values(items);
  return keep;
}

export async function deletePlanRow(tx: Tx, tenantId: string, id: string) {
  await tx
    .delete(trainingPlanItems)
    .where(and(eq(trainingPlanItems.tenantId, tenantId), eq(trainingPlanItems.planId, id)));
  await tx.delete(trainingPlans).where(and(eq(trainingPlans.tenantId, tenantId), eq(trainingPlans.id, id)));
}

/** Courses linked to any of these plan items. */
export async function coursesLinkedToItems(ex: Executor, tenantId: string, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return ex
    .select({ id: trainingCourses.id, planItemId: trainingCourses.planItemId })
    .from(trainingCourses)
    .where(and(eq(trainingCourses.tenantId, tenantId), inArray(trainingCourses.planItemId, itemIds)));
}
