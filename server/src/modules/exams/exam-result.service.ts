// Exam results other modules read: the certificate eligibility check and the indicators.
// Only graded sittings count; a sitting whose deadline passed but that nobody has read since is graded by the
// sweep (gradeExpiredSittings) or on its next read.
import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { shanghaiDate } from '../../platform/legal-date';
import { officers } from '../personnel/officer.schema';
import { examSittings } from './exam.schema';

export interface PassedExam {
  sittingId: string;
  /** Asia/Shanghai date the sitting was graded, YYYY-MM-DD. */
  passedOn: string;
  score: number;
}

/** [from, to] as Asia/Shanghai calendar dates → the instants [start, end). China keeps UTC+8 all year (no DST). */
export function shanghaiPeriodBounds(period: { from: string; to: string }): { start: Date; end: Date } {
  const start = new Date(`${period.from}T00:00:00+08:00`);
  const end = new Date(new Date(`${period.to}T00:00:00+08:00`).getTime() + 24 * 3600 * 1000);
  return { start, end };
}

/** Each officer's latest passed sitting graded within [from, to] (inclusive dates); absent when none. */
export async function latestPassedExams(
  db: Executor,
  tenantId: string,
  officerIds: string[],
  period: { from: string; to: string },
): Promise<Map<string, PassedExam>> {
  const out = new Map<string, PassedExam>();
  if (officerIds.length === 0) return out;
  const { start, end } = shanghaiPeriodBounds(period);
  const rows = await db
    .select({
      officerId: examSittings.officerId,
      id: examSittings.id,
      gradedAt: examSittings.gradedAt,
      score: examSittings.score,
    })
    .from(examSittings)
    .where(
      and(
        eq(examSittings.tenantId, tenantId),
        inArray(examSittings.officerId, [...new Set(officerIds)]),
        eq(examSittings.status, 'graded'),
        eq(examSittings.passed, true),
        gte(examSittings.gradedAt, start),
        lt(examSittings.gradedAt, end),
      ),
    )
    .orderBy(desc(examSittings.gradedAt), desc(examSittings.id));
  for (const r of rows) {
    if (out.has(r.officerId) || !r.gradedAt) continue;
    out.set(r.officerId, { sittingId: r.id, passedOn: shanghaiDate(r.gradedAt), score: Number(r.score ?? 0) });
  }
  return out;
}

export interface ExamTally {
  agencyId: string;
  /** Officers who sat at least one graded exam in the period. */
  sat: number;
  /** Of those, officers who passed at least one. */
  passed: number;
}

/** Per agency (the officer's agency at the time of reading), who sat and who passed in [from, to]. */
export async function examTallyByAgency(
  db: Executor,
  tenantId: string,
  period: { from: string; to: string },
): Promise<ExamTally[]> {
  const { start, end } = shanghaiPeriodBounds(period);
  const rows = await db
    .select({
      agencyId: officers.agencyId,
      sat: sql<number>`count(distinct ${examSittings.officerId})::int`,
      passed: sql<number>`count(distinct ${examSittings.officerId}) filter (where ${examSittings.passed})::int`,
    })
    .from(examSittings)
    .innerJoin(officers, and(eq(officers.tenantId, examSittings.tenantId), eq(officers.id, examSittings.officerId)))
    .where(
      and(
        eq(examSittings.tenantId, tenantId),
        eq(examSittings.status, 'graded'),
        gte(examSittings.gradedAt, start),
        lt(examSittings.gradedAt, end),
      ),
    )
    .groupBy(officers.agencyId)
    .orderBy(officers.agencyId);
  return rows.map((r) => ({ agencyId: r.agencyId, sat: Number(r.sat), passed: Number(r.passed) }));
}
