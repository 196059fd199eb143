import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, makeUscc, signIn, type MadeAgency } from '../../testing/factories';
import { agencies } from './agency.schema';
import { accessLog } from '../../platform/audit/access-log.schema';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let root: MadeAgency;
let child: MadeAgency;
let sibling: MadeAgency;
let adminCookie: string;
let subtreeCookie: string;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  root = await makeAgency(ctx, tenant, { name: `根单位${tenant}` });
  child = await makeAgency(ctx, tenant, { parent: root });
  sibling = await makeAgency(ctx, tenant);
  adminCookie = await signIn(app, await makeAccount(ctx, root, [{ role: 'sysadmin', scopeKind: 'tenant' }]));
  subtreeCookie = await signIn(
    app,
    await makeAccount(ctx, root, [{ role: 'supervisor', scopeKind: 'agency_subtree' }]),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const post = (cookie: string, payload: unknown, lang?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/agencies',
    headers: { cookie, ...(lang ? { 'accept-language': lang } : {}) },
    payload: payload as object,
  });

describe('POST /api/agencies', () => {
  it('creates a child agency and logs the write in the access log', async () => {
    const uscc = makeUscc();
    const res = await post(adminCookie, {
      parentId: root.id,
      name: `新单位${uscc}`,
      kind: 'city_department',
      legalStatus: 'administrative_organ',
      uscc,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      parentId: root.id,
      uscc,
      status: 'active',
      tenantId: tenant,
      abilities: { update: true },
    });
    const logs = await ctx.db.select().from(accessLog).where(eq(accessLog.tenantId, tenant));
    const entry = logs.find((l) => l.recordIds.includes(body.id));
    expect(entry).toMatchObject({ action: 'agency.create', outcome: 'success', statusCode: 201, method: 'POST' });
  });

  it('rejects a wrong USCC check character naming the field, in Chinese and in English, and writes nothing', async () => {
    const good = makeUscc();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const name = `错误单位${good}`;
    const res = await post(adminCookie, {
      parentId: root.id,
      name,
      kind: 'city_department',
      legalStatus: 'administrative_organ',
      uscc: bad,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_input');
    expect(res.json().error.fields.uscc).toMatch(/统一社会信用代码/);
    const en = await post(
      adminCookie,
      { parentId: root.id, name, kind: 'city_department', legalStatus: 'administrative_organ', uscc: bad },
      'en-US,en;q=0.9',
    );
    expect(en.json().error.fields.uscc).toMatch(/USCC/);
    const rows = await ctx.db.select().from(agencies).where(eq(agencies.name, name));
    expect(rows).toHaveLength(0);
  });

  it('rejects unknown fields and missing required fields', async () => {
    const res = await post(adminCookie, { kind: 'nonsense', extra: true });
    expect(res.statusCode).toBe(400);
    const f = res.json().error.fields;
    expect(Object.keys(f).sort()).toEqual(['extra', 'kind', 'legalStatus', 'name']);
    expect(f.name).toBe('必填');
  });

  it('reports a duplicate name as a conflict on the name field', async () => {
    const res = await post(adminCookie, {
      parentId: root.id,
      name: root.name,
      kind: 'city_department',
      legalStatus: 'administrative_organ',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toHaveProperty('name');
  });

  it('refuses a top-level agency to an actor whose scope is a subtree', async () => {
    const res = await post(subtreeCookie, {
      name: `顶层${Date.now()}`,
      kind: 'city_department',
      legalStatus: 'administrative_organ',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('GET /api/agencies', () => {
  it('returns only the subtree to a subtree-scoped actor', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie: subtreeCookie } });
    const ids = res.json().items.map((a: { id: string }) => a.id);
    expect(ids).toContain(root.id);
    expect(ids).toContain(child.id);
    expect(ids).not.toContain(sibling.id);
  });
});

describe('PATCH /api/agencies/:id', () => {
  it('refuses to move an agency under its own descendant', async () => {
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${root.id}`,
      headers: { cookie: adminCookie },
      payload: { parentId: child.id },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('parentId');
  });

  it('moves a subtree and rewrites the descendants’ paths', async () => {
    const a = await makeAgency(ctx, tenant);
    const b = await makeAgency(ctx, tenant, { parent: a });
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${a.id}`,
      headers: { cookie: adminCookie },
      payload: { parentId: sibling.id },
    });
    expect(res.statusCode).toBe(200);
    const [row] = await ctx.db.select().from(agencies).where(eq(agencies.id, b.id));
    expect(row.path).toBe(`${sibling.path}${a.id}/${b.id}/`);
  });

  it('does not abolish an agency that still has active children', async () => {
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${root.id}`,
      headers: { cookie: adminCookie },
      payload: { status: 'abolished' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toHaveProperty('status');
  });
});
