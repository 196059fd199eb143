// The tenant's personnel settings (人员管理参数): read by anyone who reads personnel, set by the justice bureau.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { personnelSettingsBody, personnelSettingsView } from '../../../../contracts/personnel';
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
};
