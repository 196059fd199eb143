// The exams API against a real database: the bank's validation (zh/en, naming fields), basis resolution, blueprints,
// exams, sittings (no answers leaked, idempotent answers with sequence numbers, the server's deadline), grading,
// statistics, .xlsx import, and the two functions other modules read (latestPassedExams, examTallyByAgency).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeOfficer, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { findRootDir } from '../../platform/config';
import { importLawPath } from '../laws/law-import.service';
import type { ExamView, SittingView } from '../../../../contracts/exam';
import { examQuestions, examSittingQuestions, examSittings } from './exam.schema';
import { examTallyByAgency, latestPassedExams } from './exam-result.service';
import { gradeExpiredSittings } from './exam-sitting.service';
import { call, makeQuestions } from './exam.test-helpers';

const LAWS_DIR = join(findRootDir(), '..', 'shared', 'data', 'laws');
const NOW = new Date('2026-11-26T02:00:00Z');

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let market: MadeAgency;
let township: MadeAgency;
const cookie = {} as Record<'supervisor' | 'officer' | 'officer2' | 'townOfficer' | 'noOfficer' | 'leader', string>;
const officerId = {} as Record<'officer' | 'officer2' | 'townOfficer', string>;

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = NOW;
  app = await createTestApp(ctx);
  await importLawPath(ctx, LAWS_DIR);
  tenant = await makeTenant(ctx);
  const bureau = await makeAgency(ctx, tenant, { name: `司法局${tenant}` });
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  township = await makeAgency(ctx, tenant, { name: `建塘镇${tenant}` });
  cookie.supervisor = await signIn(app, await makeAccount(ctx, bureau, [{ role: 'supervisor', scopeKind: 'tenant' }]));
  for (const [who, agency] of [
    ['officer', market],
    ['officer2', market],
    ['townOfficer', township],
  ] as const) {
    const account = await makeAccount(ctx, agency, [{ role: 'officer', scopeKind: 'own_agency' }]);
    officerId[who] = (await makeOfficer(ctx, agency, { accountId: account.id })).id;
    cookie[who] = await signIn(app, account);
  }
  cookie.noOfficer = await signIn(app, await makeAccount(ctx, market, [{ role: 'officer', scopeKind: 'own_agency' }]));
  cookie.leader = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'agency_leader', scopeKind: 'agency_subtree' }]),
  );
  await makeQuestions(ctx, tenant, 'comprehensive', 'single', 6);
  await makeQuestions(ctx, tenant, 'comprehensive', 'multiple', 3);
  await makeQuestions(ctx, tenant, 'comprehensive', 'true_false', 3);
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const single = (over: object = {}) => ({
  kind: 'single',
  domain: 'comprehensive',
  stem: '违法行为在多长时间内未被发现的，一般不再给予行政处罚？',
  options: [
    { key: 'A', text: '一年' },
    { key: 'B', text: '二年' },
    { key: 'C', text: '三年' },
  ],
  correct: ['B'],
  explanation: '一般为二年。',
  basis: '《中华人民共和国行政处罚法》第三十六条',
  ...over,
});

