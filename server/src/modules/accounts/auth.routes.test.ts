import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, TEST_PASSWORD, type MadeAgency } from '../../testing/factories';
import { accessLog } from '../../platform/audit/access-log.schema';
import { totpCode } from '../../platform/security/totp';
import { securityPolicies } from '../security-policy/security-policy.schema';
import { accounts, sessions } from './account.schema';
import { DEFAULT_SECURITY_POLICY } from '../../../../contracts/account';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let agency: MadeAgency;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  agency = await makeAgency(ctx, tenant);
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const login = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload, headers });

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and /api/me answers', async () => {
    const acc = await makeAccount(ctx, agency, [{ role: 'officer', scopeKind: 'own_agency' }]);
    const res = await login({ tenant, username: acc.username, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'xzzf_session')!;
    const absolute = new Date(res.json().session.absoluteExpiresAt).getTime();
    expect(Math.abs(absolute - cookie.expires!.getTime())).toBeLessThan(1000); // cookie dates have whole seconds
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value.startsWith(`${tenant}.`)).toBe(true);
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `xzzf_session=${cookie.value}` } });
    expect(me.json()).toMatchObject({
      account: { username: acc.username },
      permissions: [
        'agency.read',
        'law.read',
        'power.read',
        'benchmark.read',
        'review_catalogue.read',
        'referral_threshold.read',
        'law_change.read',
        'personnel.read',
        'exam.take',
        'case.read',
        'case.write',
      ],
      tenant: { code: tenant },
    });
  });

  it('marks the cookie Secure behind HTTPS (X-Forwarded-Proto with a trusted proxy)', async () => {
    const app2 = await createTestApp({ ...ctx, config: { ...ctx.config, trustProxy: true } });
    const acc = await makeAccount(ctx, agency, [{ role: 'officer', scopeKind: 'own_agency' }]);
    const res = await app2.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { tenant, username: acc.username, password: TEST_PASSWORD },
    });
    expect(res.cookies.find((c) => c.name === 'xzzf_session')!.secure).toBe(true);
    await app2.close();
  });

  it('gives the same answer for an unknown user and a wrong password, and logs both attempts', async () => {
    const acc = await makeAccount(ctx, agency, []);
    const a = await login({ tenant, username: 'nobody_here', password: 'whatever-Passw0rd' });
    const b = await login({ tenant, username: acc.username, password: 'wrong-Passw0rd!' });
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json()).toEqual(b.json());
    expect(a.json().error.message).toBe('用户名或密码错误');
    const rows = await ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenant), eq(accessLog.action, 'auth.login')));
    expect(rows.filter((r) => r.actorUsername === 'nobody_here' && r.outcome === 'denied')).toHaveLength(1);
    expect(rows.filter((r) => r.actorUsername === acc.username && r.outcome === 'denied')).toHaveLength(1);
  });

  it('locks the account for 15 minutes after 5 failures, refuses even the right password, then lets it in', async () => {
    const acc = await makeAccount(ctx, agency, [{ role: 'officer', scopeKind: 'own_agency' }]);
    const t0 = new Date('2026-03-02T02:00:00Z');
    ctx.clock.now = t0;
    try {
      for (let i = 0; i < 4; i++)
        expect((await login({ tenant, username: acc.username, password: 'bad-Passw0rd!' })).statusCode).toBe(401);
      const fifth = await login({ tenant, username: acc.username, password: 'bad-Passw0rd!' });
      expect(fifth.statusCode).toBe(423);
      expect(fifth.json().error.code).toBe('account_locked');
      expect(fifth.json().error.message).toContain('2026-03-02 10:15');
      const right = await login({ tenant, username: acc.username, password: TEST_PASSWORD });
      expect(right.statusCode).toBe(423);
      ctx.clock.now = new Date(t0.getTime() + 14 * 60_000);
      expect((await login({ tenant, username: acc.username, password: TEST_PASSWORD })).statusCode).toBe(423);
      ctx.clock.now = new Date(t0.getTime() + 15 * 60_000 + 1000);
      expect((await login({ tenant, username: acc.username, password: TEST_PASSWORD })).statusCode).toBe(200);
      const [row] = await ctx.db
        .select()
        .from(accounts)
        .where(and(eq(accounts.tenantId, tenant), eq(accounts.id, acc.id)));
      expect(row.failedLogins).toBe(0);
    } finally {
      ctx.clock.now = null;
    }
  });

  it('rate-limits sign-in per IP and username', async () => {
    const limited = await createTestApp({ ...ctx, config: { ...ctx.config, loginRateLimit: 3 } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await limited.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { tenant, username: 'flood_user', password: 'x' },
      });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes[3]).toBe(429);
    const other = await limited.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { tenant, username: 'someone_else', password: 'x' },
    });
    expect(other.statusCode).toBe(401); // the limit is per IP and username, not per IP alone
    await limited.close();
  });

  it('rejects a malformed body with field errors and logs the failed attempt', async () => {
    const res = await login({ tenant: '999999', username: '', password: 'x', extra: 1 });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['extra', 'tenant', 'username']);
  });
});

