// Sittings (答卷): an officer starts an open exam and gets a randomised paper (stored with the sitting, so a reload
// shows the same one), saves answers as they go (idempotent, ordered by the client's sequence number), submits;
// the server is the clock. A sitting past its deadline is graded on its next read or by the sweep
// (gradeExpiredSittings). Correct answers and explanations are only shown once the sitting is graded.
import { randomInt, randomUUID } from 'node:crypto';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { AnswerBody, AnswerView, SittingView } from '../../../../contracts/exam';
import type { Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { officerForAccount, type OfficerBrief } from '../personnel/officer-lookup.service';
import { officers } from '../personnel/officer.schema';
import {
  BankShortError,
  drawPaper,
  gradePaper,
  toBankKeys,
  toShownKeys,
  snapshotOf,
  type BankQuestion,
} from './exam-paper';
import { agencyPathIds, examState, findExam, isCandidate } from './exam.service';
import { examQuestions, exams, examSittingQuestions, examSittings } from './exam.schema';
import { QUESTION_KIND_LABELS, questionDomainLabel, type QuestionKind } from '../../../../contracts/exam';

type SittingRow = typeof examSittings.$inferSelect;
type SittingQuestionRow = typeof examSittingQuestions.$inferSelect;

/** Officers who may sit: in post or seconded (a suspended or departed officer may not). */
const SITTING_STATUSES = ['in_post', 'seconded'];

const fmt = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 16);

async function officerOf(ex: Executor, actor: Actor): Promise<OfficerBrief> {
  const officer = await officerForAccount(ex, actor.tenantId, actor.accountId);
  if (!officer || !SITTING_STATUSES.includes(officer.status)) throw forbidden('exam_no_officer');
  return officer;
}

async function loadQuestions(ex: Executor, s: SittingRow): Promise<SittingQuestionRow[]> {
  return ex
    .select()
    .from(examSittingQuestions)
    .where(and(eq(examSittingQuestions.tenantId, s.tenantId), eq(examSittingQuestions.sittingId, s.id)))
    .orderBy(asc(examSittingQuestions.questionNo));
}

/** Grades a sitting in the caller's transaction; `gradedAt` is the submission, or the deadline when time ran out. */
export async function gradeSitting(tx: Tx, s: SittingRow, now: Date, submitted: boolean): Promise<SittingRow> {
  const questions = await loadQuestions(tx, s);
  const result = gradePaper(
    questions.map((q) => ({ no: q.questionNo, points: q.points, correct: q.snapshot.correct, answer: q.answer })),
    s.passMark,
  );
  if (result.perQuestion.length) {
    const nos = result.perQuestion.map((q) => q.no);
    const rights = result.perQuestion.map((q) => q.correct);
    const awarded = result.perQuestion.map((q) => q.awarded);
    await tx.execute(sql`
      update exam_sitting_questions q set correct = v.correct, awarded = v.awarded
      from (select unnest(${`{${nos.join(',')}}`}::int[]) as no, unnest(${`{${rights.join(',')}}`}::boolean[]) as correct,
                   unnest(${`{${awarded.join(',')}}`}::int[]) as awarded) v
      where q.tenant_id = ${s.tenantId} and q.sitting_id = ${s.id} and q.question_no = v.no`);
  }
  const gradedAt = submitted && now < s.deadlineAt ? now : s.deadlineAt;
  const [row] = await tx
    .update(examSittings)
    .set({
      status: 'graded',
      submittedAt: submitted && now < s.deadlineAt ? now : s.submittedAt,
      gradedAt,
      score: result.score,
      passed: result.passed,
    })
    .where(
      and(eq(examSittings.tenantId, s.tenantId), eq(examSittings.id, s.id), eq(examSittings.status, 'in_progress')),
    )
    .returning();
  return row ?? s;
}

/** The sweep: grades every sitting whose deadline has passed (all tenants, or one). Returns how many. */
export async function gradeExpiredSittings(db: Executor, now: Date, tenantId?: string): Promise<number> {
  const due = await db
    .select()
    .from(examSittings)
    .where(
      and(
        tenantId ? eq(examSittings.tenantId, tenantId) : undefined,
        eq(examSittings.status, 'in_progress'),
        lte(examSittings.deadlineAt, now),
      ),
    );
  for (const s of due) await db.transaction((tx) => gradeSitting(tx, s, now, false));
  return due.length;
}

