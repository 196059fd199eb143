import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn } from '../../testing/factories';
import { accessLog } from '../../platform/audit/access-log.schema';
import { breakGlassResetPassword } from './break-glass.service';

let ctx: TestContext;
let app: FastifyInstance;
beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('break-glass password reset (CLI)', () => {
  it('gives an administrator a one-time password, ends its sessions and is logged', async () => {
    const tenant = await makeTenant(ctx);
    const auditor = await makeAccount(ctx, await makeAgency(ctx, tenant), [{ role: 'auditor', scopeKind: 'tenant' }]);
    const oldCookie = await signIn(app, auditor);
    const { password } = await breakGlassResetPassword(ctx, tenant, auditor.username);
    expect(password).toHaveLength(16);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: oldCookie } })).statusCode).toBe(401);
    const cookie = await signIn(app, { ...auditor, password });
    const blocked = await app.inject({ method: 'GET', url: '/api/access-log', headers: { cookie } });
    expect(blocked.json().error.code).toBe('password_change_required');
    const logs = await ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenant), eq(accessLog.action, 'account.break_glass_reset')));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ method: 'CLI', recordIds: [auditor.id], outcome: 'success' });
  });

  it('refuses an unknown account', async () => {
    await expect(breakGlassResetPassword(ctx, '533401', 'no_such_user_here')).rejects.toThrow(/no account/);
  });
});
