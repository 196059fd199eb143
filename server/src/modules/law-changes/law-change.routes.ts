// Law change routes (立改废): preview what a change touches, record it, follow the review tasks, answer them.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  impactQuery,
  impactView,
  lawChangeBody,
  lawChangeView,
  resolveItemBody,
  reviewTaskView,
  taskListQuery,
} from '../../../../contracts/law-change';
import { requireActor, runWrite } from '../../platform/http/request';
import {
  getLawChange,
  listLawChanges,
  listReviewTasks,
  previewImpact,
  recordLawChange,
  resolveReviewItem,
} from './law-change.service';

export const lawChangeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/laws/versions/:versionId/impact',
    {
      config: { auth: 'law_change.read' },
      schema: {
        tags: ['law-changes'],
        summary: '立改废影响：引用该版本（或其中条文）的权责事项、裁量基准、审核目录规则、移送标准和案件',
        params: z.strictObject({ versionId: z.uuid() }),
        querystring: impactQuery,
        response: { 200: impactView },
      },
    },
    async (req) =>
      previewImpact(
        app.ctx.db,
        requireActor(req),
        req.params.versionId,
        req.query.articles ? req.query.articles.split(',').map(Number) : [],
      ),
  );

  app.post(
    '/api/laws/versions/:versionId/changes',
    {
      config: { auth: 'law.write', action: 'law_change.record' },
      schema: {
        tags: ['law-changes'],
        summary: '标记法规或条文修改、废止，并为引用单位生成审查任务',
        params: z.strictObject({ versionId: z.uuid() }),
        body: lawChangeBody,
        response: { 201: lawChangeView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(
        req,
        (tx) => recordLawChange(tx, actor, req.params.versionId, req.body, app.ctx.now()),
        201,
      );
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/law-changes',
    {
      config: { auth: 'law_change.read' },
      schema: {
        tags: ['law-changes'],
        summary: '法规变更列表，含本人可见范围内各单位的审查进度',
        response: { 200: z.object({ items: z.array(lawChangeView) }) },
      },
    },
    async (req) => ({ items: await listLawChanges(app.ctx.db, requireActor(req)) }),
  );

  app.get(
    '/api/law-changes/:id',
    {
      config: { auth: 'law_change.read' },
      schema: {
        tags: ['law-changes'],
        summary: '一次法规变更及各单位审查任务',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: lawChangeView },
      },
    },
    async (req) => getLawChange(app.ctx.db, requireActor(req), req.params.id),
  );

  app.get(
    '/api/law-review-tasks',
    {
      config: { auth: 'law_change.read' },
      schema: {
        tags: ['law-changes'],
        summary: '本单位（及下级）的立改废审查任务',
        querystring: taskListQuery,
        response: { 200: z.object({ items: z.array(reviewTaskView) }) },
      },
    },
    async (req) => ({ items: await listReviewTasks(app.ctx.db, requireActor(req), req.query) }),
  );

  app.post(
    '/api/law-review-tasks/:taskId/items/:seq/resolve',
    {
      config: { auth: 'law_change.write', action: 'law_change.resolve_item' },
      schema: {
        tags: ['law-changes'],
        summary: '对一项引用作出审查结论（已修订 / 无需修改 / 已取消）',
        params: z.strictObject({ taskId: z.uuid(), seq: z.coerce.number().int().min(1) }),
        body: resolveItemBody,
        response: { 200: reviewTaskView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) =>
        resolveReviewItem(tx, actor, req.params.taskId, req.params.seq, req.body, app.ctx.now()),
      );
    },
  );
};
