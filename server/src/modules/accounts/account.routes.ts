// Account, role-grant and API-token routes (账号、角色授权、接口令牌).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountCreateBody,
  accountListQuery,
  accountUpdateBody,
  accountView,
  apiTokenCreateBody,
  apiTokenView,
  grantCreateBody,
  grantListQuery,
  grantView,
  resetPasswordBody,
} from '../../../../contracts/account';
import { tenantCode } from '../../../../contracts/tenant';
import { noteRecords, requireActor, runWrite } from '../../platform/http/request';
import { createToken, listTokens, revokeToken } from './api-token.service';
import {
  createAccount,
  getAccount,
  listAccounts,
  resetPassword,
  revealPhone,
  unlockAccount,
  updateAccount,
} from './account.service';
import { createGrant, listGrants, revokeGrant } from './grant.service';

const idParams = z.strictObject({ id: z.uuid() });

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/accounts',
    {
      config: { auth: 'account.read' },
      schema: {
        tags: ['accounts'],
        summary: '账号列表（数据范围内）',
        querystring: accountListQuery,
        response: { 200: z.object({ items: z.array(accountView) }) },
      },
    },
    async (req) => ({ items: await listAccounts(ctx, requireActor(req), req.query) }),
  );

  app.get(
    '/api/accounts/:id',
    {
      config: { auth: 'account.read' },
      schema: { tags: ['accounts'], summary: '账号详情', params: idParams, response: { 200: accountView } },
    },
    async (req) => getAccount(ctx, requireActor(req), req.params.id),
  );

  app.get(
    '/api/accounts/:id/phone',
    {
      config: { auth: 'account.read_personal', action: 'account.reveal_phone', personalData: true },
      schema: {
        tags: ['accounts'],
        summary: '查看完整手机号（记入访问日志）',
        params: idParams,
        response: { 200: z.object({ phone: z.string().nullable() }) },
      },
    },
    async (req) => {
      const { phone, tenantId } = await revealPhone(ctx, requireActor(req), req.params.id);
      noteRecords(req, [req.params.id], tenantId);
      return { phone };
    },
  );

  app.post(
    '/api/accounts',
    {
      config: { auth: 'account.write', action: 'account.create' },
      schema: { tags: ['accounts'], summary: '新建账号', body: accountCreateBody, response: { 201: accountView } },
    },
    async (req, reply) => {
      const view = await createAccount(ctx, requireActor(req), req.body, (work) => runWrite(req, work, 201));
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/accounts/:id',
    {
      config: { auth: 'account.write', action: 'account.update' },
      schema: {
        tags: ['accounts'],
        summary: '修改、停用或启用账号',
        params: idParams,
        body: accountUpdateBody,
        response: { 200: accountView },
      },
    },
    async (req) => runWrite(req, (tx) => updateAccount(ctx, tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/accounts/:id',
    {
      config: { auth: 'account.write', action: 'account.disable' },
      schema: { tags: ['accounts'], summary: '停用账号（保留记录）', params: idParams, response: { 200: accountView } },
    },
    async (req) =>
      runWrite(req, (tx) => updateAccount(ctx, tx, requireActor(req), req.params.id, { status: 'disabled' })),
  );

  app.post(
    '/api/accounts/:id/reset-password',
    {
      config: { auth: 'account.write', action: 'account.reset_password' },
      schema: {
        tags: ['accounts'],
        summary: '重置密码（下次登录须修改）',
        params: idParams,
        body: resetPasswordBody,
        response: { 200: accountView },
      },
    },
    async (req) =>
      resetPassword(ctx, requireActor(req), req.params.id, req.body.password, (work) => runWrite(req, work)),
  );

  app.post(
    '/api/accounts/:id/unlock',
    {
      config: { auth: 'account.write', action: 'account.unlock' },
      schema: { tags: ['accounts'], summary: '解除登录锁定', params: idParams, response: { 200: accountView } },
    },
    async (req) => runWrite(req, (tx) => unlockAccount(ctx, tx, requireActor(req), req.params.id)),
  );

  app.get(
    '/api/grants',
    {
      config: { auth: 'grant.read' },
      schema: {
        tags: ['grants'],
        summary: '角色授权列表',
        querystring: grantListQuery,
        response: { 200: z.object({ items: z.array(grantView) }) },
      },
    },
    async (req) => ({ items: await listGrants(ctx.db, requireActor(req), req.query) }),
  );

  app.post(
    '/api/grants',
    {
      config: { auth: 'grant.write', action: 'grant.create' },
      schema: { tags: ['grants'], summary: '授予角色', body: grantCreateBody, response: { 201: grantView } },
    },
    async (req, reply) => {
      const view = await runWrite(req, (tx) => createGrant(tx, requireActor(req), req.body, ctx.now()), 201);
      return reply.code(201).send(view);
    },
  );

  app.delete(
    '/api/grants/:id',
    {
      config: { auth: 'grant.write', action: 'grant.revoke' },
      schema: { tags: ['grants'], summary: '撤销授权', params: idParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await runWrite(req, (tx) => revokeGrant(tx, requireActor(req), req.params.id, ctx.now()), 204);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/api-tokens',
    {
      config: { auth: 'api_token.read' },
      schema: {
        tags: ['api-tokens'],
        summary: '接口令牌列表',
        querystring: z.strictObject({ tenant: tenantCode.optional() }),
        response: { 200: z.object({ items: z.array(apiTokenView) }) },
      },
    },
    async (req) => ({ items: await listTokens(ctx.db, requireActor(req), req.query.tenant) }),
  );

  app.post(
    '/api/api-tokens',
    {
      config: { auth: 'api_token.write', action: 'api_token.create' },
      schema: {
        tags: ['api-tokens'],
        summary: '签发接口令牌（只显示一次）',
        body: apiTokenCreateBody,
        response: { 201: z.object({ token: z.string(), item: apiTokenView }) },
      },
    },
    async (req, reply) => {
      const out = await runWrite(req, (tx) => createToken(tx, requireActor(req), req.body, ctx.now()), 201);
      return reply.code(201).send(out);
    },
  );

  app.delete(
    '/api/api-tokens/:id',
    {
      config: { auth: 'api_token.write', action: 'api_token.revoke' },
      schema: { tags: ['api-tokens'], summary: '吊销接口令牌', params: idParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await runWrite(req, (tx) => revokeToken(tx, requireActor(req), req.params.id, ctx.now()), 204);
      return reply.code(204).send(null);
    },
  );
};
