import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, randomCountyCode, signIn } from '../../testing/factories';
import { isRegionAncestor } from './tenant.service';
import { findTenant } from './tenant.repository';
import { seedReference } from '../seed/seed';

let ctx: TestContext;
let app: FastifyInstance;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  await seedReference(ctx.db);
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('GB/T 2260 hierarchy', () => {
  it('knows which codes are ancestors', () => {
    expect(isRegionAncestor('533400', '533401')).toBe(true);
    expect(isRegionAncestor('530000', '533401')).toBe(true);
    expect(isRegionAncestor('530000', '533400')).toBe(true);
    expect(isRegionAncestor('533400', '533400')).toBe(false);
    expect(isRegionAncestor('532900', '533401')).toBe(false);
    expect(isRegionAncestor('533401', '530000')).toBe(false);
  });
});

describe('tenants', () => {
  it('a provincial operator provisions a tenant it was granted, and not another', async () => {
    const home = await makeTenant(ctx);
    const ag = await makeAgency(ctx, home);
    let code = '';
    do code = '5334' + randomCountyCode().slice(4);
    while (await findTenant(ctx.db, code));
    const operator = await makeAccount(ctx, ag, [
      { role: 'sysadmin', scopeKind: 'tenants', scopeTenants: [home, code] },
    ]);
    const cookie = await signIn(app, operator);
    const wrongParent = await app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: { cookie },
      payload: { code, name: '测试县', parentCode: '532900' },
    });
    expect(wrongParent.statusCode).toBe(400);
    expect(wrongParent.json().error.fields.parentCode).toContain('GB/T 2260');
    const created = await app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: { cookie },
      payload: { code, name: '测试县', parentCode: '533400' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code, level: 'county', abilities: { update: true } });
    const other = await app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: { cookie },
      payload: { code: '110101', name: '东城区' },
    });
    expect(other.statusCode).toBe(403);
    const list = await app.inject({ method: 'GET', url: '/api/tenants', headers: { cookie } });
    expect(
      list
        .json()
        .items.map((t: { code: string }) => t.code)
        .sort(),
    ).toEqual([home, code].sort());
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/tenants/${code}`,
      headers: { cookie },
      payload: { name: '测试自治县' },
    });
    expect(renamed.json().name).toBe('测试自治县');
    expect((await app.inject({ method: 'DELETE', url: `/api/tenants/${home}`, headers: { cookie } })).statusCode).toBe(
      409,
    );
    expect((await app.inject({ method: 'DELETE', url: `/api/tenants/${code}`, headers: { cookie } })).statusCode).toBe(
      204,
    );
  });

  it('rejects codes that are not GB/T 2260 codes', async () => {
    const home = await makeTenant(ctx);
    const cookie = await signIn(
      app,
      await makeAccount(ctx, await makeAgency(ctx, home), [{ role: 'sysadmin', scopeKind: 'tenant' }]),
    );
    for (const code of ['12345', '990101', '000000', 'abcdef']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/tenants',
        headers: { cookie },
        payload: { code, name: '无效' },
      });
      expect(res.statusCode, code).toBe(400);
      expect(res.json().error.fields.code).toContain('行政区划代码');
    }
  });
});