describe('sessions', () => {
  it('expires after the idle timeout and at the absolute timeout', async () => {
    const acc = await makeAccount(ctx, agency, [{ role: 'officer', scopeKind: 'own_agency' }]);
    const t0 = new Date('2026-05-01T01:00:00Z');
    ctx.clock.now = t0;
    try {
      const cookie = await signIn(app, acc);
      const me = () => app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      ctx.clock.now = new Date(t0.getTime() + 29 * 60_000);
      expect((await me()).statusCode).toBe(200); // touches the session
      ctx.clock.now = new Date(t0.getTime() + 29 * 60_000 + 31 * 60_000);
      const expired = await me();
      expect(expired.statusCode).toBe(401);
      expect(expired.json().error.message).toBe('会话已过期，请重新登录');

      ctx.clock.now = t0;
      const cookie2 = await signIn(app, acc);
      for (let m = 20; m <= 12 * 60; m += 20) {
        ctx.clock.now = new Date(t0.getTime() + m * 60_000);
        const r = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: cookie2 } });
        if (m < 12 * 60) expect(r.statusCode).toBe(200);
        else expect(r.statusCode).toBe(401);
      }
    } finally {
      ctx.clock.now = null;
    }
  });

  it('logout ends the session server-side', async () => {
    const acc = await makeAccount(ctx, agency, [{ role: 'officer', scopeKind: 'own_agency' }]);
    const cookie = await signIn(app, acc);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    const rows = await ctx.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.tenantId, tenant), eq(sessions.accountId, acc.id)));
    expect(rows[0].endedAt).not.toBeNull();
  });

  it('answers 401 in English when asked', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/me', headers: { 'accept-language': 'en' } });
    expect(r.statusCode).toBe(401);
    expect(r.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please sign in' } });
  });
});

describe('password changes', () => {
  it('forces a changed password before any other route, applies the policy and the history', async () => {
    const acc = await makeAccount(ctx, agency, [{ role: 'officer', scopeKind: 'own_agency' }], {
      mustChangePassword: true,
    });
    const cookie = await signIn(app, acc);
    const blocked = await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');

    const change = (newPassword: string, currentPassword = TEST_PASSWORD) =>
      app.inject({
        method: 'POST',
        url: '/api/me/password',
        headers: { cookie },
        payload: { currentPassword, newPassword },
      });
    const weak = await change('short');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields.newPassword).toContain('密码至少 12 位');
    const withName = await change(`Aa1!${acc.username}`);
    expect(withName.json().error.fields.newPassword).toContain('用户名');
    const same = await change(TEST_PASSWORD);
    expect(same.json().error.fields.newPassword).toContain('最近');
    const wrongCurrent = await change('Brand-new-Passw0rd', 'nope');
    expect(wrongCurrent.json().error.fields.currentPassword).toBe('当前密码不正确');

    expect((await change('Brand-new-Passw0rd')).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie } })).statusCode).toBe(200);
  });
});

