// Case routes (案件): thin — schema, auth, one service call. Every change of a case's state is a POST of an action to
// /api/cases/:id/transitions, handled by the one transition function (case-transition.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseCreateBody,
  caseListQuery,
  caseListView,
  caseNumberPatternBody,
  caseView,
  caseWorkbenchView,
  transitionBody,
  transitionResultView,
} from '../../../../contracts/case';
import { CASE_KINDS } from '../../../../contracts/procedure';
import { sendDownload } from '../../platform/http/download';
import { noteRecords, requireActor, runWrite } from '../../platform/http/request';
import {
  caseWorkbench,
  createCase,
  downloadCaseDocument,
  getCase,
  getCaseNumberPatterns,
  listCases,
  putCaseNumberPattern,
  revealPartyIdNumber,
  reviewQueue,
  takeStep,
} from './case.service';

const TAGS = ['cases'];
const idParams = z.strictObject({ id: z.uuid() });
const patternsView = z.object({
  agencyId: z.string(),
  items: z.array(z.object({ kind: z.enum(CASE_KINDS), pattern: z.string(), custom: z.boolean() })),
});

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;

  app.get(
    '/api/cases',
    {
      config: { auth: 'case.read' },
      schema: {
        tags: TAGS,
        summary: '案件列表（数据范围内；可按单位、程序、状态、期限筛选）',
        querystring: caseListQuery,
        response: { 200: caseListView },
      },
    },
    async (req) => listCases(ctx.db, requireActor(req), req.query, ctx.now()),
  );

  app.get(
    '/api/cases/workbench',
    {
      config: { auth: 'case.read' },
      schema: {
        tags: TAGS,
        summary: '工作台：我的案件、3 个工作日内到期、已超期、待我审核',
        response: { 200: caseWorkbenchView },
      },
    },
    async (req) => caseWorkbench(ctx.db, requireActor(req), ctx.now()),
  );

  app.get(
    '/api/cases/review-queue',
    {
      config: { auth: 'case.review' },
      schema: {
        tags: TAGS,
        summary: '待我审核：数据范围内待法制审核、且本人不是承办人的案件',
        response: { 200: z.object({ total: z.number().int(), items: caseListView.shape.items }) },
      },
    },
    async (req) => reviewQueue(ctx.db, requireActor(req), ctx.now()),
  );

  app.post(
    '/api/cases',
    {
      config: { auth: 'case.write', action: 'case.create' },
      schema: {
        tags: TAGS,
        summary: '登记案件（案源登记；普通程序立案时编号，其他程序登记时编号）',
        body: caseCreateBody,
        response: { 201: caseView },
      },
    },
    async (req, reply) => {
      const out = await runWrite(req, (tx) => createCase(tx, ctx, requireActor(req), req.body, ctx.now()), 201);
      reply.code(201);
      return out;
    },
  );

  app.get(
    '/api/cases/:id',
    {
      config: { auth: 'case.read' },
      schema: {
        tags: TAGS,
        summary: '案件详情：流程位置、期限及其计算说明、时间线、文书、当前可执行的操作',
        params: idParams,
        response: { 200: caseView },
      },
    },
    async (req) => getCase(ctx.db, ctx, requireActor(req), req.params.id, ctx.now()),
  );

  app.post(
    '/api/cases/:id/transitions',
    {
      config: { auth: 'case.read', action: 'case.transition' },
      schema: {
        tags: TAGS,
        summary: '办理一个环节（唯一的状态变更入口：校验程序、角色、法定条件，写入状态、事件与期限）',
        params: idParams,
        body: transitionBody,
        response: { 200: transitionResultView },
      },
    },
    async (req) => runWrite(req, (tx) => takeStep(tx, ctx, requireActor(req), req.params.id, req.body, ctx.now())),
  );

  app.get(
    '/api/cases/:id/parties/:partyId/id-number',
    {
      config: { auth: 'case.write', action: 'case.reveal_party_id', personalData: true },
      schema: {
        tags: TAGS,
        summary: '查看当事人完整身份证号（本单位办案人员；记入访问日志）',
        params: z.strictObject({ id: z.uuid(), partyId: z.uuid() }),
        response: { 200: z.object({ idNumber: z.string() }) },
      },
    },
    async (req) => {
      const out = await revealPartyIdNumber(ctx.db, ctx, requireActor(req), req.params.id, req.params.partyId);
      noteRecords(req, [req.params.id, req.params.partyId], out.tenantId);
      return { idNumber: out.idNumber };
    },
  );

  app.get(
    '/api/cases/:id/documents/:documentId/download',
    {
      // Documents print the party's ID in full: every download is in the access log.
      config: { auth: 'case.read', action: 'case.document_download', personalData: true },
      schema: {
        tags: TAGS,
        summary: '下载案件文书（.docx；记入访问日志）',
        params: z.strictObject({ id: z.uuid(), documentId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const { tenantId, ...file } = await downloadCaseDocument(
        ctx.db,
        ctx,
        requireActor(req),
        req.params.id,
        req.params.documentId,
      );
      noteRecords(req, [req.params.id, req.params.documentId], tenantId);
      return sendDownload(reply, file);
    },
  );

  app.get(
    '/api/case-number-patterns/:agencyId',
    {
      config: { auth: 'case.read' },
      schema: {
        tags: TAGS,
        summary: '单位的案号格式（各类案件）',
        params: z.strictObject({ agencyId: z.uuid() }),
        response: { 200: patternsView },
      },
    },
    async (req) => getCaseNumberPatterns(ctx.db, requireActor(req), req.params.agencyId),
  );

  app.put(
    '/api/case-number-patterns/:agencyId',
    {
      config: { auth: 'case.approve', action: 'case.number_pattern' },
      schema: {
        tags: TAGS,
        summary: '设置单位某类案件的案号格式（如 香市监罚〔{year}〕{seq}号）',
        params: z.strictObject({ agencyId: z.uuid() }),
        body: caseNumberPatternBody,
        response: { 200: patternsView },
      },
    },
    async (req) => runWrite(req, (tx) => putCaseNumberPattern(tx, requireActor(req), req.params.agencyId, req.body)),
  );
};
