// Document template routes (文书模板): thin — schema, auth, one service call. The case documents' own download
// route belongs to the case module (it owns the case's scope) and calls documentFileFor().
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  documentFieldsView,
  documentKindParam,
  documentTemplateListView,
  documentTemplateQuery,
  documentTemplateUploadBody,
  documentTemplateView,
} from '../../../../contracts/document';
import { sendDownload } from '../../platform/http/download';
import { requireActor, runWrite } from '../../platform/http/request';
import {
  documentFieldCatalogue,
  downloadDocumentTemplate,
  listDocumentTemplates,
  replaceDocumentTemplate,
  restoreDefaultTemplate,
} from './document-template.service';

const tags = ['document-templates'];
const kindParams = z.strictObject({ kind: documentKindParam });

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;

  app.get(
    '/api/document-templates',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags,
        summary: '执法文书模板：每种文书使用默认模板还是本地区替换的模板',
        querystring: documentTemplateQuery,
        response: { 200: documentTemplateListView },
      },
    },
    async (req) => listDocumentTemplates(ctx.db, requireActor(req), req.query.tenant),
  );

  app.get(
    '/api/document-templates/fields',
    {
      config: { auth: 'agency.read' },
      schema: { tags, summary: '模板可用的字段（占位符）', response: { 200: documentFieldsView } },
    },
    async () => documentFieldCatalogue(),
  );

  app.get(
    '/api/document-templates/:kind/download',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags,
        summary: '下载某种文书正在使用的模板（.docx）',
        params: kindParams,
        querystring: documentTemplateQuery,
      },
    },
    async (req, reply) =>
      sendDownload(
        reply,
        await downloadDocumentTemplate(ctx.db, ctx.config, requireActor(req), req.params.kind, req.query.tenant),
      ),
  );

  app.put(
    '/api/document-templates/:kind',
    {
      config: { auth: 'document_template.write', action: 'document_template.replace' },
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: '上传替换模板（.docx，base64，不超过 5 MB；标签有误的模板不予接受）',
        params: kindParams,
        body: documentTemplateUploadBody,
        response: { 200: documentTemplateView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => replaceDocumentTemplate(tx, ctx, actor, req.params.kind, req.body, ctx.now()));
    },
  );

  app.delete(
    '/api/document-templates/:kind',
    {
      config: { auth: 'document_template.write', action: 'document_template.restore' },
      schema: {
        tags,
        summary: '恢复默认模板',
        params: kindParams,
        querystring: documentTemplateQuery,
        response: { 200: documentTemplateView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => restoreDefaultTemplate(tx, actor, req.params.kind, req.query.tenant));
    },
  );
};
