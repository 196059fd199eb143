import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp, createTestContext, type TestContext } from './testing/test-context';

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

describe('the HTTP surface', () => {
  it('answers health with the database kind and a request id', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: ctx.database.kind });
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('publishes an OpenAPI document listing every API route', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const m of Object.keys(ops)) documented.add(`${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const routes = app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json',
    );
    expect(routes.length).toBeGreaterThan(25);
    for (const r of routes) expect(documented, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url}`);
    expect((await app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('every route declares who may call it', () => {
    for (const r of app.routeTable.filter((x) => x.url.startsWith('/api/') && !x.url.startsWith('/api/docs'))) {
      expect(r.auth, `${r.method} ${r.url}`).toBeDefined();
    }
  });

  it('unknown API routes, bad JSON and wrong ids get the one error shape, no stack trace', async () => {
    const notFound = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(notFound.statusCode).toBe(404);
    expect(notFound.json()).toEqual({ error: { code: 'not_found', message: '接口不存在' } });
    const badJson = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe('invalid_input');
    expect(badJson.body).not.toMatch(/at .*\.ts|stack/i);
    const badId = await app.inject({ method: 'GET', url: '/api/agencies/not-a-uuid' });
    expect(badId.statusCode).toBe(401); // authentication first: no information before sign-in
  });

  it('refuses state-changing requests from another site, and sends a content security policy', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', host: 'xzzf.local' },
      payload: { username: 'a', password: 'b' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('拒绝来自其他网站的请求');
    const same = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://xzzf.local', host: 'xzzf.local' },
      payload: { username: 'a', password: 'b' },
    });
    expect(same.statusCode).toBe(401);
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('the public tenant list needs no sign-in', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/public/tenants' });
    expect(res.statusCode).toBe(200);
    expect(Array.isArray(res.json())).toBe(true);
  });
});
