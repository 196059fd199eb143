// Use cases on training courses: list and read what the caller can see (its agencies' courses and the justice
// bureau's tenant-wide ones), create, change and remove courses of agencies within training.write scope.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type {
  AttendanceCandidateView,
  CourseCreateBody,
  CourseListView,
  CourseUpdateBody,
  CourseView,
} from '../../../../contracts/training';
import { courseCreateBody, courseListQuery } from '../../../../contracts/training';
import type { z } from 'zod';
import { scopesFor, tenantsReachable, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { agencies } from '../agencies/agency.schema';
import { toTenths } from './training-hours.rules';
import { presentCourse } from './training.presenter';
import {
  activeOfficers,
  attendanceCounts,
  countAttendance,
  deleteCourseRow,
  findAgencyInScope,
  findCourse,
  insertCourse,
  listCourses as listCourseRows,
  planOfItem,
  updateCourseRow,
  type AgencyBrief,
  type CourseRow,
} from './training.repository';
import { trainingAttendance, trainingCourses } from './training.schema';

const agencyCols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };
export const readScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'personnel.read'), agencyCols);
export const writeScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'training.write'), agencyCols);

/** A course is visible in the organiser's read scope, or anywhere in the tenant when it is open to all. */
export function courseVisible(actor: Actor): SQL {
  const tenants = tenantsReachable(actor, 'personnel.read');
  const open = tenants.length
    ? and(eq(trainingCourses.openToAll, true), inArray(trainingCourses.tenantId, tenants))!
    : sql`false`;
  return sql`(${readScope(actor)} or ${open})`;
}

type ListQuery = z.output<typeof courseListQuery>;

