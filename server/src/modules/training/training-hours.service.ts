// Training hours of officers over a period: what the certificate eligibility check and the indicators read.
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { trainingAttendance, trainingCourses } from './training.schema';

/**
 * Hours each officer completed (attendance confirmed) in courses ending within [from, to] (Asia/Shanghai dates,
 * YYYY-MM-DD, inclusive). Officers with no hours are absent from the map.
 *
 * A course counts in the period its last day falls in (a course over New Year counts in the new year), and only
 * `attended` rows count, with the hours credited to the officer (which may be less than the course's).
 */
export async function trainingHoursByOfficer(
  db: Executor,
  tenantId: string,
  officerIds: string[],
  period: { from: string; to: string },
): Promise<Map<string, number>> {
  const ids = [...new Set(officerIds)];
  const result = new Map<string, number>();
  if (ids.length === 0 || period.from > period.to) return result;
  const rows = await db
    .select({
      officerId: trainingAttendance.officerId,
      tenths: sql<number>`cast(sum(${trainingAttendance.hoursTenths}) as integer)`,
    })
    .from(trainingAttendance)
    .innerJoin(
      trainingCourses,
      and(
        eq(trainingCourses.tenantId, trainingAttendance.tenantId),
        eq(trainingCourses.id, trainingAttendance.courseId),
      ),
    )
    .where(
      and(
        eq(trainingAttendance.tenantId, tenantId),
        inArray(trainingAttendance.officerId, ids),
        eq(trainingAttendance.status, 'attended'),
        gte(trainingCourses.endDate, period.from),
        lte(trainingCourses.endDate, period.to),
      ),
    )
    .groupBy(trainingAttendance.officerId);
  for (const r of rows) {
    const tenths = Number(r.tenths);
    if (tenths > 0) result.set(r.officerId, tenths / 10);
  }
  return result;
}
