// Statutory deadlines (法定期限): the rule catalogue, per-tenant settings, and the compute endpoint. Thin: schema,
// auth, one service call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agencyDeadlineSettingBody,
  deadlineComputeQuery,
  deadlineResultView,
  deadlineRulesQuery,
  deadlineRulesView,
  deadlineSettingBody,
  deadlineSettingsQuery,
  deadlineSettingsView,
} from '../../../../contracts/deadline';
import { requireActor, runWrite } from '../../platform/http/request';
import {
  computeForActor,
  getDeadlineSettings,
  listRules,
  setAgencyDeadlineSetting,
  setTenantDeadlineSetting,
} from './deadline.service';

const tags = ['deadlines'];

export const deadlineRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/deadlines/rules',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags,
        summary: '法定期限规则目录（依据、计算单位、顺延、延长、本行政区划的设置）',
        querystring: deadlineRulesQuery,
        response: { 200: deadlineRulesView },
      },
    },
    async (req) => listRules(ctx.db, requireActor(req), req.query),
  );

  app.get(
    '/api/deadlines/compute',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags,
        summary: '计算法定期限的期满日并逐日说明（工作日历、节假日、中止、延长、顺延）',
        querystring: deadlineComputeQuery,
        response: { 200: deadlineResultView },
      },
    },
    async (req) => computeForActor(ctx.db, requireActor(req), req.query, ctx.now()),
  );

  app.get(
    '/api/deadlines/settings',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags,
        summary: '可设置的期限（处罚决定期限及延长上限、法制审核时限）在本行政区划（单位）的取值',
        querystring: deadlineSettingsQuery,
        response: { 200: deadlineSettingsView },
      },
    },
    async (req) => getDeadlineSettings(ctx.db, requireActor(req), req.query),
  );

  app.put(
    '/api/deadlines/settings',
    {
      config: { auth: 'personnel.configure', action: 'deadline.settings' },
      schema: {
        tags,
        summary: '设置本行政区划的可设置期限（司法局）；取值为 null 时恢复法定默认值',
        body: deadlineSettingBody,
        response: { 200: deadlineSettingsView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => setTenantDeadlineSetting(tx, actor, req.body, ctx.now()));
    },
  );

  app.put(
    '/api/deadlines/settings/agencies/:agencyId',
    {
      config: { auth: 'review_catalogue.write', action: 'deadline.agency_settings' },
      schema: {
        tags,
        summary: '设置本单位的法制审核时限（3–10 个工作日）；取值为 null 时采用本行政区划的设置',
        params: z.strictObject({ agencyId: z.uuid() }),
        body: agencyDeadlineSettingBody,
        response: { 200: deadlineSettingsView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => setAgencyDeadlineSetting(tx, actor, req.params.agencyId, req.body, ctx.now()));
    },
  );
};