describe('the question bank', () => {
  it('creates a question with its basis resolved to the article in the law library', async () => {
    const res = await call(app, cookie.supervisor, 'POST', '/api/exam-questions', single());
    expect(res.statusCode).toBe(201);
    const q = res.json();
    expect(q.basisUnlinked).toBe(false);
    expect(q.basisArticles[0].citation).toContain('第三十六条');
    expect(q.correct).toEqual(['B']);
  });

  it('refuses wrong shapes, naming the field in zh-CN and en-US, and writes nothing', async () => {
    const before = await ctx.db.select().from(examQuestions).where(eq(examQuestions.tenantId, tenant));
    const two = await call(app, cookie.supervisor, 'POST', '/api/exam-questions', single({ correct: ['A', 'B'] }));
    expect(two.statusCode).toBe(400);
    expect(two.json().error.message).toContain('正确答案');
    expect(two.json().error.fields.correct).toBe('单选题必须有且只有一个正确答案');
    const en = await call(
      app,
      cookie.supervisor,
      'POST',
      '/api/exam-questions',
      single({ kind: 'multiple', correct: ['A'] }),
      'en-US',
    );
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toContain('correct answer');
    const tf = await call(
      app,
      cookie.supervisor,
      'POST',
      '/api/exam-questions',
      single({ kind: 'true_false', correct: ['C'] }),
    );
    expect(tf.json().error.fields.correct).toBeDefined();
    const gap = await call(
      app,
      cookie.supervisor,
      'POST',
      '/api/exam-questions',
      single({
        options: [
          { key: 'A', text: 'x' },
          { key: 'C', text: 'y' },
        ],
        correct: ['A'],
      }),
    );
    expect(gap.json().error.fields.options).toContain('连续');
    const noStem = await call(app, cookie.supervisor, 'POST', '/api/exam-questions', single({ stem: '' }));
    expect(noStem.json().error.message).toContain('题干');
    const after = await ctx.db.select().from(examQuestions).where(eq(examQuestions.tenantId, tenant));
    expect(after.length).toBe(before.length);
  });

  it('refuses a basis whose article the library’s law lacks; keeps one of a law not in the library, flagged', async () => {
    const missing = await call(
      app,
      cookie.supervisor,
      'POST',
      '/api/exam-questions',
      single({ basis: '《中华人民共和国行政处罚法》第九百条' }),
    );
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields)).toEqual(['basis']);
    const unreadable = await call(
      app,
      cookie.supervisor,
      'POST',
      '/api/exam-questions',
      single({ basis: '行政处罚法相关规定' }),
    );
    expect(unreadable.statusCode).toBe(400);
    const outside = await call(
      app,
      cookie.supervisor,
      'POST',
      '/api/exam-questions',
      single({ basis: '《云南省迪庆藏族自治州某某条例》第三条' }),
    );
    expect(outside.statusCode).toBe(201);
    expect(outside.json().basisUnlinked).toBe(true);
    // Retired questions are never drawn.
    const retired = await call(app, cookie.supervisor, 'PATCH', `/api/exam-questions/${outside.json().id}`, {
      status: 'retired',
    });
    expect(retired.json(), retired.body).toMatchObject({ status: 'retired' });
  });

  it('is the justice bureau’s: officers and agency leaders are refused', async () => {
    expect((await call(app, cookie.officer, 'GET', '/api/exam-questions')).statusCode).toBe(403);
    expect((await call(app, cookie.leader, 'POST', '/api/exam-questions', single())).statusCode).toBe(403);
    const list = await call(app, cookie.supervisor, 'GET', '/api/exam-questions?domain=comprehensive&kind=single');
    expect(list.statusCode).toBe(200);
    expect(list.json().available).toContainEqual({ domain: 'comprehensive', kind: 'single', count: 7 });
  });

  it('imports .xlsx all-or-nothing with row/column problems, or only the valid rows', async () => {
    const tpl = await call(app, cookie.supervisor, 'GET', '/api/exam-questions/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws.getRow(3).values = [
      '公共法律知识',
      '判断题',
      '行政处罚裁量基准应当向社会公布。',
      '',
      '',
      '',
      '',
      '',
      '',
      'A',
      '第三十四条。',
      '《中华人民共和国行政处罚法》第三十四条',
      1,
    ];
    ws.getRow(4).values = [
      '公共法律知识',
      '单选题',
      '这一行的正确答案不是选项。',
      '甲',
      '乙',
      '',
      '',
      '',
      '',
      'E',
      '解析',
      '《中华人民共和国行政处罚法》第三十四条',
      2,
    ];
    const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const countNow = async () =>
      (await ctx.db.select().from(examQuestions).where(eq(examQuestions.tenantId, tenant))).length;
    const before = await countNow();
    const all = await call(app, cookie.supervisor, 'POST', '/api/exam-questions/import', { file });
    expect(all.statusCode, all.body).toBe(400);
    expect(all.json().error.fields['rows.4.正确答案'], all.body).toBe('正确答案不是本题的选项');
    expect(await countNow()).toBe(before);
    const some = await call(app, cookie.supervisor, 'POST', '/api/exam-questions/import', { file, mode: 'valid_rows' });
    expect(some.statusCode).toBe(200);
    expect(some.json()).toMatchObject({ imported: 2, rejected: 1 });
    expect(some.json().problems[0]).toMatchObject({ row: 4, column: '正确答案' });
    expect(await countNow()).toBe(before + 2);
    const junk = await call(app, cookie.supervisor, 'POST', '/api/exam-questions/import', { file: 'bm90IGFuIHhsc3g=' });
    expect(junk.json().error.fields.file).toBe('不是有效的 .xlsx 文件');
  });
});