async function presentSitting(ex: Executor, s: SittingRow, now: Date): Promise<SittingView> {
  // Sequential: `ex` is often the answering transaction (one connection, one query at a time).
  const questions = await loadQuestions(ex, s);
  const [exam] = await ex
    .select({ title: exams.title })
    .from(exams)
    .where(and(eq(exams.tenantId, s.tenantId), eq(exams.id, s.examId)));
  const [officer] = await ex
    .select({ name: officers.name })
    .from(officers)
    .where(and(eq(officers.tenantId, s.tenantId), eq(officers.id, s.officerId)));
  const graded = s.status === 'graded';
  return {
    id: s.id,
    examId: s.examId,
    examTitle: exam?.title ?? '',
    officerName: officer?.name ?? '',
    attemptNo: s.attemptNo,
    status: s.status as SittingView['status'],
    startedAt: s.startedAt.toISOString(),
    deadlineAt: s.deadlineAt.toISOString(),
    serverNow: now.toISOString(),
    submittedAt: s.submittedAt?.toISOString() ?? null,
    gradedAt: s.gradedAt?.toISOString() ?? null,
    score: graded ? s.score : null,
    maxScore: s.maxScore,
    passMark: s.passMark,
    passed: graded ? s.passed : null,
    questions: questions.map((q) => {
      const opts = q.snapshot.options;
      return {
        no: q.questionNo,
        kind: q.snapshot.kind as QuestionKind,
        domain: q.snapshot.domain,
        stem: q.snapshot.stem,
        // Shown letters only: the bank's letters would let a client reconstruct the bank's order.
        options: opts.map((o, i) => ({ key: 'ABCDEF'[i], text: o.text })),
        points: q.points,
        answer: q.answer ? toShownKeys(opts, q.answer) : null,
        answerSeq: q.answerSeq,
        ...(graded
          ? {
              review: {
                correct: toShownKeys(opts, q.snapshot.correct),
                isCorrect: q.correct ?? false,
                awarded: q.awarded ?? 0,
                explanation: q.snapshot.explanation,
                basis: q.snapshot.basisText,
              },
            }
          : {}),
      };
    }),
    abilities: { answer: !graded && now < s.deadlineAt, submit: !graded },
  };
}

/** The actor's own sitting (another officer's is not found); graded on the spot when its time has run out. */
async function ownSitting(tx: Tx, actor: Actor, id: string, now: Date): Promise<SittingRow> {
  const officer = await officerOf(tx, actor);
  const [s] = await tx
    .select()
    .from(examSittings)
    .where(and(eq(examSittings.tenantId, actor.tenantId), eq(examSittings.id, id)))
    .for('update');
  if (!s || s.officerId !== officer.id) throw notFound('exam_sitting_not_found');
  if (s.status === 'in_progress' && now >= s.deadlineAt) return gradeSitting(tx, s, now, false);
  return s;
}

export async function readSitting(tx: Tx, actor: Actor, id: string, now: Date): Promise<SittingView> {
  return presentSitting(tx, await ownSitting(tx, actor, id, now), now);
}

/**
 * Starts a sitting of an open exam (or returns the one already running: starting twice is harmless). The paper is
 * drawn by the blueprint from the active questions with a fresh seed and stored; the deadline is the start plus the
 * time limit, but never past the exam's closing time.
 */
