// Exam routes (执法资格考试): the bank, blueprints and exams (exam.write, the justice bureau), sittings (exam.take,
// an officer's own). Thin: schema, auth, one service call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerBody,
  answerParams,
  answerView,
  blueprintBody,
  blueprintView,
  examBody,
  examStatsView,
  examView,
  questionBody,
  questionImportBody,
  questionImportView,
  questionListQuery,
  questionListView,
  questionUpdateBody,
  questionView,
  sittingView,
} from '../../../../contracts/exam';
import { requireActor, runWrite } from '../../platform/http/request';
import {
  createBlueprint,
  createQuestion,
  listBlueprints,
  listQuestions,
  requireBankWriter,
  updateQuestion,
} from './exam-bank.service';
import { importQuestions, questionTemplate, XLSX_CONTENT_TYPE } from './exam-xlsx';
import { readSitting, saveAnswer, startSitting, submitSitting } from './exam-sitting.service';
import { createExam, examStats, listExams, listMyExams } from './exam.service';
import { officerForAccount } from '../personnel/officer-lookup.service';
import { sendDownload } from '../../platform/http/download';

const idParams = z.strictObject({ id: z.uuid() });
const TAGS = ['exams'];

export const examRoutes: FastifyPluginAsyncZod = async (app) => {
  // --- question bank ---
  app.get(
    '/api/exam-questions',
    {
      config: { auth: 'exam.write' },
      schema: {
        tags: TAGS,
        summary: '题库（按领域、题型、状态筛选）',
        querystring: questionListQuery,
        response: { 200: questionListView },
      },
    },
    async (req) => listQuestions(app.ctx.db, requireActor(req), req.query),
  );

  app.post(
    '/api/exam-questions',
    {
      config: { auth: 'exam.write', action: 'exam_question.create' },
      schema: { tags: TAGS, summary: '新增试题', body: questionBody, response: { 201: questionView } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createQuestion(tx, actor, req.body, app.ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/exam-questions/:id',
    {
      config: { auth: 'exam.write', action: 'exam_question.update' },
      schema: {
        tags: TAGS,
        summary: '修改或停用试题（已抽出的试卷不受影响）',
        params: idParams,
        body: questionUpdateBody,
        response: { 200: questionView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateQuestion(tx, actor, req.params.id, req.body, app.ctx.now()));
    },
  );

  app.get(
    '/api/exam-questions/template.xlsx',
    {
      config: { auth: 'exam.write' },
      schema: { tags: TAGS, summary: '试题导入模板（.xlsx）', produces: [XLSX_CONTENT_TYPE] },
    },
    async (req, reply) => {
      requireBankWriter(requireActor(req));
      return sendDownload(reply, {
        data: await questionTemplate(),
        contentType: XLSX_CONTENT_TYPE,
        fileName: '试题导入模板.xlsx',
        asciiName: 'exam-questions-template.xlsx',
      });
    },
  );

  app.post(
    '/api/exam-questions/import',
    {
      config: { auth: 'exam.write', action: 'exam_question.import' },
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags: TAGS,
        summary: '从 .xlsx 导入试题；逐行逐列报告错误（默认有错则全部不导入）',
        body: questionImportBody,
        response: { 200: questionImportView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => importQuestions(tx, actor, req.body, req.lang, app.ctx.now()));
    },
  );

  // --- blueprints ---
  app.get(
    '/api/exam-blueprints',
    {
      config: { auth: 'exam.write' },
      schema: { tags: TAGS, summary: '组卷规则', response: { 200: z.object({ items: z.array(blueprintView) }) } },
    },
    async (req) => ({ items: await listBlueprints(app.ctx.db, requireActor(req)) }),
  );

  app.post(
    '/api/exam-blueprints',
    {
      config: { auth: 'exam.write', action: 'exam_blueprint.create' },
      schema: {
        tags: TAGS,
        summary: '新增组卷规则（题库须足够）',
        body: blueprintBody,
        response: { 201: blueprintView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createBlueprint(tx, actor, req.body, app.ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  // --- exams ---
  app.get(
    '/api/exams',
    {
      config: { auth: 'exam.write' },
      schema: {
        tags: TAGS,
        summary: '考试列表（含参考、通过人数）',
        response: { 200: z.object({ items: z.array(examView) }) },
      },
    },
    async (req) => ({ items: await listExams(app.ctx.db, requireActor(req), app.ctx.now()) }),
  );

  app.post(
    '/api/exams',
    {
      config: { auth: 'exam.write', action: 'exam.create' },
      schema: {
        tags: TAGS,
        summary: '安排考试（组卷规则、开放时间、应考单位）',
        body: examBody,
        response: { 201: examView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createExam(tx, actor, req.body, app.ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/exams/:id/stats',
    {
      config: { auth: 'exam.write' },
      schema: {
        tags: TAGS,
        summary: '考试统计：参考、通过、平均分、分数分布、逐题正确率与选项分布',
        params: idParams,
        response: { 200: examStatsView },
      },
    },
    async (req) => examStats(app.ctx.db, requireActor(req), req.params.id),
  );

  app.get(
    '/api/exams/mine',
    {
      config: { auth: 'exam.take' },
      schema: {
        tags: TAGS,
        summary: '我可参加的考试及我的答卷',
        response: { 200: z.object({ items: z.array(examView), linked: z.boolean() }) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const officer = await officerForAccount(app.ctx.db, actor.tenantId, actor.accountId);
      if (!officer) return { items: [], linked: false };
      return { items: await listMyExams(app.ctx.db, actor.tenantId, officer, app.ctx.now()), linked: true };
    },
  );

  // --- sittings ---
  app.post(
    '/api/exams/:id/sittings',
    {
      config: { auth: 'exam.take', action: 'exam_sitting.start' },
      schema: {
        tags: TAGS,
        summary: '开始考试（随机组卷；已有进行中的答卷则返回它）',
        params: idParams,
        response: { 200: sittingView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => startSitting(tx, actor, req.params.id, app.ctx.now()));
    },
  );

  app.get(
    '/api/exams/sittings/:id',
    {
      config: { auth: 'exam.take' },
      schema: {
        tags: TAGS,
        summary: '我的答卷（交卷评分后含答案与解析）',
        params: idParams,
        response: { 200: sittingView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      // A transaction because reading a sitting whose time ran out grades it.
      return app.ctx.db.transaction((tx) => readSitting(tx, actor, req.params.id, app.ctx.now()));
    },
  );

  app.put(
    '/api/exams/sittings/:id/answers/:questionNo',
    {
      config: { auth: 'exam.take', action: 'exam_sitting.answer' },
      schema: {
        tags: TAGS,
        summary: '保存一题答案（幂等；序号小的迟到请求不覆盖新答案；超时拒绝）',
        params: answerParams,
        body: answerBody,
        response: { 200: answerView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) =>
        saveAnswer(tx, actor, req.params.id, req.params.questionNo, req.body, app.ctx.now()),
      );
    },
  );

  app.post(
    '/api/exams/sittings/:id/submit',
    {
      config: { auth: 'exam.take', action: 'exam_sitting.submit' },
      schema: { tags: TAGS, summary: '交卷并评分', params: idParams, response: { 200: sittingView } },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => submitSitting(tx, actor, req.params.id, app.ctx.now()));
    },
  );
};
