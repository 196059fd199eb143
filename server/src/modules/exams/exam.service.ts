// Exams (考试): the justice bureau sets them up from a blueprint with a window and the candidate agencies; officers
// see the exams open to them; the bureau reads the statistics (per exam and per question).
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ExamBody, ExamState, ExamStatsView, ExamView, SittingBrief } from '../../../../contracts/exam';
import type { Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { agencies } from '../agencies/agency.schema';
import { findBlueprint, presentBlueprint, requireBankWriter } from './exam-bank.service';
import { examBlueprints, exams, examSittingQuestions, examSittings } from './exam.schema';

type ExamRow = typeof exams.$inferSelect;
type BlueprintRow = typeof examBlueprints.$inferSelect;

export function examState(e: Pick<ExamRow, 'opensAt' | 'closesAt'>, now: Date): ExamState {
  if (now < e.opensAt) return 'upcoming';
  return now < e.closesAt ? 'open' : 'closed';
}

export const briefOfSitting = (s: typeof examSittings.$inferSelect): SittingBrief => ({
  id: s.id,
  attemptNo: s.attemptNo,
  status: s.status as SittingBrief['status'],
  startedAt: s.startedAt.toISOString(),
  deadlineAt: s.deadlineAt.toISOString(),
  gradedAt: s.gradedAt?.toISOString() ?? null,
  score: s.score,
  passed: s.passed,
});

async function agencyNames(ex: Executor, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), inArray(agencies.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function baseView(e: ExamRow, b: BlueprintRow, names: Map<string, string>, now: Date) {
  const bp = presentBlueprint(b);
  return {
    id: e.id,
    title: e.title,
    blueprintId: b.id,
    blueprintTitle: b.title,
    opensAt: e.opensAt.toISOString(),
    closesAt: e.closesAt.toISOString(),
    state: examState(e, now),
    timeLimitMinutes: b.timeLimitMinutes,
    questionCount: bp.questionCount,
    maxScore: bp.maxScore,
    passMark: b.passMark,
    attemptsAllowed: e.attemptsAllowed,
    agencyIds: e.agencyIds,
    agencyNames: e.agencyIds.map((id) => names.get(id) ?? id),
  };
}

export async function listExams(ex: Executor, actor: Actor, now: Date): Promise<ExamView[]> {
  const tenantId = requireBankWriter(actor);
  const rows = await ex
    .select({ exam: exams, blueprint: examBlueprints })
    .from(exams)
    .innerJoin(
      examBlueprints,
      and(eq(examBlueprints.tenantId, exams.tenantId), eq(examBlueprints.id, exams.blueprintId)),
    )
    .where(eq(exams.tenantId, tenantId))
    .orderBy(desc(exams.opensAt), asc(exams.id));
  const tallies = await ex
    .select({
      examId: examSittings.examId,
      sat: sql<number>`count(distinct ${examSittings.officerId})::int`,
      passed: sql<number>`count(distinct ${examSittings.officerId}) filter (where ${examSittings.passed})::int`,
    })
    .from(examSittings)
    .where(and(eq(examSittings.tenantId, tenantId), eq(examSittings.status, 'graded')))
    .groupBy(examSittings.examId);
  const byExam = new Map(tallies.map((t) => [t.examId, t]));
  const names = await agencyNames(
    ex,
    tenantId,
    rows.flatMap((r) => r.exam.agencyIds),
  );
  return rows.map(({ exam, blueprint }) => ({
    ...baseView(exam, blueprint, names, now),
    sat: Number(byExam.get(exam.id)?.sat ?? 0),
    passed: Number(byExam.get(exam.id)?.passed ?? 0),
    abilities: { start: false, resumeSittingId: null, stats: true },
  }));
}

export async function createExam(
  tx: Tx,
  actor: Actor,
  body: ExamBody,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<WriteResult<ExamView>> {
  const tenantId = requireBankWriter(actor);
  const blueprint = await findBlueprint(tx, tenantId, body.blueprintId);
  if (!blueprint) throw invalidInput({ blueprintId: 'exam_blueprint_not_found' });
  const opensAt = new Date(body.opensAt);
  const closesAt = new Date(body.closesAt);
  if (closesAt <= opensAt) throw invalidInput({ closesAt: 'exam_window_order' });
  const agencyIds = [...new Set(body.agencyIds)];
  const names = await agencyNames(tx, tenantId, agencyIds);
  const missing = agencyIds.findIndex((id) => !names.has(id));
  if (missing >= 0) throw invalidInput({ [`agencyIds.${missing}`]: 'exam_agency_unknown' });
  const [row] = await tx
    .insert(exams)
    .values({
      tenantId,
      id: randomUUID(),
      title: body.title,
      blueprintId: blueprint.id,
      opensAt,
      closesAt,
      agencyIds,
      attemptsAllowed: body.attemptsAllowed,
      demo: opts.demo ?? false,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return {
    result: {
      ...baseView(row, blueprint, names, now),
      sat: 0,
      passed: 0,
      abilities: { start: false, resumeSittingId: null, stats: true },
    },
    recordIds: [row.id],
  };
}

/** Whether an officer of `agencyPath` is a candidate: the exam names no agency, or one of theirs or above it. */
export function isCandidate(exam: Pick<ExamRow, 'agencyIds'>, agencyPathIds: readonly string[]): boolean {
  return exam.agencyIds.length === 0 || exam.agencyIds.some((id) => agencyPathIds.includes(id));
}

/** The agency ids on an agency's path (itself and its ancestors): '/a/b/c/' → [a, b, c]. */
export async function agencyPathIds(ex: Executor, tenantId: string, agencyId: string): Promise<string[]> {
  const [row] = await ex
    .select({ path: agencies.path })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, agencyId)));
  return row ? row.path.split('/').filter(Boolean) : [agencyId];
}

/** The exams an officer may see: candidates only, with their own sittings; open ones can be started or resumed. */
export async function listMyExams(
  ex: Executor,
  tenantId: string,
  officer: { id: string; agencyId: string },
  now: Date,
): Promise<ExamView[]> {
  const path = await agencyPathIds(ex, tenantId, officer.agencyId);
  const rows = await ex
    .select({ exam: exams, blueprint: examBlueprints })
    .from(exams)
    .innerJoin(
      examBlueprints,
      and(eq(examBlueprints.tenantId, exams.tenantId), eq(examBlueprints.id, exams.blueprintId)),
    )
    .where(eq(exams.tenantId, tenantId))
    .orderBy(desc(exams.opensAt), asc(exams.id));
  const mine = rows.filter((r) => isCandidate(r.exam, path));
  const sittings = mine.length
    ? await ex
        .select()
        .from(examSittings)
        .where(
          and(
            eq(examSittings.tenantId, tenantId),
            eq(examSittings.officerId, officer.id),
            inArray(
              examSittings.examId,
              mine.map((r) => r.exam.id),
            ),
          ),
        )
        .orderBy(asc(examSittings.attemptNo))
    : [];
  const names = await agencyNames(
    ex,
    tenantId,
    mine.flatMap((r) => r.exam.agencyIds),
  );
  return mine.map(({ exam, blueprint }) => {
    const own = sittings.filter((s) => s.examId === exam.id);
    const base = baseView(exam, blueprint, names, now);
    const running = own.find((s) => s.status === 'in_progress' && s.deadlineAt > now);
    const open = base.state === 'open';
    return {
      ...base,
      sittings: own.map(briefOfSitting),
      abilities: {
        start: open && !running && own.length < exam.attemptsAllowed,
        resumeSittingId: open && running ? running.id : null,
        stats: false,
      },
    };
  });
}

export async function findExam(ex: Executor, tenantId: string, id: string) {
  const [row] = await ex
    .select({ exam: exams, blueprint: examBlueprints })
    .from(exams)
    .innerJoin(
      examBlueprints,
      and(eq(examBlueprints.tenantId, exams.tenantId), eq(examBlueprints.id, exams.blueprintId)),
    )
    .where(and(eq(exams.tenantId, tenantId), eq(exams.id, id)));
  return row ?? null;
}

/**
 * Statistics of an exam over its graded sittings: who sat and passed (distinct officers), the average, the score
 * distribution in tenths of the maximum, and per question: times drawn, correct rate, and how often each option
 * was chosen (by the bank's letters, whatever order the papers showed them in).
 */
export async function examStats(ex: Executor, actor: Actor, examId: string): Promise<ExamStatsView> {
  const tenantId = requireBankWriter(actor);
  const found = await findExam(ex, tenantId, examId);
  if (!found) throw notFound('exam_not_found');
  const bp = presentBlueprint(found.blueprint);
  const sittings = await ex
    .select({ officerId: examSittings.officerId, score: examSittings.score, passed: examSittings.passed })
    .from(examSittings)
    .where(
      and(eq(examSittings.tenantId, tenantId), eq(examSittings.examId, examId), eq(examSittings.status, 'graded')),
    );
  const bands = Array.from({ length: 10 }, (_, i) => ({
    from: Math.round((bp.maxScore * i) / 10),
    to: i === 9 ? bp.maxScore : Math.round((bp.maxScore * (i + 1)) / 10),
    count: 0,
  }));
  for (const s of sittings) {
    const i = bp.maxScore ? Math.min(9, Math.floor(((s.score ?? 0) * 10) / bp.maxScore)) : 0;
    bands[i].count++;
  }
  const drawn = await ex
    .select({
      questionId: examSittingQuestions.questionId,
      answer: examSittingQuestions.answer,
      correct: examSittingQuestions.correct,
      snapshot: examSittingQuestions.snapshot,
    })
    .from(examSittingQuestions)
    .innerJoin(
      examSittings,
      and(
        eq(examSittings.tenantId, examSittingQuestions.tenantId),
        eq(examSittings.id, examSittingQuestions.sittingId),
      ),
    )
    .where(
      and(eq(examSittings.tenantId, tenantId), eq(examSittings.examId, examId), eq(examSittings.status, 'graded')),
    );
  const perQuestion = new Map<
    string,
    { snapshot: (typeof drawn)[number]['snapshot']; drawn: number; right: number; counts: Map<string, number> }
  >();
  for (const d of drawn) {
    const q = perQuestion.get(d.questionId) ?? {
      snapshot: d.snapshot,
      drawn: 0,
      right: 0,
      counts: new Map<string, number>(),
    };
    q.drawn++;
    if (d.correct) q.right++;
    for (const k of d.answer ?? []) q.counts.set(k, (q.counts.get(k) ?? 0) + 1);
    perQuestion.set(d.questionId, q);
  }
  const questions = [...perQuestion.entries()]
    .map(([questionId, q]) => {
      const options = [...q.snapshot.options].sort((a, b) => (a.key < b.key ? -1 : 1));
      return {
        questionId,
        stem: q.snapshot.stem,
        kind: q.snapshot.kind as ExamStatsView['questions'][number]['kind'],
        domain: q.snapshot.domain,
        drawn: q.drawn,
        correctRate: q.drawn ? Math.round((q.right / q.drawn) * 1000) / 1000 : null,
        options: options.map((o) => ({
          key: o.key,
          text: o.text,
          count: q.counts.get(o.key) ?? 0,
          correct: q.snapshot.correct.includes(o.key),
        })),
      };
    })
    .sort((a, b) => (a.correctRate ?? 1) - (b.correctRate ?? 1) || b.drawn - a.drawn);
  const scores = sittings.map((s) => s.score ?? 0);
  return {
    examId,
    title: found.exam.title,
    sat: new Set(sittings.map((s) => s.officerId)).size,
    passed: new Set(sittings.filter((s) => s.passed).map((s) => s.officerId)).size,
    sittings: sittings.length,
    average: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
    maxScore: bp.maxScore,
    passMark: found.blueprint.passMark,
    distribution: bands,
    questions,
  };
}
