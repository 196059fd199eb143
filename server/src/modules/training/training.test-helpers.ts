// Test helpers of the training module: courses and attendance written directly (no route).
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context';
import { and, eq } from 'drizzle-orm';
import { makeOfficer } from '../../testing/factories';
import { trainingAttendance, trainingCourses, trainingPlanItems, trainingPlans } from './training.schema';

export async function makeCourse(
  ctx: AppContext,
  agency: { tenantId: string; id: string },
  opts: {
    hours?: number;
    startDate?: string;
    endDate?: string;
    openToAll?: boolean;
    title?: string;
    maxParticipants?: number;
  } = {},
) {
  const id = randomUUID();
  const endDate = opts.endDate ?? opts.startDate ?? '2026-03-10';
  await ctx.db.insert(trainingCourses).values({
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    title: opts.title ?? `测试课程${id.slice(0, 6)}`,
    hoursTenths: Math.round((opts.hours ?? 8) * 10),
    provider: '州委党校',
    kind: 'public_law',
    startDate: opts.startDate ?? endDate,
    endDate,
    openToAll: opts.openToAll ?? false,
    maxParticipants: opts.maxParticipants ?? null,
  });
  return { id, tenantId: agency.tenantId, agencyId: agency.id };
}

export async function attend(
  ctx: AppContext,
  course: { tenantId: string; id: string },
  officerId: string,
  opts: { hours: number; status?: 'registered' | 'attended' | 'absent' },
) {
  const id = randomUUID();
  await ctx.db.insert(trainingAttendance).values({
    tenantId: course.tenantId,
    id,
    courseId: course.id,
    officerId,
    status: opts.status ?? 'attended',
    hoursTenths: Math.round(opts.hours * 10),
  });
  return id;
}

// --- For the authorisation matrix (loaded there with a dynamic import, so the shared file needs no new imports).

interface Place {
  tenantId: string;
  id: string;
  path: string;
}
type Register = (tenantId: string, path: string | null, ids: string[]) => unknown;

/** An in-post officer of the place's agency, registered for the leak check. */
export async function matrixOfficer(ctx: AppContext, ag: Place, register: Register) {
  const o = await makeOfficer(ctx, ag, { name: `矩阵培训${randomUUID().slice(0, 6)}` });
  register(ag.tenantId, ag.path, [o.id]);
  return o;
}

/** A course of the place's agency (not open to all), registered for the leak check. */
export async function matrixCourse(ctx: AppContext, ag: Place, register: Register) {
  const c = await makeCourse(ctx, ag, { hours: 4, startDate: '2026-03-01', endDate: '2026-03-02' });
  register(ag.tenantId, ag.path, [c.id]);
  return c;
}

/** An officer credited on a course, both of the place's agency. */
export async function matrixAttendance(ctx: AppContext, ag: Place, register: Register) {
  const officer = await matrixOfficer(ctx, ag, register);
  const course = await matrixCourse(ctx, ag, register);
  const id = await attend(ctx, course, officer.id, { hours: 4 });
  register(ag.tenantId, ag.path, [id]);
  return { officer, course, id };
}

let planYear = 2000;
/** A draft plan of the place's agency, in a year no other matrix plan of that agency uses. */
export async function matrixPlan(ctx: AppContext, ag: Place, register: Register) {
  const id = randomUUID();
  const itemId = randomUUID();
  const year = planYear++;
  await ctx.db.insert(trainingPlans).values({ tenantId: ag.tenantId, id, agencyId: ag.id, year });
  await ctx.db.insert(trainingPlanItems).values({
    tenantId: ag.tenantId,
    id: itemId,
    planId: id,
    title: '矩阵计划项目',
    kind: 'public_law',
    plannedMonth: 3,
    hoursTenths: 80,
    audience: '全体执法人员',
  });
  register(ag.tenantId, ag.path, [id, itemId]);
  return { id, year };
}
/** A year no matrix plan uses yet (for creating one). */
export const matrixPlanYear = () => planYear++;

export const courseRowOf = (ctx: AppContext, c: { tenantId: string; id: string }) => () =>
  ctx.db
    .select()
    .from(trainingCourses)
    .where(and(eq(trainingCourses.tenantId, c.tenantId), eq(trainingCourses.id, c.id)));
export const coursesTitled = (ctx: AppContext, tenantId: string, title: string) => () =>
  ctx.db
    .select()
    .from(trainingCourses)
    .where(and(eq(trainingCourses.tenantId, tenantId), eq(trainingCourses.title, title)));
export const attendanceRowOf = (ctx: AppContext, a: { tenantId: string; id: string }) => () =>
  ctx.db
    .select()
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.tenantId, a.tenantId), eq(trainingAttendance.id, a.id)));
export const attendanceOfOfficer = (ctx: AppContext, tenantId: string, officerId: string) => () =>
  ctx.db
    .select()
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.tenantId, tenantId), eq(trainingAttendance.officerId, officerId)));
export const planRowOf = (ctx: AppContext, p: { tenantId: string; id: string }) => () =>
  ctx.db
    .select()
    .from(trainingPlans)
    .where(and(eq(trainingPlans.tenantId, p.tenantId), eq(trainingPlans.id, p.id)));
export const plansOfYear = (ctx: AppContext, ag: { tenantId: string; id: string }, year: number) => () =>
  ctx.db
    .select()
    .from(trainingPlans)
    .where(
      and(eq(trainingPlans.tenantId, ag.tenantId), eq(trainingPlans.agencyId, ag.id), eq(trainingPlans.year, year)),
    );
