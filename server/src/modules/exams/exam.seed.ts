// Demo data of the exams module: the question bank (exam.demo-data.ts, bases resolved against the law library),
// the standard blueprint, an exam held earlier this year with graded sittings for the demo officers (about 85 %
// pass), and this year's second exam, open now, which some officers have already sat. The demo accounts' officers
// all passed the earlier exam; all but scjg_officer2 have sat the open one, so a demo can still sit it.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { OPTION_KEYS, TRUE_FALSE_OPTIONS, type QuestionKind } from '../../../../contracts/exam';
import type { ArticleRef } from '../../../../contracts/law';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { accounts } from '../accounts/account.schema';
import { parseWrittenCitation } from '../laws/law-citation.service';
import { lawArticles, laws, lawVersions } from '../laws/law.schema';
import { officers } from '../personnel/officer.schema';
import { DEMO_QUESTIONS } from './exam.demo-data';
import { drawPaper, gradePaper, seededRandom, snapshotOf, type BankQuestion } from './exam-paper';
import {
  examBlueprints,
  examQuestions,
  exams,
  examSittingQuestions,
  examSittings,
  type BlueprintRule,
} from './exam.schema';

/** The standard paper: 30 questions, 100 points, 60 to pass, 60 minutes. */
export const DEMO_BLUEPRINT_RULES: BlueprintRule[] = [
  { domain: 'comprehensive', kind: 'single', count: 10, points: 3 },
  { domain: 'comprehensive', kind: 'multiple', count: 5, points: 4 },
  { domain: 'comprehensive', kind: 'true_false', count: 5, points: 2 },
  { domain: 'market_regulation', kind: 'single', count: 5, points: 4 },
  { domain: 'market_regulation', kind: 'true_false', count: 5, points: 4 },
];

/** The demo account whose officer has not used the open exam, for demonstrations. */
export const DEMO_FREE_CANDIDATE = 'scjg_officer2';

const DAY = 24 * 3600 * 1000;

/** Resolves every demo basis in a few queries (one per law): the version in force on `on` and its articles. */
async function resolveBases(tx: Tx, texts: string[], on: string) {
  const parsed = texts.map((t) => parseWrittenCitation(t) ?? []);
  const titles = [...new Set(parsed.flat().map((w) => w.title))];
  const candidates = titles.flatMap((t) => (t.startsWith('中华人民共和国') ? [t] : [t, `中华人民共和国${t}`]));
  const versions = candidates.length
    ? await tx
        .select({ id: lawVersions.id, title: laws.title })
        .from(lawVersions)
        .innerJoin(laws, eq(laws.id, lawVersions.lawId))
        .where(
          and(
            inArray(laws.title, candidates),
            sql`coalesce(${lawVersions.effectiveDate}, ${lawVersions.versionDate}) <= ${on}`,
            sql`(${lawVersions.repealedDate} is null or ${lawVersions.repealedDate} > ${on})`,
          ),
        )
        .orderBy(sql`coalesce(${lawVersions.effectiveDate}, ${lawVersions.versionDate}) desc`)
    : [];
  const versionOf = new Map<string, string>();
  for (const v of versions) if (!versionOf.has(v.title)) versionOf.set(v.title, v.id);
  const versionIds = [...new Set(versionOf.values())];
  const articles = versionIds.length
    ? await tx
        .select({
          versionId: lawArticles.versionId,
          number: lawArticles.number,
          suffix: lawArticles.suffix,
          seq: lawArticles.seq,
        })
        .from(lawArticles)
        .where(inArray(lawArticles.versionId, versionIds))
    : [];
  const seqOf = new Map(articles.map((a) => [`${a.versionId}:${a.number}:${a.suffix}`, a.seq]));
  return parsed.map((written) => {
    const refs: ArticleRef[] = [];
    let unlinked = written.length === 0;
    for (const w of written) {
      const versionId = versionOf.get(w.title) ?? versionOf.get(`中华人民共和国${w.title}`);
      const seq = versionId ? seqOf.get(`${versionId}:${w.number}:${w.suffix}`) : undefined;
      if (versionId && seq !== undefined) refs.push({ versionId, articleSeq: seq });
      else unlinked = true;
    }
    return { refs, unlinked };
  });
}

