// Annual filing routes (年度备案): thin — schema, auth, one service call. Reading needs personnel.read in scope;
// the agency's keepers (personnel.write) draft, upload and submit; the justice bureau (filing.review over the whole
// tenant) accepts or returns.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  annualFilingCreateBody,
  annualFilingListQuery,
  annualFilingOverview,
  annualFilingOverviewQuery,
  annualFilingUpdateBody,
  annualFilingView,
  documentUploadBody,
  filingCommentBody,
  filingReturnBody,
} from '../../../../contracts/annual-filing';
import { noteRecords, requireActor, runWrite } from '../../platform/http/request';
import {
  acceptFiling,
  addDocument,
  createFiling,
  deleteFiling,
  filingOverview,
  getFiling,
  listFilings,
  readDocument,
  removeDocument,
  returnFiling,
  submitFiling,
  updateFiling,
  withdrawFiling,
} from './annual-filing.service';
import { sendDownload } from '../../platform/http/download';

const idParams = z.strictObject({ id: z.uuid() });
const fileParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });
const TAGS = ['annual-filings'];

export const annualFilingRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => app.ctx.now();

  app.get(
    '/api/annual-filings',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '年度备案列表（数据范围内）',
        querystring: annualFilingListQuery,
        response: { 200: z.object({ items: z.array(annualFilingView) }) },
      },
    },
    async (req) => ({ items: await listFilings(app.ctx.db, requireActor(req), req.query, now()) }),
  );

  app.get(
    '/api/annual-filings/overview',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '年度备案报送情况：单位 × 应报备案（3 月 31 日前报送）',
        querystring: annualFilingOverviewQuery,
        response: { 200: annualFilingOverview },
      },
    },
    async (req) => filingOverview(app.ctx.db, requireActor(req), req.query, now()),
  );

  app.get(
    '/api/annual-filings/:id',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags: TAGS,
        summary: '年度备案详情（含流转记录）',
        params: idParams,
        response: { 200: annualFilingView },
      },
    },
    async (req) => getFiling(app.ctx.db, requireActor(req), req.params.id, now()),
  );

  app.post(
    '/api/annual-filings',
    {
      config: { auth: 'personnel.write', action: 'annual_filing.create' },
      schema: {
        tags: TAGS,
        summary: '起草年度备案（草稿）',
        body: annualFilingCreateBody,
        response: { 201: annualFilingView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createFiling(tx, actor, req.body, now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/annual-filings/:id',
    {
      config: { auth: 'personnel.write', action: 'annual_filing.update' },
      schema: {
        tags: TAGS,
        summary: '修改年度备案（草稿或已退回）',
        params: idParams,
        body: annualFilingUpdateBody,
        response: { 200: annualFilingView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateFiling(tx, actor, req.params.id, req.body, now()));
    },
  );

  app.delete(
    '/api/annual-filings/:id',
    {
      config: { auth: 'personnel.write', action: 'annual_filing.delete' },
      schema: { tags: TAGS, summary: '删除从未报送的草稿', params: idParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(req, (tx) => deleteFiling(tx, actor, req.params.id), 204);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/annual-filings/:id/documents',
    {
      config: { auth: 'personnel.write', action: 'annual_filing.upload' },
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags: TAGS,
        summary: '上传计划文件（PDF、Word、Excel 或图片，base64）',
        params: idParams,
        body: documentUploadBody,
        response: { 200: annualFilingView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => addDocument(tx, actor, app.ctx.config.dataDir, req.params.id, req.body, now()));
    },
  );

  app.delete(
    '/api/annual-filings/:id/documents/:fileId',
    {
      config: { auth: 'personnel.write', action: 'annual_filing.remove_document' },
      schema: { tags: TAGS, summary: '移除计划文件', params: fileParams, response: { 200: annualFilingView } },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => removeDocument(tx, actor, req.params.id, req.params.fileId, now()));
    },
  );

  app.get(
    '/api/annual-filings/:id/documents/:fileId',
    {
      config: { auth: 'personnel.read', action: 'annual_filing.download' },
      schema: { tags: TAGS, summary: '下载计划文件', params: fileParams },
    },
    async (req, reply) => {
      const { file, tenantId } = await readDocument(
        app.ctx.db,
        requireActor(req),
        app.ctx.config.dataDir,
        req.params.id,
        req.params.fileId,
      );
      noteRecords(req, [req.params.id, file.id], tenantId);
      return sendDownload(reply, { data: file.bytes, contentType: file.contentType, fileName: file.fileName });
    },
  );

  const step = (path: string, action: string, summary: string) => ({ path, action, summary });
  for (const s of [
    step('submit', 'annual_filing.submit', '报送备案（首次报送时间决定是否按时）'),
    step('withdraw', 'annual_filing.withdraw', '撤回已报送、尚未处理的备案'),
    step('accept', 'annual_filing.accept', '司法局接收备案'),
  ]) {
    app.post(
      `/api/annual-filings/:id/${s.path}`,
      {
        config: { auth: s.path === 'accept' ? 'filing.review' : 'personnel.write', action: s.action },
        schema: {
          tags: TAGS,
          summary: s.summary,
          params: idParams,
          body: filingCommentBody.nullish(),
          response: { 200: annualFilingView },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const id = req.params.id;
        const comments = req.body?.comments;
        return runWrite(req, (tx) =>
          s.path === 'submit'
            ? submitFiling(tx, actor, id, now())
            : s.path === 'withdraw'
              ? withdrawFiling(tx, actor, id, comments, now())
              : acceptFiling(tx, actor, id, comments, now()),
        );
      },
    );
  }

  app.post(
    '/api/annual-filings/:id/return',
    {
      config: { auth: 'filing.review', action: 'annual_filing.return' },
      schema: {
        tags: TAGS,
        summary: '司法局退回备案（须写明意见）',
        params: idParams,
        body: filingReturnBody,
        response: { 200: annualFilingView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => returnFiling(tx, actor, req.params.id, req.body.comments, now()));
    },
  );
};
