// Agency routes (执法主体): thin — schema, auth, one service call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agencyCreateBody, agencyListQuery, agencyUpdateBody, agencyView } from '../../../../contracts/agency';
import { requireActor, runWrite } from '../../platform/http/request';
import { createAgency, getAgency, listAgencies, updateAgency } from './agency.service';

const idParams = z.strictObject({ id: z.uuid() });

export const agencyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/agencies',
    {
      config: { auth: 'agency.read' },
      schema: {
        tags: ['agencies'],
        summary: '执法主体列表（数据范围内）',
        querystring: agencyListQuery,
        response: { 200: z.object({ items: z.array(agencyView) }) },
      },
    },
    async (req) => ({ items: await listAgencies(app.ctx.db, requireActor(req), req.query) }),
  );

  app.get(
    '/api/agencies/:id',
    {
      config: { auth: 'agency.read' },
      schema: { tags: ['agencies'], summary: '执法主体详情', params: idParams, response: { 200: agencyView } },
    },
    async (req) => getAgency(app.ctx.db, requireActor(req), req.params.id),
  );

  app.post(
    '/api/agencies',
    {
      config: { auth: 'agency.write', action: 'agency.create' },
      schema: { tags: ['agencies'], summary: '新建执法主体', body: agencyCreateBody, response: { 201: agencyView } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await runWrite(req, (tx) => createAgency(tx, actor, req.body, app.ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/agencies/:id',
    {
      config: { auth: 'agency.write', action: 'agency.update' },
      schema: {
        tags: ['agencies'],
        summary: '修改、移动、撤销或恢复执法主体',
        params: idParams,
        body: agencyUpdateBody,
        response: { 200: agencyView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateAgency(tx, actor, req.params.id, req.body, app.ctx.now()));
    },
  );
};
