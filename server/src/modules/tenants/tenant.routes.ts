// Tenant routes (行政区划): the public list for the sign-in page, and management for operators.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicTenant, tenantCode, tenantCreateBody, tenantUpdateBody, tenantView } from '../../../../contracts/tenant';
import { requireActor, runWrite } from '../../platform/http/request';
import { listPublicTenants } from './tenant.repository';
import { createTenant, deleteTenant, getTenant, listTenants, updateTenant } from './tenant.service';

const codeParams = z.strictObject({ code: tenantCode });

export const tenantRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public/tenants',
    {
      config: { auth: 'public' },
      schema: { tags: ['public'], summary: '可登录的行政区划（登录页使用）', response: { 200: z.array(publicTenant) } },
    },
    async () => listPublicTenants(app.ctx.db),
  );

  app.get(
    '/api/tenants',
    {
      config: { auth: 'tenant.read' },
      schema: {
        tags: ['tenants'],
        summary: '行政区划列表',
        response: { 200: z.object({ items: z.array(tenantView) }) },
      },
    },
    async (req) => ({ items: await listTenants(app.ctx.db, requireActor(req)) }),
  );

  app.get(
    '/api/tenants/:code',
    {
      config: { auth: 'tenant.read' },
      schema: { tags: ['tenants'], summary: '行政区划详情', params: codeParams, response: { 200: tenantView } },
    },
    async (req) => getTenant(app.ctx.db, requireActor(req), req.params.code),
  );

  app.post(
    '/api/tenants',
    {
      config: { auth: 'tenant.write', action: 'tenant.create' },
      schema: { tags: ['tenants'], summary: '开通行政区划', body: tenantCreateBody, response: { 201: tenantView } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      return reply.code(201).send(await runWrite(req, (tx) => createTenant(tx, actor, req.body, app.ctx.now()), 201));
    },
  );

  app.patch(
    '/api/tenants/:code',
    {
      config: { auth: 'tenant.write', action: 'tenant.update' },
      schema: {
        tags: ['tenants'],
        summary: '修改行政区划',
        params: codeParams,
        body: tenantUpdateBody,
        response: { 200: tenantView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) => updateTenant(tx, actor, req.params.code, req.body, app.ctx.now()));
    },
  );

  app.delete(
    '/api/tenants/:code',
    {
      config: { auth: 'tenant.write', action: 'tenant.delete' },
      schema: { tags: ['tenants'], summary: '删除空的行政区划', params: codeParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(req, (tx) => deleteTenant(tx, actor, req.params.code), 204);
      return reply.code(204).send(null);
    },
  );
};