export async function startSitting(tx: Tx, actor: Actor, examId: string, now: Date): Promise<WriteResult<SittingView>> {
  const officer = await officerOf(tx, actor);
  const tenantId = actor.tenantId;
  const found = await findExam(tx, tenantId, examId);
  if (!found || !isCandidate(found.exam, await agencyPathIds(tx, tenantId, officer.agencyId))) {
    throw notFound('exam_not_found');
  }
  const { exam, blueprint } = found;
  // Serialise starts of the same officer on this exam (double click, two tabs).
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`exam-start:${tenantId}:${examId}:${officer.id}`}))`);
  const own = await tx
    .select()
    .from(examSittings)
    .where(
      and(eq(examSittings.tenantId, tenantId), eq(examSittings.examId, examId), eq(examSittings.officerId, officer.id)),
    );
  const running = own.find((s) => s.status === 'in_progress');
  if (running && now < running.deadlineAt) {
    return { result: await presentSitting(tx, running, now), recordIds: [running.id] };
  }
  if (running) await gradeSitting(tx, running, now, false);
  if (examState(exam, now) !== 'open') {
    throw conflict({
      examId: { key: 'exam_not_open', params: { opensAt: fmt(exam.opensAt), closesAt: fmt(exam.closesAt) } },
    });
  }
  if (own.length >= exam.attemptsAllowed) {
    throw conflict({ examId: { key: 'exam_no_attempts_left', params: { allowed: exam.attemptsAllowed } } });
  }
  const bank = (await tx
    .select({
      id: examQuestions.id,
      kind: examQuestions.kind,
      domain: examQuestions.domain,
      stem: examQuestions.stem,
      options: examQuestions.options,
      correct: examQuestions.correct,
      explanation: examQuestions.explanation,
      basisText: examQuestions.basisText,
    })
    .from(examQuestions)
    .where(and(eq(examQuestions.tenantId, tenantId), eq(examQuestions.status, 'active')))) as BankQuestion[];
  const seed = randomInt(0, 2 ** 31 - 1);
  let paper;
  try {
    paper = drawPaper(bank, blueprint.rules, seed);
  } catch (err) {
    if (!(err instanceof BankShortError)) throw err;
    const d = questionDomainLabel(err.rule.domain);
    const k = QUESTION_KIND_LABELS[err.rule.kind as QuestionKind];
    throw conflict({
      examId: {
        key: 'exam_bank_short',
        params: {
          domainZh: d.zh,
          domainEn: d.en,
          kindZh: k?.zh ?? err.rule.kind,
          kindEn: k?.en ?? err.rule.kind,
          available: err.available,
          count: err.rule.count,
        },
      },
    });
  }
  const limitEnd = new Date(now.getTime() + blueprint.timeLimitMinutes * 60_000);
  const id = randomUUID();
  const [sitting] = await tx
    .insert(examSittings)
    .values({
      tenantId,
      id,
      examId,
      officerId: officer.id,
      accountId: actor.accountId,
      attemptNo: own.length + 1,
      seed,
      startedAt: now,
      deadlineAt: limitEnd < exam.closesAt ? limitEnd : exam.closesAt,
      maxScore: paper.reduce((s, q) => s + q.points, 0),
      passMark: blueprint.passMark,
    })
    .returning();
  await tx.insert(examSittingQuestions).values(
    paper.map((q) => ({
      tenantId,
      sittingId: id,
      questionNo: q.no,
      questionId: q.questionId,
      points: q.points,
      snapshot: snapshotOf(q),
    })),
  );
  return { result: await presentSitting(tx, sitting, now), recordIds: [id] };
}

/**
 * Saves one answer. Idempotent: the same (answer, seq) again changes nothing; an answer with a smaller or equal
 * sequence number than the stored one is not applied (a late retry never overwrites a newer answer) and the stored
 * answer is returned. Refused (409) once the sitting is graded or its deadline has passed — the server's clock.
 */
export async function saveAnswer(
  tx: Tx,
  actor: Actor,
  sittingId: string,
  questionNo: number,
  body: AnswerBody,
  now: Date,
): Promise<WriteResult<AnswerView>> {
  const s = await ownSitting(tx, actor, sittingId, now);
  if (s.status === 'graded') {
    if (s.gradedAt && s.gradedAt >= s.deadlineAt) {
      throw conflict({ deadline: { key: 'exam_deadline_passed', params: { deadline: fmt(s.deadlineAt) } } });
    }
    throw conflict({ sitting: 'exam_sitting_graded' });
  }
  const [q] = await tx
    .select()
    .from(examSittingQuestions)
    .where(
      and(
        eq(examSittingQuestions.tenantId, s.tenantId),
        eq(examSittingQuestions.sittingId, s.id),
        eq(examSittingQuestions.questionNo, questionNo),
      ),
    );
  if (!q) throw invalidInput({ questionNo: { key: 'exam_question_no_unknown', params: { no: questionNo } } });
  if (new Set(body.answer).size !== body.answer.length) throw invalidInput({ answer: 'exam_answer_duplicate' });
  const bankKeys = toBankKeys(q.snapshot.options, body.answer);
  if (!bankKeys) throw invalidInput({ answer: 'exam_answer_not_option' });
  if (q.snapshot.kind !== 'multiple' && bankKeys.length > 1) throw invalidInput({ answer: 'exam_answer_one_only' });
  const stored = bankKeys.length ? bankKeys.sort() : null;
  const [updated] = await tx
    .update(examSittingQuestions)
    .set({ answer: stored, answerSeq: body.seq, answeredAt: now })
    .where(
      and(
        eq(examSittingQuestions.tenantId, s.tenantId),
        eq(examSittingQuestions.sittingId, s.id),
        eq(examSittingQuestions.questionNo, questionNo),
        sql`${examSittingQuestions.answerSeq} < ${body.seq}`,
      ),
    )
    .returning();
  const row = updated ?? q;
  return {
    result: {
      questionNo,
      answer: row.answer ? toShownKeys(q.snapshot.options, row.answer) : null,
      answerSeq: row.answerSeq,
      applied: Boolean(updated),
      savedAt: row.answeredAt?.toISOString() ?? null,
    },
    recordIds: [s.id],
  };
}

/** Submits and grades the sitting (submitting a graded one again just returns it). */
export async function submitSitting(
  tx: Tx,
  actor: Actor,
  sittingId: string,
  now: Date,
): Promise<WriteResult<SittingView>> {
  let s = await ownSitting(tx, actor, sittingId, now);
  if (s.status === 'in_progress') s = await gradeSitting(tx, s, now, true);
  return { result: await presentSitting(tx, s, now), recordIds: [s.id] };
}

/** In-progress sittings past their deadline for a tenant (for the sweep's callers and tests). */
export async function countOverdueSittings(ex: Executor, tenantId: string, now: Date): Promise<number> {
  const [r] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(examSittings)
    .where(
      and(
        eq(examSittings.tenantId, tenantId),
        eq(examSittings.status, 'in_progress'),
        lte(examSittings.deadlineAt, now),
      ),
    );
  return Number(r.n);
}
