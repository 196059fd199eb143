// Test helpers of the exams module: a small bank written directly, a blueprint and an exam through the API.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context';
import { examBlueprints, examQuestions, exams, examSittingQuestions, examSittings } from './exam.schema';

/** Writes `n` active questions of a domain and kind straight into the bank (fast; no basis resolution). */
export async function makeQuestions(
  ctx: AppContext,
  tenantId: string,
  domain: string,
  kind: 'single' | 'multiple' | 'true_false',
  n: number,
): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  await ctx.db.insert(examQuestions).values(
    ids.map((id, i) => ({
      tenantId,
      id,
      kind,
      domain,
      stem: `测试题 ${domain} ${kind} ${i + 1}`,
      options:
        kind === 'true_false'
          ? [
              { key: 'A', text: '正确' },
              { key: 'B', text: '错误' },
            ]
          : ['A', 'B', 'C', 'D'].map((k) => ({ key: k, text: `选项${k}-${i + 1}` })),
      correct: kind === 'multiple' ? ['A', 'C'] : kind === 'single' ? ['B'] : ['A'],
      explanation: `解析 ${i + 1}`,
      basisText: '《中华人民共和国行政处罚法》第三十六条',
    })),
  );
  return ids;
}

export const call = (
  app: FastifyInstance,
  cookie: string,
  method: string,
  url: string,
  payload?: object,
  lang?: string,
) =>
  app.inject({
    method: method as 'GET',
    url,
    headers: { cookie, ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload ? { payload } : {}),
  });

// --- Fixtures for the authorisation matrix (server/src/testing/authorization-matrix.test.ts). ---

const officerOfAccount = new Map<string, Promise<string>>();

/** The officer linked to a matrix actor's account (made once per account), so that it may sit exams. */
export function matrixOfficerFor(ctx: AppContext, account: { id: string; tenantId: string }, agencyId: string) {
  if (!officerOfAccount.has(account.id)) {
    officerOfAccount.set(
      account.id,
      (async () => {
        // Another fixture may have linked an officer to this account already.
        const { officerForAccount } = await import('../personnel/officer-lookup.service');
        const linked = await officerForAccount(ctx.db, account.tenantId, account.id);
        if (linked) return linked.id;
        const { makeOfficer } = await import('../../testing/factories');
        return (await makeOfficer(ctx, { tenantId: account.tenantId, id: agencyId }, { accountId: account.id })).id;
      })(),
    );
  }
  return officerOfAccount.get(account.id)!;
}

/** A blueprint of one true/false question (the bank given one), and an exam on it open for a month from now. */
export async function matrixExam(ctx: AppContext, tenantId: string): Promise<{ examId: string; blueprintId: string }> {
  await makeQuestions(ctx, tenantId, 'comprehensive', 'true_false', 1);
  const blueprintId = randomUUID();
  const examId = randomUUID();
  const now = ctx.now();
  await ctx.db.insert(examBlueprints).values({
    tenantId,
    id: blueprintId,
    title: `矩阵组卷规则${blueprintId.slice(0, 6)}`,
    rules: [{ domain: 'comprehensive', kind: 'true_false', count: 1, points: 10 }],
    passMark: 6,
    timeLimitMinutes: 30,
  });
  await ctx.db.insert(exams).values({
    tenantId,
    id: examId,
    title: `矩阵考试${examId.slice(0, 6)}`,
    blueprintId,
    opensAt: new Date(now.getTime() - 24 * 3600_000),
    closesAt: new Date(now.getTime() + 30 * 24 * 3600_000),
  });
  return { examId, blueprintId };
}

/** An in-progress sitting of `officerId` with one true/false question, deadline an hour from now. */
export async function matrixSitting(ctx: AppContext, tenantId: string, officerId: string): Promise<string> {
  const { examId } = await matrixExam(ctx, tenantId);
  const id = randomUUID();
  const now = ctx.now();
  await ctx.db.insert(examSittings).values({
    tenantId,
    id,
    examId,
    officerId,
    attemptNo: 1,
    seed: 1,
    startedAt: now,
    deadlineAt: new Date(now.getTime() + 3600_000),
    maxScore: 10,
    passMark: 6,
  });
  await ctx.db.insert(examSittingQuestions).values({
    tenantId,
    sittingId: id,
    questionNo: 1,
    questionId: randomUUID(),
    points: 10,
    snapshot: {
      kind: 'true_false',
      domain: 'comprehensive',
      stem: '矩阵判断题',
      options: [
        { key: 'A', text: '正确' },
        { key: 'B', text: '错误' },
      ],
      correct: ['A'],
      explanation: '矩阵解析',
      basisText: null,
    },
  });
  return id;
}

/** The rows of a tenant's bank with this stem, for the matrix's before/after comparison. */
export const questionsWithStem = (ctx: AppContext, tenantId: string, stem: string) => () =>
  ctx.db
    .select()
    .from(examQuestions)
    .where(and(eq(examQuestions.tenantId, tenantId), eq(examQuestions.stem, stem)));
export const blueprintsTitled = (ctx: AppContext, tenantId: string, title: string) => () =>
  ctx.db
    .select()
    .from(examBlueprints)
    .where(and(eq(examBlueprints.tenantId, tenantId), eq(examBlueprints.title, title)));
export const examsTitled = (ctx: AppContext, tenantId: string, title: string) => () =>
  ctx.db
    .select()
    .from(exams)
    .where(and(eq(exams.tenantId, tenantId), eq(exams.title, title)));
export const sittingRows = (ctx: AppContext, tenantId: string, sittingId: string) => () =>
  ctx.db
    .select()
    .from(examSittingQuestions)
    .where(and(eq(examSittingQuestions.tenantId, tenantId), eq(examSittingQuestions.sittingId, sittingId)));

/** A valid import file: the template (its example row is a valid question). */
export async function importFileBase64(): Promise<string> {
  const { questionTemplate } = await import('./exam-xlsx');
  return (await questionTemplate()).toString('base64');
}
export const questionById = (ctx: AppContext, tenantId: string, id: string) => () =>
  ctx.db
    .select()
    .from(examQuestions)
    .where(and(eq(examQuestions.tenantId, tenantId), eq(examQuestions.id, id)));
