// Law library routes (法律法规库): list, read a version, search articles, import a text.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  lawImportBody,
  lawImportReport,
  lawSearchHit,
  lawSearchQuery,
  articleRefView,
  lawVersionView,
  lawView,
  resolveCitationQuery,
} from '../../../../contracts/law';
import { requireActor, runWrite } from '../../platform/http/request';
import { describeArticles, resolveWrittenCitation } from './law-citation.service';
import { importLawFile } from './law-import.service';
import { getLawVersion, listLaws, searchLaws } from './law.service';

export const lawRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/laws',
    {
      config: { auth: 'law.read' },
      schema: {
        tags: ['laws'],
        summary: '法律法规列表（含各版本）',
        response: { 200: z.object({ items: z.array(lawView) }) },
      },
    },
    async () => ({ items: await listLaws(app.ctx.db) }),
  );

  app.get(
    '/api/laws/search',
    {
      config: { auth: 'law.read' },
      schema: {
        tags: ['laws'],
        summary: '按标题和条文检索（无需分词），返回命中位置',
        querystring: lawSearchQuery,
        response: { 200: z.object({ items: z.array(lawSearchHit), total: z.number() }) },
      },
    },
    async (req) => searchLaws(app.ctx.db, req.query.q, req.query.limit),
  );

  app.get(
    '/api/laws/versions/:versionId',
    {
      config: { auth: 'law.read' },
      schema: {
        tags: ['laws'],
        summary: '某一版本的全部条文',
        params: z.strictObject({ versionId: z.uuid() }),
        response: { 200: lawVersionView },
      },
    },
    async (req) => getLawVersion(app.ctx.db, req.params.versionId),
  );

  app.get(
    '/api/laws/citations/resolve',
    {
      config: { auth: 'law.read' },
      schema: {
        tags: ['laws'],
        summary: '解析书面引用（《…》第X条），返回某日有效版本中的条文',
        querystring: resolveCitationQuery,
        response: { 200: z.object({ items: z.array(articleRefView) }) },
      },
    },
    async (req) => {
      const refs = await resolveWrittenCitation(app.ctx.db, req.query.text, {
        on: req.query.on,
        field: 'text',
        now: app.ctx.now(),
      });
      return { items: await describeArticles(app.ctx.db, refs) };
    },
  );

  app.post(
    '/api/laws/import',
    {
      config: { auth: 'law.write', action: 'law.import' },
      bodyLimit: 9 * 1024 * 1024,
      schema: {
        tags: ['laws'],
        summary: '导入法律法规文本（Markdown 或国家法律法规数据库导出的 .docx），重复导入不做更改',
        body: lawImportBody,
        response: { 200: lawImportReport },
      },
    },
    async (req) => {
      requireActor(req);
      return runWrite(req, async (tx) => {
        const { fileName, content, contentBase64 } = req.body;
        const data = contentBase64 !== undefined ? Buffer.from(contentBase64, 'base64') : Buffer.from(content!, 'utf8');
        const report = await importLawFile(app.ctx, { fileName, data }, tx);
        return {
          result: report,
          recordIds: report.versionId ? [report.versionId] : [],
          detail: { file: report.file, outcome: report.outcome },
        };
      });
    },
  );
};
