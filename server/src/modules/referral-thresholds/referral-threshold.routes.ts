// Referral threshold routes (涉嫌犯罪移送标准): thin — schema, auth, one service call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  confirmThresholdBody,
  evaluateReferralBody,
  referralEvaluationView,
  referralThresholdCreateBody,
  referralThresholdListQuery,
  referralThresholdUpdateBody,
  referralThresholdView,
} from '../../../../contracts/referral-threshold';
import { requireActor, runWrite } from '../../platform/http/request';
import {
  confirmThreshold,
  createThreshold,
  deleteThreshold,
  evaluateFacts,
  getThreshold,
  listThresholds,
  updateThreshold,
} from './referral-threshold.service';

const idParams = z.strictObject({ id: z.uuid() });
const TAGS = ['referral-thresholds'];

export const referralThresholdRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/referral-thresholds',
    {
      config: { auth: 'referral_threshold.read' },
      schema: {
        tags: TAGS,
        summary: '涉嫌犯罪移送标准列表（数据范围内）',
        querystring: referralThresholdListQuery,
        response: { 200: z.object({ items: z.array(referralThresholdView) }) },
      },
    },
    async (req) => ({ items: await listThresholds(app.ctx.db, requireActor(req), req.query) }),
  );

  app.get(
    '/api/referral-thresholds/:id',
    {
      config: { auth: 'referral_threshold.read' },
      schema: { tags: TAGS, summary: '移送标准详情', params: idParams, response: { 200: referralThresholdView } },
    },
    async (req) => getThreshold(app.ctx.db, requireActor(req), req.params.id),
  );

  app.post(
    '/api/referral-thresholds',
    {
      config: { auth: 'referral_threshold.write', action: 'referral_threshold.create' },
      schema: {
        tags: TAGS,
        summary: '新增移送标准（待本单位法制机构确认）',
        body: referralThresholdCreateBody,
        response: { 201: referralThresholdView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createThreshold(tx, actor, req.body, app.ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/referral-thresholds/:id',
    {
      config: { auth: 'referral_threshold.write', action: 'referral_threshold.update' },
      schema: {
        tags: TAGS,
        summary: '修改移送标准（已确认的须重新确认）',
        params: idParams,
        body: referralThresholdUpdateBody,
        response: { 200: referralThresholdView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateThreshold(tx, actor, req.params.id, req.body, app.ctx.now()));
    },
  );

  app.delete(
    '/api/referral-thresholds/:id',
    {
      config: { auth: 'referral_threshold.write', action: 'referral_threshold.delete' },
      schema: { tags: TAGS, summary: '删除移送标准', params: idParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(req, (tx) => deleteThreshold(tx, actor, req.params.id), 204);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/referral-thresholds/:id/confirm',
    {
      config: { auth: 'referral_threshold.write', action: 'referral_threshold.confirm' },
      schema: {
        tags: TAGS,
        summary: '确认移送标准（待确认 → 已确认）',
        params: idParams,
        body: confirmThresholdBody,
        response: { 200: referralThresholdView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => confirmThreshold(tx, actor, req.params.id, req.body, app.ctx.now()));
    },
  );

  app.post(
    '/api/referral-thresholds/evaluate',
    {
      config: { auth: 'referral_threshold.read', action: 'referral_threshold.evaluate' },
      schema: {
        tags: TAGS,
        summary: '试算：案件事实是否达到涉嫌犯罪移送标准',
        body: evaluateReferralBody,
        response: { 200: referralEvaluationView },
      },
    },
    async (req) => evaluateFacts(app.ctx.db, requireActor(req), req.body),
  );
};
