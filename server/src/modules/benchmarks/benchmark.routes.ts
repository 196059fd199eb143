// Discretion benchmark routes (裁量基准): thin — schema, auth, one service call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  benchmarkCreateBody,
  benchmarkDiff,
  benchmarkDraftBody,
  benchmarkImportBody,
  benchmarkImportReport,
  benchmarkListQuery,
  benchmarkSummary,
  benchmarkVersionView,
  benchmarkView,
  diffQuery,
  evaluateBody,
  evaluationView,
  exemptionCreateBody,
  exemptionListQuery,
  exemptionUpdateBody,
  exemptionView,
  exportQuery,
  inForceQuery,
  levelSetBody,
  levelSetView,
  publicBenchmarks as publicBenchmarksView,
  publicBenchmarksQuery,
  publishBody,
  withdrawBody,
} from '../../../../contracts/benchmark';
import { requireActor, runWrite } from '../../platform/http/request';
import {
  createExemption,
  deleteExemption,
  listExemptions,
  publishExemption,
  updateExemption,
  withdrawExemption,
} from './benchmark-exemption.service';
import { getLevelSet, updateLevelSet } from './benchmark-level-set.service';
import { publicBenchmarks } from './benchmark-public.service';
import {
  createBenchmark,
  diffVersions,
  discardDraft,
  evaluate,
  getBenchmark,
  getVersion,
  getVersionInForce,
  listBenchmarks,
  publishBenchmark,
  saveDraft,
} from './benchmark.service';
import { exportBenchmarks, importBenchmarks } from './benchmark-xlsx.service';
import { XLSX_CONTENT_TYPE } from './benchmark-xlsx';
import { sendDownload } from '../../platform/http/download';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['benchmarks'];

