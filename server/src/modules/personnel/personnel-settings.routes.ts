// The tenant's personnel settings (人员管理参数), read by anyone who reads personnel and set by the justice bureau,
// and the per-agency personnel indicators (队伍建设指标).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  personnelIndicatorsQuery,
  personnelIndicatorsView,
  personnelSettingsBody,
  personnelSettingsView,
} from '../../../../contracts/personnel';
import { personnelIndicators } from './personnel-indicators.service';
import { requireActor, runWrite } from '../../platform/http/request';
import { getPersonnelSettings, updatePersonnelSettings } from './personnel-settings.service';

const tags = ['personnel'];

export const personnelSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/personnel-settings',
    {
      config: { auth: 'personnel.read' },
      schema: { tags, summary: '本行政区划的人员管理参数', response: { 200: personnelSettingsView } },
    },
    async (req) => getPersonnelSettings(ctx.db, requireActor(req).tenantId),
  );

  app.put(
    '/api/personnel-settings',
    {
      config: { auth: 'personnel.configure', action: 'personnel.settings' },
      schema: {
        tags,
        summary: '设置人员管理参数（司法局：培训学时、证件到期预警、证号格式、资格有效期、法制审核人员比例）',
        body: personnelSettingsBody,
        response: { 200: personnelSettingsView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updatePersonnelSettings(tx, actor, actor.tenantId, req.body, ctx.now()));
    },
  );

  app.get(
    '/api/personnel-indicators',
    {
      config: { auth: 'personnel.read' },
      schema: {
        tags,
        summary: '各单位队伍建设指标（数据范围内）：持证率、法制审核人员比例、培训学时达标率、考试通过率',
        querystring: personnelIndicatorsQuery,
        response: { 200: personnelIndicatorsView },
      },
    },
    async (req) => personnelIndicators(ctx.db, requireActor(req), req.query, ctx.now()),
  );
};
