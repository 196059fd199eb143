// Law library routes (法律法规库): list, read a version, search articles, import a text.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  lawImportBody,
  lawImportReport,
  lawSearchHit,
  lawSearchQuery,
  articleRefView,
  lawUpdateBody,
  lawVersionUpdateBody,
  lawVersionView,
  lawView,
  resolveCitationQuery,
} from '../../../../contracts/law';
import { requireActor, runWrite } from '../../platform/http/request';
import { describeArticles, resolveWrittenCitation } from './law-citation.service';
import { importLawFile } from './law-import.service';
import { getLawVersion, listLaws, searchLaws, updateLaw, updateLawVersion } from './law.service';
import { shanghaiDate } from '../../platform/legal-date';

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
    async () => ({ items: await listLaws(app.ctx.db, shanghaiDate(app.ctx.now())) }),
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
    async (req) => getLawVersion(app.ctx.db, req.params.versionId, shanghaiDate(app.ctx.now())),
  );

  app.patch(
    '/api/laws/:lawId',
    {
      config: { auth: 'law.write', action: 'law.update' },
      schema: {
        tags: ['laws'],
        summary: '更正法规的效力级别、制定机关',
        params: z.strictObject({ lawId: z.uuid() }),
        body: lawUpdateBody,
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (req) => {
      requireActor(req);
      return runWrite(req, (tx) => updateLaw(tx, req.params.lawId, req.body));
    },
  );

  app.patch(
    '/api/laws/versions/:versionId',
    {
      config: { auth: 'law.write', action: 'law.update_version' },
      schema: {
        tags: ['laws'],
        summary: '登记版本的文号、通过日期、施行日期（施行日期在后的版本显示为“尚未施行”）',
        params: z.strictObject({ versionId: z.uuid() }),
        body: lawVersionUpdateBody,
        response: { 200: lawVersionView },
      },
    },
    async (req) => {
      requireActor(req);
      return runWrite(req, (tx) => updateLawVersion(tx, req.params.versionId, req.body, shanghaiDate(app.ctx.now())));
    },
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