export const benchmarkRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => app.ctx.now();

  app.get(
    '/api/benchmarks',
    {
      config: { auth: 'benchmark.read' },
      schema: {
        tags,
        summary: '裁量基准列表（数据范围内）',
        querystring: benchmarkListQuery,
        response: { 200: z.object({ items: z.array(benchmarkSummary) }) },
      },
    },
    async (req) => ({ items: await listBenchmarks(app.ctx.db, requireActor(req), req.query, now()) }),
  );

  app.post(
    '/api/benchmarks',
    {
      config: { auth: 'benchmark.write', action: 'benchmark.create' },
      schema: { tags, summary: '新建裁量基准（草稿）', body: benchmarkCreateBody, response: { 201: benchmarkView } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createBenchmark(tx, actor, req.body, now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/benchmarks.xlsx',
    {
      config: { auth: 'benchmark.read' },
      schema: { tags, summary: '导出裁量基准（.xlsx，每个违法行为的最新版本）', querystring: exportQuery },
    },
    async (req, reply) => {
      const { fileName, data } = await exportBenchmarks(app.ctx.db, requireActor(req), req.query, now());
      return sendDownload(reply, { data, contentType: XLSX_CONTENT_TYPE, fileName, asciiName: 'benchmarks.xlsx' });
    },
  );

  app.post(
    '/api/benchmarks/import',
    {
      config: { auth: 'benchmark.write', action: 'benchmark.import' },
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags,
        summary: '导入裁量基准（.xlsx）：逐行报告错误；默认有错则全部不写入，也可只写入无误的',
        body: benchmarkImportBody,
        response: { 200: benchmarkImportReport },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) =>
        importBenchmarks(tx, actor, { ...req.body, mode: req.body.mode ?? 'all_or_nothing' }, now(), req.lang),
      );
    },
  );

  app.get(
    '/api/benchmarks/:id',
    {
      config: { auth: 'benchmark.read' },
      schema: {
        tags,
        summary: '裁量基准详情（当前草稿或最新版本、版本列表）',
        params: idParams,
        response: { 200: benchmarkView },
      },
    },
    async (req) => getBenchmark(app.ctx.db, requireActor(req), req.params.id, now()),
  );

  app.put(
    '/api/benchmarks/:id/draft',
    {
      config: { auth: 'benchmark.write', action: 'benchmark.save_draft' },
      schema: {
        tags,
        summary: '保存草稿（已发布的裁量基准另起新版本草稿）',
        params: idParams,
        body: benchmarkDraftBody,
        response: { 200: benchmarkView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => saveDraft(tx, actor, req.params.id, req.body, now()));
    },
  );

  app.delete(
    '/api/benchmarks/:id/draft',
    {
      config: { auth: 'benchmark.write', action: 'benchmark.discard_draft' },
      schema: {
        tags,
        summary: '放弃草稿（从未发布的裁量基准随之删除）',
        params: idParams,
        response: { 200: z.object({ deleted: z.boolean(), benchmark: benchmarkView.nullable() }) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => discardDraft(tx, actor, req.params.id, now()));
    },
  );

  app.post(
    '/api/benchmarks/:id/publish',
    {
      config: { auth: 'benchmark.write', action: 'benchmark.publish' },
      schema: {
        tags,
        summary: '发布草稿：定版并确定施行日期（行政处罚法第三十四条：裁量基准应当向社会公布）',
        params: idParams,
        body: publishBody,
        response: { 200: benchmarkView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => publishBenchmark(tx, actor, req.params.id, req.body, now()));
    },
  );

  app.get(
    '/api/benchmarks/:id/versions/:versionNo',
    {
      config: { auth: 'benchmark.read' },
      schema: {
        tags,
        summary: '某一版本的内容',
        params: z.strictObject({ id: z.uuid(), versionNo: z.coerce.number().int().min(1) }),
        response: { 200: benchmarkVersionView },
      },
    },
    async (req) => getVersion(app.ctx.db, requireActor(req), req.params.id, req.params.versionNo, now()),
  );

  app.get(
    '/api/benchmarks/:id/in-force',
    {
      config: { auth: 'benchmark.read' },
      schema: {
        tags,
        summary: '某日施行的版本（默认今天）',
        params: idParams,
        querystring: inForceQuery,
        response: { 200: benchmarkVersionView },
      },
    },
    async (req) => getVersionInForce(app.ctx.db, requireActor(req), req.params.id, req.query.on, now()),
  );

  app.get(
    '/api/benchmarks/:id/diff',
    {
      config: { auth: 'benchmark.read' },
      schema: {
        tags,
        summary: '两个版本的差异（档次、条件、处罚与幅度）',
        params: idParams,
        querystring: diffQuery,
        response: { 200: benchmarkDiff },
      },
    },
    async (req) => diffVersions(app.ctx.db, requireActor(req), req.params.id, req.query.from, req.query.to),
  );

  app.post(
    '/api/benchmarks/:id/evaluate',
    {
      config: { auth: 'benchmark.read' },
      schema: {
        tags,
        summary: '试算：根据违法事实确定裁量档次、处罚幅度和理由，并检查拟作出的处罚',
        params: idParams,
        body: evaluateBody,
        response: { 200: evaluationView },
      },
    },
    async (req) => evaluate(app.ctx.db, requireActor(req), req.params.id, req.body, now()),
  );

  app.get(
    '/api/benchmark-settings',
    {
      config: { auth: 'benchmark.read' },
      schema: { tags, summary: '本行政区划的裁量档次', response: { 200: levelSetView } },
    },
    async (req) => getLevelSet(app.ctx.db, requireActor(req)),
  );

  app.put(
    '/api/benchmark-settings',
    {
      // The justice bureau sets the tenant-wide scale (benchmark-level-set.service.ts says why); the service
      // requires the permission over the whole tenant.
      config: { auth: 'filing.review', action: 'benchmark.level_set' },
      schema: {
        tags,
        summary: '设置本行政区划的裁量档次（司法局：须有覆盖全行政区划的备案审查权限）',
        body: levelSetBody,
        response: { 200: levelSetView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateLevelSet(tx, actor, req.body, now()));
    },
  );

  app.get(
    '/api/benchmark-exemptions',
    {
      config: { auth: 'benchmark.read' },
      schema: {
        tags,
        summary: '不予处罚清单、首违不罚清单（数据范围内；inForceOn 为某日施行的清单）',
        querystring: exemptionListQuery,
        response: { 200: z.object({ items: z.array(exemptionView) }) },
      },
    },
    async (req) => ({ items: await listExemptions(app.ctx.db, requireActor(req), req.query) }),
  );

  app.post(
    '/api/benchmark-exemptions',
    {
      config: { auth: 'benchmark.write', action: 'benchmark.exemption_create' },
      schema: { tags, summary: '新增清单事项（草稿）', body: exemptionCreateBody, response: { 201: exemptionView } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createExemption(tx, actor, req.body, now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/benchmark-exemptions/:id',
    {
      config: { auth: 'benchmark.write', action: 'benchmark.exemption_update' },
      schema: {
        tags,
        summary: '修改清单事项（仅草稿）',
        params: idParams,
        body: exemptionUpdateBody,
        response: { 200: exemptionView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateExemption(tx, actor, req.params.id, req.body, now()));
    },
  );

  app.post(
    '/api/benchmark-exemptions/:id/publish',
    {
      config: { auth: 'benchmark.write', action: 'benchmark.exemption_publish' },
      schema: { tags, summary: '发布清单事项', params: idParams, body: publishBody, response: { 200: exemptionView } },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => publishExemption(tx, actor, req.params.id, req.body, now()));
    },
  );

  app.post(
    '/api/benchmark-exemptions/:id/withdraw',
    {
      config: { auth: 'benchmark.write', action: 'benchmark.exemption_withdraw' },
      schema: { tags, summary: '撤回清单事项', params: idParams, body: withdrawBody, response: { 200: exemptionView } },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => withdrawExemption(tx, actor, req.params.id, req.body, now()));
    },
  );

  app.delete(
    '/api/benchmark-exemptions/:id',
    {
      config: { auth: 'benchmark.write', action: 'benchmark.exemption_delete' },
      schema: { tags, summary: '删除清单事项草稿', params: idParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(req, (tx) => deleteExemption(tx, actor, req.params.id), 204);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/public/benchmarks',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: '公开：施行中的裁量基准和不予处罚、首违不罚清单（默认本平台的行政区划）',
        querystring: publicBenchmarksQuery,
        response: { 200: publicBenchmarksView },
      },
    },
    async (req) => publicBenchmarks(app.ctx.db, req.query.tenant ?? app.ctx.config.defaultTenant, now()),
  );
};
