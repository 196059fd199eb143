import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { accessLog } from '../../platform/audit/access-log.schema';
import { accounts } from './account.schema';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let root: MadeAgency;
let sys: string;
let sec: string;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  root = await makeAgency(ctx, tenant);
  sys = await signIn(app, await makeAccount(ctx, root, [{ role: 'sysadmin', scopeKind: 'tenant' }]));
  sec = await signIn(app, await makeAccount(ctx, root, [{ role: 'secadmin', scopeKind: 'tenant' }]));
  // a second holder of each admin role, so revoking one is not "the last one"
  await makeAccount(ctx, root, [{ role: 'sysadmin', scopeKind: 'tenant' }]);
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

async function createAccount(payload: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: '/api/accounts',
    headers: { cookie: sys },
    payload: { agencyId: root.id, displayName: '张三', password: 'Initial-Passw0rd!', ...payload },
  });
}

describe('accounts', () => {
  it('stores the phone encrypted, lists it masked, reveals it only on request and logs the reveal', async () => {
    const username = `zhang${Date.now() % 100000}`;
    const res = await createAccount({ username, phone: '13912345678' });
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view.phoneMasked).toBe('139****5678');
    expect(view.mustChangePassword).toBe(true);
    const [row] = await ctx.db
      .select()
      .from(accounts)
      .where(and(eq(accounts.tenantId, tenant), eq(accounts.id, view.id)));
    expect(row.phoneEnc).toMatch(/^sm4:/);
    expect(row.phoneEnc).not.toContain('13912345678');
    const list = await app.inject({ method: 'GET', url: '/api/accounts', headers: { cookie: sys } });
    expect(list.body).not.toContain('13912345678');
    const reveal = await app.inject({ method: 'GET', url: `/api/accounts/${view.id}/phone`, headers: { cookie: sys } });
    expect(reveal.json()).toEqual({ phone: '13912345678' });
    const logs = await ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenant), eq(accessLog.action, 'account.reveal_phone')));
    expect(logs).toHaveLength(1);
    expect(logs[0].recordIds).toEqual([view.id]);
    expect(logs[0].method).toBe('GET');
  });

  it('applies the password policy to the initial password, naming the field', async () => {
    const res = await createAccount({ username: 'weakling', password: 'abc' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.password).toContain('12');
  });

  it('rejects a duplicate username (case-insensitive on sign-in, unique on create)', async () => {
    await createAccount({ username: 'dupuser' });
    const again = await createAccount({ username: 'dupuser' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toHaveProperty('username');
  });

  it('disabling an account ends its sessions', async () => {
    const acc = await makeAccount(ctx, root, [{ role: 'officer', scopeKind: 'own_agency' }]);
    const cookie = await signIn(app, acc);
    const res = await app.inject({ method: 'DELETE', url: `/api/accounts/${acc.id}`, headers: { cookie: sys } });
    expect(res.json().status).toBe('disabled');
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('an administrator cannot change their own account through the admin routes', async () => {
    const me = (await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: sys } })).json();
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/accounts/${me.account.id}`,
      headers: { cookie: sys },
      payload: { status: 'disabled' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('role grants and the separation of the three administrators', () => {
  it('the system administrator grants business roles but not administrator roles', async () => {
    const acc = await makeAccount(ctx, root, []);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { cookie: sys },
      payload: { accountId: acc.id, role: 'officer', scopeKind: 'own_agency' },
    });
    expect(ok.statusCode).toBe(201);
    const no = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { cookie: sys },
      payload: { accountId: acc.id, role: 'auditor', scopeKind: 'tenant' },
    });
    expect(no.statusCode).toBe(400);
    expect(no.json().error.fields.role).toBe('您不能授予该角色');
  });

  it('the security administrator grants administrator roles, never combined with another role', async () => {
    const officer = await makeAccount(ctx, root, [{ role: 'officer', scopeKind: 'own_agency' }]);
    const mixed = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { cookie: sec },
      payload: { accountId: officer.id, role: 'auditor', scopeKind: 'tenant' },
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.fields.role).toContain('三员分立');
    const fresh = await makeAccount(ctx, root, []);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { cookie: sec },
      payload: { accountId: fresh.id, role: 'auditor', scopeKind: 'tenant' },
    });
    expect(ok.statusCode).toBe(201);
    const second = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { cookie: sec },
      payload: { accountId: fresh.id, role: 'sysadmin', scopeKind: 'tenant' },
    });
    expect(second.json().error.fields.role).toContain('三员分立');
    const business = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { cookie: sys },
      payload: { accountId: fresh.id, role: 'officer', scopeKind: 'own_agency' },
    });
    expect(business.json().error.fields.role).toContain('三员分立');
  });

  it('no one grants a scope wider than their own', async () => {
    const sub = await makeAgency(ctx, tenant, { parent: root });
    const narrowSys = await signIn(
      app,
      await makeAccount(ctx, sub, [{ role: 'sysadmin', scopeKind: 'agency_subtree' }]),
    );
    const target = await makeAccount(ctx, sub, []);
    const wide = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { cookie: narrowSys },
      payload: { accountId: target.id, role: 'supervisor', scopeKind: 'tenant' },
    });
    expect(wide.statusCode).toBe(400);
    expect(wide.json().error.fields.scopeKind).toContain('不能超出');
    const other = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { cookie: narrowSys },
      payload: { accountId: target.id, role: 'officer', scopeKind: 'own_agency', scopeAgencyId: root.id },
    });
    expect(other.json().error.fields.scopeAgencyId).toBeDefined();
    const fine = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { cookie: narrowSys },
      payload: { accountId: target.id, role: 'officer', scopeKind: 'agency_subtree' },
    });
    expect(fine.statusCode).toBe(201);
  });

  it('a new grant takes effect on the next request; a revoked one stops at once', async () => {
    const acc = await makeAccount(ctx, root, []);
    const cookie = await signIn(app, acc);
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie } })).statusCode).toBe(403);
    const g = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { cookie: sys },
      payload: { accountId: acc.id, role: 'officer', scopeKind: 'own_agency' },
    });
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie } })).statusCode).toBe(200);
    await app.inject({ method: 'DELETE', url: `/api/grants/${g.json().id}`, headers: { cookie: sys } });
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie } })).statusCode).toBe(403);
  });

  it('the last holder of an administrator role cannot be revoked', async () => {
    const t = await makeTenant(ctx);
    const ag = await makeAgency(ctx, t);
    const secCookie = await signIn(app, await makeAccount(ctx, ag, [{ role: 'secadmin', scopeKind: 'tenant' }]));
    await makeAccount(ctx, ag, [{ role: 'auditor', scopeKind: 'tenant' }]);
    const grants = (
      await app.inject({ method: 'GET', url: `/api/grants?tenant=${t}`, headers: { cookie: secCookie } })
    ).json().items;
    const auditorGrant = grants.find((g: { role: string }) => g.role === 'auditor');
    const res = await app.inject({
      method: 'DELETE',
      url: `/api/grants/${auditorGrant.id}`,
      headers: { cookie: secCookie },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.role).toContain('安全审计员');
  });
});

describe('security policy', () => {
  it('the security administrator changes it, the change is logged with what changed, and it applies', async () => {
    const get = await app.inject({ method: 'GET', url: '/api/security-policy', headers: { cookie: sec } });
    expect(get.json().abilities.update).toBe(true);
    const { abilities: _a, ...policy } = get.json();
    const put = await app.inject({
      method: 'PUT',
      url: '/api/security-policy',
      headers: { cookie: sec },
      payload: { ...policy, passwordMinLength: 16 },
    });
    expect(put.statusCode).toBe(200);
    const weak = await createAccount({ username: 'fourteen', password: 'Fourteen-char1' });
    expect(weak.json().error.fields.password).toContain('16');
    const logs = await ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenant), eq(accessLog.action, 'security_policy.update')));
    expect(logs[0].detail).toEqual({ changed: { passwordMinLength: { from: 12, to: 16 } } });
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/security-policy',
      headers: { cookie: sec },
      payload: { ...policy, lockoutThreshold: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.lockoutThreshold).toBe('不能小于 3');
    await app.inject({ method: 'PUT', url: '/api/security-policy', headers: { cookie: sec }, payload: policy });
  });
});

describe('taking over accounts beyond reach', () => {
  it('the system administrator cannot reset, edit or unlock an administrator account, and the list says so', async () => {
    const auditorAcc = await makeAccount(ctx, root, [{ role: 'auditor', scopeKind: 'tenant' }]);
    const reset = await app.inject({
      method: 'POST',
      url: `/api/accounts/${auditorAcc.id}/reset-password`,
      headers: { cookie: sys },
      payload: { password: 'Takeover-Passw0rd!' },
    });
    expect(reset.statusCode).toBe(403);
    expect(reset.json().error.message).toContain('无权授予');
    const list = (await app.inject({ method: 'GET', url: '/api/accounts', headers: { cookie: sys } })).json().items;
    const row = list.find((a: { id: string }) => a.id === auditorAcc.id);
    expect(row.abilities).toMatchObject({ update: false, revealPhone: false });
    const officer = list.find((a: { roles: string[] }) => a.roles.length === 0);
    expect(officer.abilities.update).toBe(true);
  });
});