let examId: string;
const RULES = [
  { domain: 'comprehensive', kind: 'single', count: 4, points: 10 },
  { domain: 'comprehensive', kind: 'multiple', count: 2, points: 20 },
  { domain: 'comprehensive', kind: 'true_false', count: 2, points: 10 },
];

describe('blueprints and exams', () => {
  it('refuses a blueprint the bank cannot fill, naming the rule, and a pass mark above the total', async () => {
    const short = await call(app, cookie.supervisor, 'POST', '/api/exam-blueprints', {
      title: '太多多选题',
      rules: [{ domain: 'comprehensive', kind: 'multiple', count: 30, points: 1 }],
      passMark: 10,
      timeLimitMinutes: 30,
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields['rules.0.count']).toContain('只有');
    const high = await call(app, cookie.supervisor, 'POST', '/api/exam-blueprints', {
      title: '及格分太高',
      rules: RULES,
      passMark: 200,
      timeLimitMinutes: 30,
    });
    expect(high.json().error.fields.passMark).toContain('100');
  });

  it('creates a blueprint and an exam open now for the market agency only', async () => {
    const bp = await call(app, cookie.supervisor, 'POST', '/api/exam-blueprints', {
      title: '测试卷',
      rules: RULES,
      passMark: 60,
      timeLimitMinutes: 10,
    });
    expect(bp.statusCode).toBe(201);
    expect(bp.json()).toMatchObject({ questionCount: 8, maxScore: 100 });
    const bad = await call(app, cookie.supervisor, 'POST', '/api/exams', {
      title: '窗口颠倒',
      blueprintId: bp.json().id,
      opensAt: '2026-11-27T00:00:00+08:00',
      closesAt: '2026-11-20T00:00:00+08:00',
    });
    expect(bad.json().error.fields.closesAt).toBe('截止时间须晚于开始时间');
    const exam = await call(app, cookie.supervisor, 'POST', '/api/exams', {
      title: '2026年测试考试',
      blueprintId: bp.json().id,
      opensAt: '2026-11-20T00:00:00+08:00',
      closesAt: '2026-12-10T00:00:00+08:00',
      agencyIds: [market.id],
    });
    expect(exam.statusCode).toBe(201);
    examId = exam.json().id;
    expect(exam.json().state).toBe('open');
  });

  it('shows officers only the exams they are candidates for', async () => {
    const mine = await call(app, cookie.officer, 'GET', '/api/exams/mine');
    const e = mine.json().items.find((x: ExamView) => x.id === examId);
    expect(e.abilities.start).toBe(true);
    const town = await call(app, cookie.townOfficer, 'GET', '/api/exams/mine');
    expect(town.json().items.map((x: ExamView) => x.id)).not.toContain(examId);
    expect((await call(app, cookie.townOfficer, 'POST', `/api/exams/${examId}/sittings`)).statusCode).toBe(404);
    expect((await call(app, cookie.noOfficer, 'POST', `/api/exams/${examId}/sittings`)).statusCode).toBe(403);
  });
});

describe('sitting an exam', () => {
  let sitting: SittingView;

  it('draws a paper by the blueprint and never sends answers or explanations before grading', async () => {
    const res = await call(app, cookie.officer, 'POST', `/api/exams/${examId}/sittings`);
    expect(res.statusCode).toBe(200);
    sitting = res.json();
    expect(sitting.questions).toHaveLength(8);
    expect(sitting.deadlineAt).toBe(new Date(NOW.getTime() + 10 * 60_000).toISOString());
    expect(res.body).not.toMatch(/解析|"correct"|explanation|review/);
    // Starting again (double click, reload) returns the same sitting and the same paper.
    const again = await call(app, cookie.officer, 'POST', `/api/exams/${examId}/sittings`);
    expect(again.json().id).toBe(sitting.id);
    const read = await call(app, cookie.officer, 'GET', `/api/exams/sittings/${sitting.id}`);
    expect(read.json().questions).toEqual(sitting.questions);
    // Another officer cannot read it.
    expect((await call(app, cookie.officer2, 'GET', `/api/exams/sittings/${sitting.id}`)).statusCode).toBe(404);
  });

  it('saves answers idempotently; a late retry with an older sequence number never overwrites a newer answer', async () => {
    const url = `/api/exams/sittings/${sitting.id}/answers/1`;
    const kind = sitting.questions[0].kind;
    const first = kind === 'multiple' ? ['A', 'B'] : ['A'];
    const second = kind === 'multiple' ? ['B', 'C'] : ['B'];
    const r2 = await call(app, cookie.officer, 'PUT', url, { answer: second, seq: 2 });
    expect(r2.json()).toMatchObject({ applied: true, answer: second, answerSeq: 2 });
    const again = await call(app, cookie.officer, 'PUT', url, { answer: second, seq: 2 });
    expect(again.json()).toMatchObject({ applied: false, answer: second, answerSeq: 2 });
    const late = await call(app, cookie.officer, 'PUT', url, { answer: first, seq: 1 });
    expect(late.statusCode).toBe(200);
    expect(late.json()).toMatchObject({ applied: false, answer: second, answerSeq: 2 });
    const read = await call(app, cookie.officer, 'GET', `/api/exams/sittings/${sitting.id}`);
    expect(read.json().questions[0].answer).toEqual(second);
  });

  it('refuses answers that are not options of the question, or too many for a single choice', async () => {
    const tfNo = sitting.questions.find((q) => q.kind === 'true_false')!.no;
    const res = await call(app, cookie.officer, 'PUT', `/api/exams/sittings/${sitting.id}/answers/${tfNo}`, {
      answer: ['C'],
      seq: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.answer).toBe('所选不是本题的选项');
    const singleNo = sitting.questions.find((q) => q.kind === 'single')!.no;
    const two = await call(app, cookie.officer, 'PUT', `/api/exams/sittings/${sitting.id}/answers/${singleNo}`, {
      answer: ['A', 'B'],
      seq: 1,
    });
    expect(two.json().error.fields.answer).toBe('本题只能选一个答案');
    const none = await call(app, cookie.officer, 'PUT', `/api/exams/sittings/${sitting.id}/answers/99`, {
      answer: ['A'],
      seq: 1,
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain('题号');
  });

  it('grades on submit: all-or-nothing multiple choice, the review shows the right answers and explanations', async () => {
    // Answer every question right through the API (the bank's letters known from the test bank), one wrong.
    const rows = await ctx.db
      .select()
      .from(examSittingQuestions)
      .where(and(eq(examSittingQuestions.tenantId, tenant), eq(examSittingQuestions.sittingId, sitting.id)));
    let seq = 10;
    for (const q of sitting.questions) {
      const row = rows.find((r) => r.questionNo === q.no)!;
      const shown = row.snapshot.options.flatMap((o, i) => (row.snapshot.correct.includes(o.key) ? ['ABCDEF'[i]] : []));
      const answer =
        q.kind === 'multiple' && q.no === sitting.questions.find((x) => x.kind === 'multiple')!.no
          ? shown.slice(0, 1)
          : shown;
      const res = await call(app, cookie.officer, 'PUT', `/api/exams/sittings/${sitting.id}/answers/${q.no}`, {
        answer,
        seq: seq++,
      });
      expect(res.statusCode).toBe(200);
    }
    const done = await call(app, cookie.officer, 'POST', `/api/exams/sittings/${sitting.id}/submit`);
    expect(done.statusCode).toBe(200);
    const graded: SittingView = done.json();
    expect(graded).toMatchObject({ status: 'graded', score: 80, maxScore: 100, passed: true });
    const partial = graded.questions.find((q) => q.review && !q.review.isCorrect)!;
    expect(partial.kind).toBe('multiple');
    expect(partial.review!.awarded).toBe(0);
    expect(
      graded.questions.every((q) => q.review && q.review.explanation.length > 0 && q.review.correct.length > 0),
    ).toBe(true);
    // No more answers, and the single attempt is used.
    const after = await call(app, cookie.officer, 'PUT', `/api/exams/sittings/${sitting.id}/answers/1`, {
      answer: ['A'],
      seq: 99,
    });
    expect(after.statusCode).toBe(409);
    const third = await call(app, cookie.officer, 'POST', `/api/exams/${examId}/sittings`);
    expect(third.statusCode).toBe(409);
    expect(third.json().error.fields.examId).toContain('1 次机会');
  });

  it('the server is the clock: answers after the deadline are refused (409) and the sitting is graded', async () => {
    const start = await call(app, cookie.officer2, 'POST', `/api/exams/${examId}/sittings`);
    const id = start.json().id;
    await call(app, cookie.officer2, 'PUT', `/api/exams/sittings/${id}/answers/1`, { answer: ['A'], seq: 1 });
    ctx.clock.now = new Date(NOW.getTime() + 11 * 60_000);
    try {
      const late = await call(app, cookie.officer2, 'PUT', `/api/exams/sittings/${id}/answers/2`, {
        answer: ['A'],
        seq: 2,
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.fields.deadline).toContain('答题时间已到');
      const lateEn = await call(
        app,
        cookie.officer2,
        'PUT',
        `/api/exams/sittings/${id}/answers/2`,
        { answer: ['A'], seq: 3 },
        'en-US',
      );
      expect(lateEn.json().error.fields.deadline).toContain('Time is up');
      // The sweep grades it with the deadline as its time.
      expect(await gradeExpiredSittings(ctx.db, ctx.now(), tenant)).toBe(1);
      const read = await call(app, cookie.officer2, 'GET', `/api/exams/sittings/${id}`);
      expect(read.json()).toMatchObject({ status: 'graded', gradedAt: start.json().deadlineAt });
      expect(read.json().questions[0].answer).toEqual(['A']);
    } finally {
      ctx.clock.now = NOW;
    }
  });

  it('gives the bureau statistics per exam and per question', async () => {
    expect((await call(app, cookie.officer, 'GET', `/api/exams/${examId}/stats`)).statusCode).toBe(403);
    const res = await call(app, cookie.supervisor, 'GET', `/api/exams/${examId}/stats`);
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ sat: 2, passed: 1, sittings: 2, maxScore: 100, passMark: 60 });
    expect(s.distribution.reduce((a: number, b: { count: number }) => a + b.count, 0)).toBe(2);
    expect(s.questions.reduce((a: number, q: { drawn: number }) => a + q.drawn, 0)).toBe(16);
    const q = s.questions[0];
    expect(q.options.some((o: { correct: boolean }) => o.correct)).toBe(true);
    const list = await call(app, cookie.supervisor, 'GET', '/api/exams');
    expect(list.json().items.find((e: ExamView) => e.id === examId)).toMatchObject({ sat: 2, passed: 1 });
  });
});

describe('results other modules read', () => {
  it('latestPassedExams: the latest passed sitting per officer graded within the Shanghai dates', async () => {
    const today = '2026-11-26';
    const found = await latestPassedExams(
      ctx.db,
      tenant,
      [officerId.officer, officerId.officer2, officerId.townOfficer],
      {
        from: today,
        to: today,
      },
    );
    expect([...found.keys()]).toEqual([officerId.officer]);
    expect(found.get(officerId.officer)).toMatchObject({ passedOn: today, score: 80 });
    expect(
      (await latestPassedExams(ctx.db, tenant, [officerId.officer], { from: '2026-11-27', to: '2026-12-31' })).size,
    ).toBe(0);
    expect((await latestPassedExams(ctx.db, tenant, [], { from: today, to: today })).size).toBe(0);
    // A sitting graded at 23:30 Shanghai time on the 25th (15:30 UTC) belongs to the 25th.
    const [s] = await ctx.db.select().from(examSittings).where(eq(examSittings.officerId, officerId.officer));
    await ctx.db
      .update(examSittings)
      .set({ gradedAt: new Date('2026-11-25T15:30:00Z') })
      .where(and(eq(examSittings.tenantId, tenant), eq(examSittings.id, s.id)));
    const on25 = await latestPassedExams(ctx.db, tenant, [officerId.officer], { from: '2026-11-25', to: '2026-11-25' });
    expect(on25.get(officerId.officer)?.passedOn).toBe('2026-11-25');
    await ctx.db
      .update(examSittings)
      .set({ gradedAt: s.gradedAt })
      .where(and(eq(examSittings.tenantId, tenant), eq(examSittings.id, s.id)));
  });

  it('examTallyByAgency: distinct officers who sat and passed, per their current agency', async () => {
    const tally = await examTallyByAgency(ctx.db, tenant, { from: '2026-01-01', to: '2026-12-31' });
    expect(tally).toEqual([{ agencyId: market.id, sat: 2, passed: 1 }]);
    expect(await examTallyByAgency(ctx.db, tenant, { from: '2025-01-01', to: '2025-12-31' })).toEqual([]);
  });
});