export async function listCourses(ex: Executor, actor: Actor, q: ListQuery): Promise<CourseListView> {
  const { rows, total } = await listCourseRows(
    ex,
    {
      visible: courseVisible(actor),
      tenantId: q.tenant ?? actor.tenantId,
      year: q.year,
      agencyId: q.agencyId,
      kind: q.kind,
      q: q.q,
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  const counts = await attendanceCounts(
    ex,
    q.tenant ?? actor.tenantId,
    rows.map((r) => r.course.id),
  );
  return { items: rows.map((r) => presentCourse(actor, r.course, r.agency, counts.get(r.course.id))), total };
}

export async function getCourse(ex: Executor, actor: Actor, id: string): Promise<CourseView> {
  const row = await findCourse(ex, courseVisible(actor), id);
  if (!row) throw notFound('training_course_not_found');
  const counts = await attendanceCounts(ex, row.course.tenantId, [id]);
  return presentCourse(actor, row.course, row.agency, counts.get(id));
}

/** The course within write scope of its organiser; visible but not writable is forbidden. */
async function courseForWrite(tx: Tx, actor: Actor, id: string) {
  const row = await findCourse(tx, writeScope(actor), id);
  if (!row) {
    if (await findCourse(tx, courseVisible(actor), id)) throw forbidden('out_of_scope');
    throw notFound('training_course_not_found');
  }
  return row;
}

async function checkCourseRules(
  ex: Executor,
  actor: Actor,
  agency: AgencyBrief,
  c: { startDate: string; endDate: string; openToAll: boolean; planItemId: string | null },
) {
  if (c.endDate < c.startDate) throw invalidInput({ endDate: 'training_end_before_start' });
  if (c.openToAll && !tenantsWithWholeScope(actor, 'training.write').includes(agency.tenantId)) {
    throw invalidInput({ openToAll: 'training_open_needs_tenant' });
  }
  if (c.planItemId) {
    const plan = await planOfItem(ex, agency.tenantId, c.planItemId);
    if (!plan || plan.agencyId !== agency.id) throw invalidInput({ planItemId: 'training_plan_item_unknown' });
  }
}

export async function createCourse(
  tx: Tx,
  actor: Actor,
  body: z.output<typeof courseCreateBody>,
  now: Date,
): Promise<WriteResult<CourseView>> {
  const agency = await findAgencyInScope(tx, writeScope(actor), body.agencyId);
  if (!agency) {
    if (await findAgencyInScope(tx, readScope(actor), body.agencyId)) throw forbidden('out_of_scope');
    throw invalidInput({ agencyId: 'agency_not_found' });
  }
  if (agency.status !== 'active') throw invalidInput({ agencyId: 'agency_abolished' });
  const planItemId = body.planItemId ?? null;
  await checkCourseRules(tx, actor, agency, { ...body, planItemId });
  const row = await insertCourse(tx, {
    tenantId: agency.tenantId,
    id: randomUUID(),
    agencyId: agency.id,
    title: body.title,
    hoursTenths: toTenths(body.hours),
    provider: body.provider,
    kind: body.kind,
    domains: [...new Set(body.domains)],
    startDate: body.startDate,
    endDate: body.endDate,
    online: body.online,
    maxParticipants: body.maxParticipants ?? null,
    openToAll: body.openToAll,
    planItemId,
    note: body.note || null,
    createdBy: actor.accountId,
    createdAt: now,
    updatedAt: now,
  });
  return {
    result: presentCourse(actor, row, agency),
    recordIds: [row.id],
    tenantId: agency.tenantId,
    detail: { agencyId: agency.id, title: row.title },
  };
}

export async function updateCourse(
  tx: Tx,
  actor: Actor,
  id: string,
  body: CourseUpdateBody,
  now: Date,
): Promise<WriteResult<CourseView>> {
  const { course, agency } = await courseForWrite(tx, actor, id);
  if (agency.status !== 'active') throw conflict({ agencyId: 'agency_abolished' });
  const next: CourseRow = {
    ...course,
    title: body.title ?? course.title,
    hoursTenths: body.hours !== undefined ? toTenths(body.hours) : course.hoursTenths,
    provider: body.provider ?? course.provider,
    kind: body.kind ?? course.kind,
    domains: body.domains ? [...new Set(body.domains)] : course.domains,
    startDate: body.startDate ?? course.startDate,
    endDate: body.endDate ?? course.endDate,
    online: body.online ?? course.online,
    maxParticipants: body.maxParticipants !== undefined ? body.maxParticipants : course.maxParticipants,
    openToAll: body.openToAll ?? course.openToAll,
    planItemId: body.planItemId !== undefined ? body.planItemId : course.planItemId,
    note: body.note !== undefined ? body.note || null : course.note,
  };
  if (body.openToAll !== undefined || body.startDate || body.endDate || body.planItemId) {
    // Only what changed is checked against the actor: keeping a course open needs no tenant-wide grant.
    await checkCourseRules(tx, actor, agency, {
      ...next,
      openToAll: body.openToAll !== undefined && body.openToAll !== course.openToAll ? next.openToAll : false,
      planItemId: body.planItemId ?? null,
    });
  }
  if (body.maxParticipants != null) {
    const taken = await countAttendance(tx, course.tenantId, id, ['registered', 'attended']);
    if (taken > body.maxParticipants) {
      throw invalidInput({ maxParticipants: { key: 'training_course_full', params: { max: body.maxParticipants } } });
    }
  }
  const row = await updateCourseRow(tx, course.tenantId, id, {
    title: next.title,
    hoursTenths: next.hoursTenths,
    provider: next.provider,
    kind: next.kind,
    domains: next.domains,
    startDate: next.startDate,
    endDate: next.endDate,
    online: next.online,
    maxParticipants: next.maxParticipants,
    openToAll: next.openToAll,
    planItemId: next.planItemId,
    note: next.note,
    updatedAt: now,
  });
  if (next.hoursTenths !== course.hoursTenths) {
    // Credited hours follow the course: full credit stays full; reduced credit never exceeds the new hours.
    await tx
      .update(trainingAttendance)
      .set({
        hoursTenths: sql`case when ${trainingAttendance.reason} is null then ${next.hoursTenths} else least(${trainingAttendance.hoursTenths}, ${next.hoursTenths}) end`,
      })
      .where(and(eq(trainingAttendance.tenantId, course.tenantId), eq(trainingAttendance.courseId, id)));
  }
  const counts = await attendanceCounts(tx, course.tenantId, [id]);
  return {
    result: presentCourse(actor, row, agency, counts.get(id)),
    recordIds: [id],
    tenantId: course.tenantId,
  };
}

export async function deleteCourse(tx: Tx, actor: Actor, id: string): Promise<WriteResult<null>> {
  const { course } = await courseForWrite(tx, actor, id);
  const n = await countAttendance(tx, course.tenantId, id);
  if (n > 0) throw conflict({ id: { key: 'training_course_has_attendance', params: { count: n } } });
  await deleteCourseRow(tx, course.tenantId, id);
  return { result: null, recordIds: [id], tenantId: course.tenantId, detail: { title: course.title } };
}

/** Officers the actor may record on a course: in post or seconded, within training.write, not yet recorded. */
export async function attendanceCandidates(
  ex: Executor,
  actor: Actor,
  courseId: string,
  q: { q?: string; agencyId?: string },
): Promise<AttendanceCandidateView[]> {
  const row = await findCourse(ex, courseVisible(actor), courseId);
  if (!row) throw notFound('training_course_not_found');
  const officers = await activeOfficers(ex, {
    scopeWhere: writeScope(actor),
    tenantId: row.course.tenantId,
    agencyId: q.agencyId,
    q: q.q,
    limit: 2000,
  });
  const taken = new Set(
    (
      await ex
        .select({ officerId: trainingAttendance.officerId })
        .from(trainingAttendance)
        .where(and(eq(trainingAttendance.tenantId, row.course.tenantId), eq(trainingAttendance.courseId, courseId)))
    ).map((r) => r.officerId),
  );
  return officers
    .filter((o) => !taken.has(o.id))
    .map((o) => ({ id: o.id, name: o.name, agencyId: o.agencyId, agencyName: o.agencyName, post: o.post }));
}

export type { CourseCreateBody };