describe('second factor (TOTP)', () => {
  it('enrols with a code, then requires a fresh code at sign-in and refuses a replayed one', async () => {
    const acc = await makeAccount(ctx, agency, [{ role: 'officer', scopeKind: 'own_agency' }]);
    const cookie = await signIn(app, acc);
    const setup = await app.inject({ method: 'POST', url: '/api/me/totp/setup', headers: { cookie } });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const t0 = new Date('2026-06-01T00:00:00Z');
    ctx.clock.now = t0;
    try {
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/me/totp/enable',
        headers: { cookie },
        payload: { totp: '000000' === totpCode(secret, t0.getTime()) ? '111111' : '000000' },
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.message).toContain('动态验证码');
      expect(wrong.json().error.fields).toEqual({ totp: '动态验证码错误或已使用' });
      const ok = await app.inject({
        method: 'POST',
        url: '/api/me/totp/enable',
        headers: { cookie },
        payload: { totp: totpCode(secret, t0.getTime()) },
      });
      expect(ok.statusCode).toBe(204);

      ctx.clock.now = new Date(t0.getTime() + 60_000);
      const noCode = await login({ tenant, username: acc.username, password: TEST_PASSWORD });
      expect(noCode.statusCode).toBe(401);
      expect(noCode.json().error.code).toBe('totp_required');
      const code = totpCode(secret, ctx.clock.now.getTime());
      expect((await login({ tenant, username: acc.username, password: TEST_PASSWORD, totp: code })).statusCode).toBe(
        200,
      );
      const replay = await login({ tenant, username: acc.username, password: TEST_PASSWORD, totp: code });
      expect(replay.statusCode).toBe(401);
      expect(replay.json().error.message).toBe('动态验证码错误或已使用');
    } finally {
      ctx.clock.now = null;
    }
  });

  it('when the policy makes it mandatory for administrators, an admin without it can only set it up', async () => {
    const t = await makeTenant(ctx);
    const ag = await makeAgency(ctx, t);
    await ctx.db
      .insert(securityPolicies)
      .values({ tenantId: t, policy: { ...DEFAULT_SECURITY_POLICY, mfaRequiredForAdmins: true } });
    const admin = await makeAccount(ctx, ag, [{ role: 'sysadmin', scopeKind: 'tenant' }]);
    const officer = await makeAccount(ctx, ag, [{ role: 'officer', scopeKind: 'own_agency' }]);
    const adminCookie = await signIn(app, admin);
    const denied = await app.inject({ method: 'GET', url: '/api/accounts', headers: { cookie: adminCookie } });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('mfa_setup_required');
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: adminCookie } });
    expect(me.json().mfa).toEqual({ enabled: false, required: true, setupRequired: true });
    const officerCookie = await signIn(app, officer);
    expect(
      (await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie: officerCookie } })).statusCode,
    ).toBe(200);

    const { secret } = (
      await app.inject({ method: 'POST', url: '/api/me/totp/setup', headers: { cookie: adminCookie } })
    ).json();
    const en = await app.inject({
      method: 'POST',
      url: '/api/me/totp/enable',
      headers: { cookie: adminCookie },
      payload: { totp: totpCode(secret, Date.now()) },
    });
    expect(en.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/accounts', headers: { cookie: adminCookie } })).statusCode,
    ).toBe(200);
  });
});

describe('API tokens', () => {
  it('are shown once, work as Bearer within their permissions, and stop working when revoked', async () => {
    const t = await makeTenant(ctx);
    const ag = await makeAgency(ctx, t);
    const admin = await makeAccount(ctx, ag, [{ role: 'sysadmin', scopeKind: 'tenant' }]);
    const service = await makeAccount(ctx, ag, [{ role: 'supervisor', scopeKind: 'tenant' }]);
    const cookie = await signIn(app, admin);
    const created = await app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: { cookie },
      payload: { accountId: service.id, name: '数据归集', permissions: ['agency.read'], expiresAt: '2099-01-01' },
    });
    expect(created.json().error?.fields?.expiresAt).toBeDefined(); // more than a year away
    const ok = await app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: { cookie },
      payload: {
        accountId: service.id,
        name: '数据归集',
        permissions: ['agency.read'],
        expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      },
    });
    expect(ok.statusCode).toBe(201);
    const { token, item } = ok.json();
    expect(token).toMatch(new RegExp(`^xzzf_${t}_`));
    const list = await app.inject({ method: 'GET', url: '/api/api-tokens', headers: { cookie } });
    expect(list.body).not.toContain(token);
    expect(list.json().items[0].id).toBe(item.id);

    const auth = { authorization: `Bearer ${token}` };
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: auth })).statusCode).toBe(200);
    const write = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${ag.id}`,
      headers: auth,
      payload: { sortOrder: 3 },
    });
    expect(write.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/tenants', headers: auth })).statusCode).toBe(403);

    expect(
      (await app.inject({ method: 'DELETE', url: `/api/api-tokens/${item.id}`, headers: { cookie } })).statusCode,
    ).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: auth })).statusCode).toBe(401);
  });

  it('cannot carry a permission the account does not hold', async () => {
    const t = await makeTenant(ctx);
    const ag = await makeAgency(ctx, t);
    const admin = await makeAccount(ctx, ag, [{ role: 'sysadmin', scopeKind: 'tenant' }]);
    const officer = await makeAccount(ctx, ag, [{ role: 'officer', scopeKind: 'own_agency' }]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: { cookie: await signIn(app, admin) },
      payload: {
        accountId: officer.id,
        name: 'x',
        permissions: ['agency.write'],
        expiresAt: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10),
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('permissions');
  });
});
