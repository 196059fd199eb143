// The question bank and blueprints (组卷规则): the justice bureau's, tenant-wide (exam.write over the whole region).
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import {
  QUESTION_KIND_LABELS,
  questionDomainLabel,
  type BlueprintBody,
  type BlueprintView,
  type QuestionBody,
  type QuestionListQuery,
  type QuestionUpdateBody,
  type QuestionView,
} from '../../../../contracts/exam';
import type { ArticleRef } from '../../../../contracts/law';
import { tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { AppError, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { describeArticles, parseWrittenCitation, resolveWrittenCitation } from '../laws/law-citation.service';
import { laws } from '../laws/law.schema';
import { questionProblems, storedOptions } from './exam-paper';
import { examBlueprints, examQuestions } from './exam.schema';

type QuestionRow = typeof examQuestions.$inferSelect;
type BlueprintRow = typeof examBlueprints.$inferSelect;

/** The bank is the region's: only a whole-region exam.write grant (the justice bureau) keeps it. */
export function requireBankWriter(actor: Actor): string {
  if (!tenantsWithWholeScope(actor, 'exam.write').includes(actor.tenantId)) throw forbidden('out_of_scope');
  return actor.tenantId;
}

/**
 * A question's basis, written as 《法》第X条. Resolved against the law library (version in force today); a law the
 * library does not hold is kept as written and flagged `unlinked` (the bank may cite regulations not imported yet),
 * but a citation that cannot be read, or an article the library's law lacks, is an error on `basis` — the same
 * line the powers list draws.
 */
export async function resolveQuestionBasis(
  ex: Executor,
  text: string,
  now: Date,
): Promise<{ basisText: string; basisRefs: ArticleRef[]; basisUnlinked: boolean }> {
  const fail = (zh: string, en: string) => invalidInput({ basis: { key: 'invalid_input', text: { zh, en } } });
  const written = parseWrittenCitation(text);
  if (!written) throw fail(`无法识别的法律依据：${text}（应写作《法律名称》第X条）`, `Not a citation: ${text}`);
  const refs: ArticleRef[] = [];
  let unlinked = false;
  for (const segment of text.split(/(?=《)/).filter((s) => s.trim().startsWith('《'))) {
    try {
      refs.push(...(await resolveWrittenCitation(ex, segment, { field: 'basis', now })));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const title = /《([^》]+)》/.exec(segment)?.[1] ?? '';
      const candidates = title.startsWith('中华人民共和国') ? [title] : [title, `中华人民共和国${title}`];
      const [known] = await ex.select({ id: laws.id }).from(laws).where(inArray(laws.title, candidates)).limit(1);
      if (known) throw err;
      unlinked = true;
    }
  }
  return { basisText: text, basisRefs: refs, basisUnlinked: unlinked };
}

/** Validates the shape of a question and returns what is stored; throws naming the field. */
async function questionValues(ex: Executor, body: QuestionBody, now: Date) {
  const options = storedOptions(body.kind, body.options);
  const problems = questionProblems({ kind: body.kind, options, correct: body.correct });
  if (Object.keys(problems).length) throw invalidInput(problems);
  const basis = await resolveQuestionBasis(ex, body.basis, now);
  return {
    kind: body.kind,
    domain: body.domain,
    stem: body.stem,
    options,
    correct: [...body.correct].sort(),
    explanation: body.explanation,
    difficulty: body.difficulty,
    ...basis,
  };
}

export async function presentQuestions(ex: Executor, rows: QuestionRow[]): Promise<QuestionView[]> {
  const described = await describeArticles(
    ex,
    rows.flatMap((r) => r.basisRefs),
  );
  const byKey = new Map(described.map((d) => [`${d.versionId}:${d.articleSeq}`, d]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as QuestionView['kind'],
    domain: r.domain as QuestionView['domain'],
    stem: r.stem,
    options: r.options,
    correct: r.correct,
    explanation: r.explanation,
    basis: r.basisText,
    basisUnlinked: r.basisUnlinked,
    basisArticles: r.basisRefs.flatMap((ref) => {
      const d = byKey.get(`${ref.versionId}:${ref.articleSeq}`);
      return d ? [{ lawTitle: d.lawTitle, label: d.label, citation: d.citation }] : [];
    }),
    difficulty: r.difficulty,
    status: r.status as QuestionView['status'],
    updatedAt: r.updatedAt.toISOString(),
    abilities: { update: true },
  }));
}

export async function listQuestions(ex: Executor, actor: Actor, q: QuestionListQuery) {
  const tenantId = requireBankWriter(actor);
  const where = and(
    eq(examQuestions.tenantId, tenantId),
    q.domain ? eq(examQuestions.domain, q.domain) : undefined,
    q.kind ? eq(examQuestions.kind, q.kind) : undefined,
    q.status ? eq(examQuestions.status, q.status) : undefined,
    q.q
      ? or(ilike(examQuestions.stem, `%${q.q}%`), ilike(sql`coalesce(${examQuestions.basisText}, '')`, `%${q.q}%`))
      : undefined,
  );
  const [rows, [{ total }], available] = await Promise.all([
    ex
      .select()
      .from(examQuestions)
      .where(where)
      .orderBy(asc(examQuestions.domain), asc(examQuestions.kind), desc(examQuestions.createdAt), asc(examQuestions.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ex
      .select({ total: sql<number>`count(*)::int` })
      .from(examQuestions)
      .where(where),
    availableCounts(ex, tenantId),
  ]);
  return {
    items: await presentQuestions(ex, rows),
    total: Number(total),
    available,
    abilities: { create: true },
  };
}

export async function availableCounts(ex: Executor, tenantId: string) {
  const rows = await ex
    .select({ domain: examQuestions.domain, kind: examQuestions.kind, count: sql<number>`count(*)::int` })
    .from(examQuestions)
    .where(and(eq(examQuestions.tenantId, tenantId), eq(examQuestions.status, 'active')))
    .groupBy(examQuestions.domain, examQuestions.kind)
    .orderBy(examQuestions.domain, examQuestions.kind);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export async function createQuestion(
  tx: Tx,
  actor: Actor,
  body: QuestionBody,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<WriteResult<QuestionView>> {
  const tenantId = requireBankWriter(actor);
  const values = await questionValues(tx, body, now);
  const [row] = await tx
    .insert(examQuestions)
    .values({ tenantId, id: randomUUID(), ...values, demo: opts.demo ?? false, createdAt: now, updatedAt: now })
    .returning();
  return { result: (await presentQuestions(tx, [row]))[0], recordIds: [row.id] };
}

export async function updateQuestion(
  tx: Tx,
  actor: Actor,
  id: string,
  body: QuestionUpdateBody,
  now: Date,
): Promise<WriteResult<QuestionView>> {
  const tenantId = requireBankWriter(actor);
  const [current] = await tx
    .select()
    .from(examQuestions)
    .where(and(eq(examQuestions.tenantId, tenantId), eq(examQuestions.id, id)));
  if (!current) throw notFound('exam_question_not_found');
  const merged: QuestionBody = {
    kind: body.kind ?? (current.kind as QuestionBody['kind']),
    domain: body.domain ?? (current.domain as QuestionBody['domain']),
    stem: body.stem ?? current.stem,
    options: body.options ?? (current.options as QuestionBody['options']),
    correct: body.correct ?? (current.correct as QuestionBody['correct']),
    explanation: body.explanation ?? current.explanation,
    basis: body.basis ?? current.basisText ?? '',
    difficulty: body.difficulty ?? current.difficulty,
  };
  const values = await questionValues(tx, merged, now);
  // Sittings keep the snapshot drawn at the time, so an edit never changes a paper already given.
  const [row] = await tx
    .update(examQuestions)
    .set({ ...values, status: body.status ?? current.status, updatedAt: now })
    .where(and(eq(examQuestions.tenantId, tenantId), eq(examQuestions.id, id)))
    .returning();
  return { result: (await presentQuestions(tx, [row]))[0], recordIds: [row.id] };
}

// --- blueprints ---

export function presentBlueprint(b: BlueprintRow): BlueprintView {
  return {
    id: b.id,
    title: b.title,
    rules: b.rules,
    passMark: b.passMark,
    timeLimitMinutes: b.timeLimitMinutes,
    questionCount: b.rules.reduce((s, r) => s + r.count, 0),
    maxScore: b.rules.reduce((s, r) => s + r.count * r.points, 0),
  };
}

export async function listBlueprints(ex: Executor, actor: Actor): Promise<BlueprintView[]> {
  const tenantId = requireBankWriter(actor);
  const rows = await ex
    .select()
    .from(examBlueprints)
    .where(eq(examBlueprints.tenantId, tenantId))
    .orderBy(desc(examBlueprints.createdAt), asc(examBlueprints.id));
  return rows.map(presentBlueprint);
}

/** A blueprint must be fillable from today's bank, and its pass mark within its total. */
async function checkBlueprint(ex: Executor, tenantId: string, body: BlueprintBody): Promise<void> {
  const seen = new Set<string>();
  const available = await availableCounts(ex, tenantId);
  for (const [i, r] of body.rules.entries()) {
    const key = `${r.domain}/${r.kind}`;
    if (seen.has(key)) throw invalidInput({ [`rules.${i}.kind`]: 'exam_rule_duplicate' });
    seen.add(key);
    const have = available.find((a) => a.domain === r.domain && a.kind === r.kind)?.count ?? 0;
    if (have < r.count) {
      throw invalidInput({
        [`rules.${i}.count`]: {
          key: 'exam_bank_short',
          params: {
            domainZh: questionDomainLabel(r.domain).zh,
            domainEn: questionDomainLabel(r.domain).en,
            kindZh: QUESTION_KIND_LABELS[r.kind].zh,
            kindEn: QUESTION_KIND_LABELS[r.kind].en.toLowerCase(),
            available: have,
            count: r.count,
          },
        },
      });
    }
  }
  const max = body.rules.reduce((s, r) => s + r.count * r.points, 0);
  if (body.passMark > max) throw invalidInput({ passMark: { key: 'exam_pass_mark_too_high', params: { max } } });
}

export async function createBlueprint(
  tx: Tx,
  actor: Actor,
  body: BlueprintBody,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<WriteResult<BlueprintView>> {
  const tenantId = requireBankWriter(actor);
  await checkBlueprint(tx, tenantId, body);
  const [row] = await tx
    .insert(examBlueprints)
    .values({ tenantId, id: randomUUID(), ...body, demo: opts.demo ?? false, createdAt: now, updatedAt: now })
    .returning();
  return { result: presentBlueprint(row), recordIds: [row.id] };
}

export async function findBlueprint(ex: Executor, tenantId: string, id: string): Promise<BlueprintRow | null> {
  const [row] = await ex
    .select()
    .from(examBlueprints)
    .where(and(eq(examBlueprints.tenantId, tenantId), eq(examBlueprints.id, id)));
  return row ?? null;
}
