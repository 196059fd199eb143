// Powers-list routes (权责清单): items in force on a date, item history, change requests and their filing (备案),
// guidance notes on delegated items, .xlsx import/export, and the public disclosure. Thin: schema, auth, one call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  filingAcceptBody,
  filingNoteBody,
  filingReturnBody,
  guidanceCreateBody,
  guidanceNoteView,
  powerExportQuery,
  powerImportBody,
  powerImportReport,
  powerItemDetail,
  powerItemListQuery,
  powerItemListView,
  powerItemQuery,
  powerRequestCreateBody,
  powerRequestDetail,
  powerRequestListQuery,
  powerRequestUpdateBody,
  powerRequestView,
  publicAgencyPowers,
  publicPowersIndex,
  publicPowersQuery,
} from '../../../../contracts/power';
import { tenantCode } from '../../../../contracts/tenant';
import type { FastifyReply } from 'fastify';
import { requireActor, runWrite } from '../../platform/http/request';
import { exportPowers, powersTemplate, type SpreadsheetFile } from './power-export.service';
import { acceptRequest, returnRequest, submitRequest, withdrawRequest } from './power-filing.service';
import { importPowers } from './power-import.service';
import { addGuidance, getItem, listItems } from './power-item.service';
import { publicAgencyPowers as publicAgencyPowersOf, publicPowersIndex as publicIndexOf } from './power-public.service';
import { createRequest, getRequest, listRequests, updateRequest } from './power-request.service';
import { XLSX_CONTENT_TYPE } from './power-xlsx';
import { sendDownload } from '../../platform/http/download';

const idParams = z.strictObject({ id: z.uuid() });

/** Sends a spreadsheet as a download. */
const sendFile = (reply: FastifyReply, file: SpreadsheetFile, asciiName: string) =>
  sendDownload(reply, { data: file.data, contentType: XLSX_CONTENT_TYPE, fileName: file.fileName, asciiName });