/** Idempotent: does nothing when the tenant already has demo questions. */
export async function seedDemoExams(ctx: AppContext, tenantId: string, now: Date): Promise<void> {
  const [already] = await ctx.db
    .select({ id: examQuestions.id })
    .from(examQuestions)
    .where(and(eq(examQuestions.tenantId, tenantId), eq(examQuestions.demo, true)))
    .limit(1);
  if (already) return;
  await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`exam-seed:${tenantId}`}))`);
    const [again] = await tx
      .select({ id: examQuestions.id })
      .from(examQuestions)
      .where(and(eq(examQuestions.tenantId, tenantId), eq(examQuestions.demo, true)))
      .limit(1);
    if (again) return;
    await seedInTx(tx, tenantId, now);
  });
}

async function seedInTx(tx: Tx, tenantId: string, now: Date): Promise<void> {
  const today = now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const bases = await resolveBases(
    tx,
    DEMO_QUESTIONS.map((q) => q[6]),
    today,
  );
  const kindOf: Record<string, QuestionKind> = { s: 'single', m: 'multiple', t: 'true_false' };
  const bank: BankQuestion[] = DEMO_QUESTIONS.map(([k, d, stem, options, correct, explanation, basis], n) => {
    // The data file lists right answers first; rotate each question's options so the bank's letters vary.
    const shift = k === 't' ? 0 : n % options.length;
    const rotated = options.map((_, i) => options[(i + shift) % options.length]);
    const rightTexts = correct.split('').map((c) => options[OPTION_KEYS.indexOf(c as (typeof OPTION_KEYS)[number])]);
    return {
      id: randomUUID(),
      kind: kindOf[k],
      domain: d === 'c' ? 'comprehensive' : 'market_regulation',
      stem,
      options:
        k === 't'
          ? TRUE_FALSE_OPTIONS.map((o) => ({ ...o }))
          : rotated.map((text, i) => ({ key: OPTION_KEYS[i], text })),
      correct:
        k === 't'
          ? correct.split('')
          : rotated.flatMap((text, i) => (rightTexts.includes(text) ? [OPTION_KEYS[i]] : [])),
      explanation,
      basisText: basis,
    };
  });
  await tx.insert(examQuestions).values(
    bank.map((q, i) => ({
      tenantId,
      ...q,
      basisRefs: bases[i].refs,
      basisUnlinked: bases[i].unlinked,
      difficulty: 1 + (i % 3),
      status: 'active',
      demo: true,
      createdAt: now,
      updatedAt: now,
    })),
  );

  const blueprintId = randomUUID();
  const passMark = 60;
  const timeLimitMinutes = 60;
  await tx.insert(examBlueprints).values({
    tenantId,
    id: blueprintId,
    title: '行政执法资格考试标准卷（公共法律知识 + 市场监管）',
    rules: DEMO_BLUEPRINT_RULES,
    passMark,
    timeLimitMinutes,
    demo: true,
    createdAt: now,
    updatedAt: now,
  });

  const year = Number(today.slice(0, 4));
  /** 09:00 Beijing time on the Shanghai date `days` from today. */
  const at9 = (days: number) => {
    const date = new Date(new Date(`${today}T00:00:00+08:00`).getTime() + days * DAY).toLocaleDateString('sv-SE', {
      timeZone: 'Asia/Shanghai',
    });
    return new Date(`${date}T09:00:00+08:00`);
  };
  // The earlier exam: about eight months ago, a two-week window; the open one: opened six days ago, three weeks.
  const pastOpens = at9(-250);
  const pastId = randomUUID();
  const openId = randomUUID();
  await tx.insert(exams).values([
    {
      tenantId,
      id: pastId,
      title: `${year}年第一次行政执法资格考试`,
      blueprintId,
      opensAt: pastOpens,
      closesAt: new Date(pastOpens.getTime() + 14 * DAY + 9 * 3600_000),
      agencyIds: [],
      attemptsAllowed: 1,
      demo: true,
      createdAt: new Date(pastOpens.getTime() - 20 * DAY),
      updatedAt: new Date(pastOpens.getTime() - 20 * DAY),
    },
    {
      tenantId,
      id: openId,
      title: `${year}年第二次行政执法资格考试`,
      blueprintId,
      opensAt: at9(-6),
      closesAt: new Date(at9(21).getTime() + 9 * 3600_000),
      agencyIds: [],
      attemptsAllowed: 1,
      demo: true,
      createdAt: new Date(now.getTime() - 20 * DAY),
      updatedAt: new Date(now.getTime() - 20 * DAY),
    },
  ]);

  const candidates = await tx
    .select({ id: officers.id, accountId: officers.accountId, username: accounts.username })
    .from(officers)
    .leftJoin(accounts, and(eq(accounts.tenantId, officers.tenantId), eq(accounts.id, officers.accountId)))
    .where(
      and(eq(officers.tenantId, tenantId), eq(officers.demo, true), inArray(officers.status, ['in_post', 'seconded'])),
    )
    .orderBy(officers.id);
  const random = seededRandom(20261126);
  const sittings: (typeof examSittings.$inferInsert)[] = [];
  const questionRows: (typeof examSittingQuestions.$inferInsert)[] = [];

  /** A simulated sitting: the officer knows each answer with probability `skill`, else picks a wrong option. */
  const sit = (
    examId: string,
    officerId: string,
    accountId: string | null,
    start: Date,
    skill: number,
    mustPass: boolean,
  ) => {
    for (let attempt = 0; ; attempt++) {
      const paper = drawPaper(bank, DEMO_BLUEPRINT_RULES, Math.floor(random() * 2 ** 31));
      const answers = paper.map((q) => {
        if (random() < skill) return [...q.correct];
        const wrong = q.options.map((o) => o.key).filter((k) => !q.correct.includes(k));
        if (q.kind === 'multiple') return [...q.correct.slice(1), wrong[0]].sort();
        return [wrong[Math.floor(random() * wrong.length)]];
      });
      const graded = gradePaper(
        paper.map((q, i) => ({ no: q.no, points: q.points, correct: q.correct, answer: answers[i] })),
        passMark,
      );
      if (mustPass && !graded.passed && attempt < 20) {
        skill = Math.min(1, skill + 0.05);
        continue;
      }
      const id = randomUUID();
      const minutes = 25 + Math.floor(random() * 30);
      const submittedAt = new Date(start.getTime() + minutes * 60_000);
      sittings.push({
        tenantId,
        id,
        examId,
        officerId,
        accountId,
        attemptNo: 1,
        seed: 0,
        startedAt: start,
        deadlineAt: new Date(start.getTime() + timeLimitMinutes * 60_000),
        submittedAt,
        gradedAt: submittedAt,
        score: graded.score,
        maxScore: graded.maxScore,
        passMark,
        passed: graded.passed,
        status: 'graded',
        demo: true,
      });
      paper.forEach((q, i) =>
        questionRows.push({
          tenantId,
          sittingId: id,
          questionNo: q.no,
          questionId: q.questionId,
          points: q.points,
          snapshot: snapshotOf(q),
          answer: answers[i],
          answerSeq: 1,
          answeredAt: submittedAt,
          correct: graded.perQuestion[i].correct,
          awarded: graded.perQuestion[i].awarded,
        }),
      );
      return;
    }
  };

  for (const o of candidates) {
    const isDemoAccount = Boolean(o.username);
    // Skill around 0.8: with this paper about 85 % pass.
    const skill = 0.6 + random() * 0.33;
    const pastStart = new Date(
      pastOpens.getTime() + Math.floor(random() * 13) * DAY + Math.floor(random() * 7) * 3600_000,
    );
    // Not every officer sat the earlier exam (newly joined, on leave); everyone with a demo account did, and passed.
    if (isDemoAccount || random() < 0.7) sit(pastId, o.id, o.accountId, pastStart, skill, isDemoAccount);
    const sitsOpen = isDemoAccount ? o.username !== DEMO_FREE_CANDIDATE : random() < 0.06;
    if (sitsOpen) {
      const openStart = new Date(
        now.getTime() - (1 + Math.floor(random() * 5)) * DAY - Math.floor(random() * 8) * 3600_000,
      );
      sit(openId, o.id, o.accountId, openStart, skill, isDemoAccount);
    }
  }
  for (let i = 0; i < sittings.length; i += 500) await tx.insert(examSittings).values(sittings.slice(i, i + 500));
  for (let i = 0; i < questionRows.length; i += 1000) {
    await tx.insert(examSittingQuestions).values(questionRows.slice(i, i + 1000));
  }
}
