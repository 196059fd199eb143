// Security policy routes (安全策略): read and replace the tenant's policy.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { securityPolicy } from '../../../../contracts/account';
import { tenantCode } from '../../../../contracts/tenant';
import { requireActor, runWrite } from '../../platform/http/request';
import { getSecurityPolicy, updateSecurityPolicy } from './security-policy.service';

const policyView = securityPolicy.extend({ abilities: z.object({ update: z.boolean() }) });
const query = z.strictObject({ tenant: tenantCode.optional() });

export const securityPolicyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/security-policy',
    {
      config: { auth: 'security_policy.read' },
      schema: { tags: ['security'], summary: '读取安全策略', querystring: query, response: { 200: policyView } },
    },
    async (req) => {
      const actor = requireActor(req);
      return getSecurityPolicy(app.ctx.db, actor, req.query.tenant ?? actor.tenantId);
    },
  );

  app.put(
    '/api/security-policy',
    {
      config: { auth: 'security_policy.write', action: 'security_policy.update' },
      schema: {
        tags: ['security'],
        summary: '修改安全策略',
        querystring: query,
        body: securityPolicy,
        response: { 200: securityPolicy },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return runWrite(req, (tx) =>
        updateSecurityPolicy(tx, actor, req.query.tenant ?? actor.tenantId, req.body, app.ctx.now()),
      );
    },
  );
};