export const powerRoutes: FastifyPluginAsyncZod = async (app) => {
  // --- items ---------------------------------------------------------------------------------------------------
  app.get(
    '/api/powers/items',
    {
      config: { auth: 'power.read' },
      schema: {
        tags: ['powers'],
        summary: '某日有效的权责清单事项（数据范围内，含下放给乡镇的事项）',
        querystring: powerItemListQuery,
        response: { 200: powerItemListView },
      },
    },
    async (req) => listItems(app.ctx.db, requireActor(req), req.query, app.ctx.now()),
  );

  app.get(
    '/api/powers/items/:id',
    {
      config: { auth: 'power.read' },
      schema: {
        tags: ['powers'],
        summary: '事项详情：某日有效的版本、历次版本、关联条文、指导意见',
        params: idParams,
        querystring: powerItemQuery,
        response: { 200: powerItemDetail },
      },
    },
    async (req) => getItem(app.ctx.db, requireActor(req), req.params.id, req.query, app.ctx.now()),
  );

  app.post(
    '/api/powers/items/:id/guidance',
    {
      config: { auth: 'power.write', action: 'power.guidance' },
      schema: {
        tags: ['powers'],
        summary: '下放部门对乡镇承接事项提出指导意见',
        params: idParams,
        body: guidanceCreateBody,
        response: { 201: guidanceNoteView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const note = await runWrite(
        req,
        (tx) => addGuidance(tx, actor, req.params.id, req.body.text, app.ctx.now()),
        201,
      );
      return reply.code(201).send(note);
    },
  );

  // --- change requests -----------------------------------------------------------------------------------------
  app.get(
    '/api/powers/requests',
    {
      config: { auth: 'power.read' },
      schema: {
        tags: ['powers'],
        summary: '权责清单变更备案申请列表',
        querystring: powerRequestListQuery,
        response: { 200: z.object({ items: z.array(powerRequestView), total: z.number() }) },
      },
    },
    async (req) => listRequests(app.ctx.db, requireActor(req), req.query),
  );

  app.post(
    '/api/powers/requests',
    {
      config: { auth: 'power.write', action: 'power.request.create' },
      schema: {
        tags: ['powers'],
        summary: '起草变更备案申请（新增、调整、取消事项）',
        body: powerRequestCreateBody,
        response: { 201: powerRequestDetail },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const detail = await runWrite(req, (tx) => createRequest(tx, actor, req.body, app.ctx.now()), 201);
      return reply.code(201).send(detail);
    },
  );

  app.get(
    '/api/powers/requests/:id',
    {
      config: { auth: 'power.read' },
      schema: {
        tags: ['powers'],
        summary: '备案申请详情：逐项变更与字段差异、办理记录',
        params: idParams,
        response: { 200: powerRequestDetail },
      },
    },
    async (req) => getRequest(app.ctx.db, requireActor(req), req.params.id),
  );

  app.put(
    '/api/powers/requests/:id',
    {
      config: { auth: 'power.write', action: 'power.request.update' },
      schema: {
        tags: ['powers'],
        summary: '修改草稿或被退回的申请',
        params: idParams,
        body: powerRequestUpdateBody,
        response: { 200: powerRequestDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateRequest(tx, actor, req.params.id, req.body, app.ctx.now()));
    },
  );

  app.post(
    '/api/powers/requests/:id/submit',
    {
      config: { auth: 'power.write', action: 'power.request.submit' },
      schema: {
        tags: ['powers'],
        summary: '报送司法局备案',
        params: idParams,
        body: filingNoteBody,
        response: { 200: powerRequestDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => submitRequest(tx, actor, req.params.id, app.ctx.now()));
    },
  );

  app.post(
    '/api/powers/requests/:id/withdraw',
    {
      config: { auth: 'power.write', action: 'power.request.withdraw' },
      schema: {
        tags: ['powers'],
        summary: '撤回尚未办结的申请',
        params: idParams,
        body: filingNoteBody,
        response: { 200: powerRequestDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => withdrawRequest(tx, actor, req.params.id, req.body?.comments, app.ctx.now()));
    },
  );

  app.post(
    '/api/powers/requests/:id/return',
    {
      config: { auth: 'filing.review', action: 'power.filing.return' },
      schema: {
        tags: ['powers'],
        summary: '司法局退回申请并提出意见',
        params: idParams,
        body: filingReturnBody,
        response: { 200: powerRequestDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => returnRequest(tx, actor, req.params.id, req.body.comments, app.ctx.now()));
    },
  );

  app.post(
    '/api/powers/requests/:id/accept',
    {
      config: { auth: 'filing.review', action: 'power.filing.accept' },
      schema: {
        tags: ['powers'],
        summary: '司法局准予备案，变更自生效日期起施行',
        params: idParams,
        body: filingAcceptBody,
        response: { 200: powerRequestDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => acceptRequest(tx, actor, req.params.id, req.body, app.ctx.now()));
    },
  );

  // --- spreadsheets --------------------------------------------------------------------------------------------
  app.post(
    '/api/powers/import',
    {
      config: { auth: 'power.write', action: 'power.import' },
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags: ['powers'],
        summary: '导入 .xlsx 权责清单，生成变更备案草稿；逐行报告错误',
        body: powerImportBody,
        response: { 200: powerImportReport },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => importPowers(tx, actor, req.body, req.lang, app.ctx.now()));
    },
  );

  app.get(
    '/api/powers/export.xlsx',
    {
      config: { auth: 'power.read' },
      schema: {
        tags: ['powers'],
        summary: '导出某单位某日有效的权责清单（.xlsx，与导入格式相同）',
        querystring: powerExportQuery,
        produces: [XLSX_CONTENT_TYPE],
      },
    },
    async (req, reply) => {
      const file = await exportPowers(app.ctx.db, requireActor(req), req.query, app.ctx.now());
      return sendFile(reply, file, `powers-${req.query.on ?? 'current'}.xlsx`);
    },
  );

  app.get(
    '/api/powers/template.xlsx',
    {
      config: { auth: 'power.read' },
      schema: { tags: ['powers'], summary: '权责清单导入模板（.xlsx）', produces: [XLSX_CONTENT_TYPE] },
    },
    async (_req, reply) => sendFile(reply, await powersTemplate(), 'powers-template.xlsx'),
  );

  // --- public disclosure ---------------------------------------------------------------------------------------
  app.get(
    '/api/public/tenants/:code/powers',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['public'],
        summary: '公开：本行政区划各执法单位今日有效的权责清单（目录）',
        params: z.strictObject({ code: tenantCode }),
        response: { 200: publicPowersIndex },
      },
    },
    async (req) => publicIndexOf(app.ctx.db, req.params.code, app.ctx.now()),
  );

  app.get(
    '/api/public/tenants/:code/powers/:agencyId',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['public'],
        summary: '公开：某执法单位今日有效的权责清单',
        params: z.strictObject({ code: tenantCode, agencyId: z.uuid() }),
        querystring: publicPowersQuery,
        response: { 200: publicAgencyPowers },
      },
    },
    async (req) => publicAgencyPowersOf(app.ctx.db, req.params.code, req.params.agencyId, req.query, app.ctx.now()),
  );
};
