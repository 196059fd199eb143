// Sign-in, sign-out and the signed-in user's own settings.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBody, loginBody, meView, totpCodeBody, totpSetupView } from '../../../../contracts/account';
import { recordAccess } from '../../platform/audit/access-log';
import { accessEntryFor, requireActor, runWrite } from '../../platform/http/request';
import { findTenant } from '../tenants/tenant.repository';
import { SESSION_COOKIE, buildActor } from './actor';
import { changeOwnPassword, disableTotp, enableTotp, login, logout, setupTotp } from './auth.service';
import { describeMe } from './me.service';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.post(
    '/api/auth/login',
    {
      config: {
        auth: 'public',
        action: 'auth.login',
        rateLimit: {
          max: ctx.config.loginRateLimit,
          timeWindow: '1 minute',
          keyGenerator: (req) =>
            `${req.ip}|${String((req.body as { username?: unknown })?.username ?? '').toLowerCase()}`,
        },
      },
      schema: { tags: ['auth'], summary: '登录', body: loginBody, response: { 200: meView } },
    },
    async (req, reply) => {
      const tenantId = req.body.tenant ?? ctx.config.defaultTenant;
      req.audit.tenantId = tenantId;
      req.audit.detail = { username: req.body.username };
      const meta = { ip: req.ip, userAgent: req.headers['user-agent'] ?? null };
      const session = await login(ctx, req.body, meta, async (tx, accountId) => {
        req.audit.recordIds = [accountId];
        await recordAccess(tx, accessEntryFor(req, 200, 'success'));
        req.audit.logged = true;
      });
      reply.setCookie(SESSION_COOKIE, session.cookieValue, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.config.cookieSecure || req.protocol === 'https',
        expires: session.expiresAt,
      });
      const actor = await buildActor(ctx, session.tenantId, session.accountId, {
        via: 'session',
        sessionId: session.sessionId,
      });
      req.actor = actor;
      return describeMe(ctx, actor!);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { auth: 'authenticated', action: 'auth.logout', allowRestricted: true },
      schema: { tags: ['auth'], summary: '退出登录', response: { 204: z.null() } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(
        req,
        async (tx) => {
          await logout(tx, actor, ctx.now());
          return { result: null, recordIds: [actor.accountId] };
        },
        204,
      );
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      config: { auth: 'authenticated', allowRestricted: true },
      schema: { tags: ['auth'], summary: '当前用户、单位、角色与权限', response: { 200: meView } },
    },
    async (req) => describeMe(ctx, requireActor(req)),
  );

  app.post(
    '/api/me/password',
    {
      config: { auth: 'authenticated', action: 'me.change_password', sessionOnly: true, allowRestricted: true },
      schema: { tags: ['auth'], summary: '修改本人密码', body: changePasswordBody, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const change = await changeOwnPassword(ctx, actor, req.body.currentPassword, req.body.newPassword);
      await runWrite(
        req,
        async (tx) => {
          await change.apply(tx);
          return { result: null, recordIds: [actor.accountId] };
        },
        204,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/me/totp/setup',
    {
      config: { auth: 'authenticated', action: 'me.totp_setup', sessionOnly: true, allowRestricted: true },
      schema: { tags: ['auth'], summary: '生成动态验证码密钥（尚未启用）', response: { 200: totpSetupView } },
    },
    async (req) => {
      const actor = requireActor(req);
      const tenant = await findTenant(ctx.db, actor.tenantId);
      return runWrite(req, async (tx) => ({
        result: await setupTotp(ctx, tx, actor, tenant?.name ?? ''),
        recordIds: [actor.accountId],
      }));
    },
  );

  app.post(
    '/api/me/totp/enable',
    {
      config: { auth: 'authenticated', action: 'me.totp_enable', sessionOnly: true, allowRestricted: true },
      schema: { tags: ['auth'], summary: '验证并启用动态验证码', body: totpCodeBody, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(
        req,
        async (tx) => {
          await enableTotp(ctx, tx, actor, req.body.totp);
          return { result: null, recordIds: [actor.accountId] };
        },
        204,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/me/totp/disable',
    {
      config: { auth: 'authenticated', action: 'me.totp_disable', sessionOnly: true },
      schema: { tags: ['auth'], summary: '关闭动态验证码', body: totpCodeBody, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await runWrite(
        req,
        async (tx) => {
          await disableTotp(ctx, tx, actor, req.body.totp);
          return { result: null, recordIds: [actor.accountId] };
        },
        204,
      );
      return reply.code(204).send(null);
    },
  );
};
