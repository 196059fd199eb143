// Review catalogue routes (重大执法决定法制审核目录): thin — schema, auth, one service call. The draft is edited
// rule by rule; publishing gives it an effective date; the public reads the catalogues in force.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  catalogueDiffQuery,
  catalogueDiffView,
  catalogueEvaluationView,
  catalogueOnQuery,
  catalogueVersionView,
  evaluateCatalogueBody,
  publicCatalogueView,
  publishCatalogueBody,
  reviewCatalogueListItem,
  reviewCatalogueView,
  reviewRuleBody,
  reviewRuleUpdateBody,
} from '../../../../contracts/review-catalogue';
import { requireActor, runWrite } from '../../platform/http/request';
import {
  addRule,
  diffVersions,
  discardDraft,
  evaluateDecision,
  getCatalogue,
  getVersion,
  listCatalogues,
  listPublicCatalogues,
  publishDraft,
  removeRule,
  updateRule,
} from './review-catalogue.service';

const agencyParams = z.strictObject({ agencyId: z.uuid() });
const ruleParams = z.strictObject({ agencyId: z.uuid(), ruleId: z.uuid() });
const TAGS = ['review-catalogues'];

export const reviewCatalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/review-catalogues',
    {
      config: { auth: 'review_catalogue.read' },
      schema: {
        tags: TAGS,
        summary: '重大执法决定法制审核目录：各单位目录概况（数据范围内）',
        querystring: z.strictObject({ tenant: z.string().trim().max(6).optional() }),
        response: { 200: z.object({ items: z.array(reviewCatalogueListItem) }) },
      },
    },
    async (req) => ({ items: await listCatalogues(app.ctx.db, requireActor(req), req.query, app.ctx.now()) }),
  );

  app.get(
    '/api/review-catalogues/:agencyId',
    {
      config: { auth: 'review_catalogue.read' },
      schema: {
        tags: TAGS,
        summary: '某单位的目录：某日有效的版本、草稿和全部版本',
        params: agencyParams,
        querystring: catalogueOnQuery,
        response: { 200: reviewCatalogueView },
      },
    },
    async (req) => getCatalogue(app.ctx.db, requireActor(req), req.params.agencyId, req.query, app.ctx.now()),
  );

  app.get(
    '/api/review-catalogues/:agencyId/versions/:versionNo',
    {
      config: { auth: 'review_catalogue.read' },
      schema: {
        tags: TAGS,
        summary: '目录的某一版本',
        params: z.strictObject({ agencyId: z.uuid(), versionNo: z.coerce.number().int().min(1) }),
        response: { 200: catalogueVersionView },
      },
    },
    async (req) => getVersion(app.ctx.db, requireActor(req), req.params.agencyId, req.params.versionNo, app.ctx.now()),
  );

  app.get(
    '/api/review-catalogues/:agencyId/diff',
    {
      config: { auth: 'review_catalogue.read' },
      schema: {
        tags: TAGS,
        summary: '比较目录的两个版本',
        params: agencyParams,
        querystring: catalogueDiffQuery,
        response: { 200: catalogueDiffView },
      },
    },
    async (req) => diffVersions(app.ctx.db, requireActor(req), req.params.agencyId, req.query, app.ctx.now()),
  );

  app.post(
    '/api/review-catalogues/:agencyId/draft/rules',
    {
      config: { auth: 'review_catalogue.write', action: 'review_catalogue.rule_add' },
      schema: {
        tags: TAGS,
        summary: '在草稿中新增规则（没有草稿时以最新发布版本为基础新建草稿）',
        params: agencyParams,
        body: reviewRuleBody,
        response: { 201: catalogueVersionView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => addRule(tx, actor, req.params.agencyId, req.body, app.ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/review-catalogues/:agencyId/draft/rules/:ruleId',
    {
      config: { auth: 'review_catalogue.write', action: 'review_catalogue.rule_update' },
      schema: {
        tags: TAGS,
        summary: '修改草稿中的规则',
        params: ruleParams,
        body: reviewRuleUpdateBody,
        response: { 200: catalogueVersionView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) =>
        updateRule(tx, actor, req.params.agencyId, req.params.ruleId, req.body, app.ctx.now()),
      );
    },
  );

  app.delete(
    '/api/review-catalogues/:agencyId/draft/rules/:ruleId',
    {
      config: { auth: 'review_catalogue.write', action: 'review_catalogue.rule_remove' },
      schema: {
        tags: TAGS,
        summary: '从草稿中删除规则',
        params: ruleParams,
        response: { 200: catalogueVersionView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => removeRule(tx, actor, req.params.agencyId, req.params.ruleId, app.ctx.now()));
    },
  );

  app.delete(
    '/api/review-catalogues/:agencyId/draft',
    {
      config: { auth: 'review_catalogue.write', action: 'review_catalogue.draft_discard' },
      schema: { tags: TAGS, summary: '放弃草稿', params: agencyParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(req, (tx) => discardDraft(tx, actor, req.params.agencyId, app.ctx.now()), 204);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/review-catalogues/:agencyId/publish',
    {
      config: { auth: 'review_catalogue.write', action: 'review_catalogue.publish' },
      schema: {
        tags: TAGS,
        summary: '发布草稿，自生效日期起适用',
        params: agencyParams,
        body: publishCatalogueBody,
        response: { 200: catalogueVersionView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => publishDraft(tx, actor, req.params.agencyId, req.body, app.ctx.now()));
    },
  );

  app.post(
    '/api/review-catalogues/:agencyId/evaluate',
    {
      config: { auth: 'review_catalogue.read', action: 'review_catalogue.evaluate' },
      schema: {
        tags: TAGS,
        summary: '试算：拟作出的决定是否属于重大执法决定（须经法制审核）',
        params: agencyParams,
        body: evaluateCatalogueBody,
        response: { 200: catalogueEvaluationView },
      },
    },
    async (req) => evaluateDecision(app.ctx.db, requireActor(req), req.params.agencyId, req.body, app.ctx.now()),
  );

  app.get(
    '/api/public/tenants/:code/review-catalogues',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['public'],
        summary: '公示：各执法单位现行有效的重大执法决定法制审核目录',
        params: z.strictObject({
          code: z
            .string()
            .trim()
            .regex(/^\d{6}$/, { error: 'region_code' }),
        }),
        response: { 200: z.object({ items: z.array(publicCatalogueView) }) },
      },
    },
    async (req) => ({ items: await listPublicCatalogues(app.ctx.db, req.params.code, app.ctx.now()) }),
  );
};
