import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { DEMO_TEST_PASSWORD } from '../../testing/factories';
import { DEMO_ACCOUNTS, seedDemoTenant } from './seed';
import type { AgencyView } from '../../../../contracts/agency';

let ctx: TestContext;
let app: FastifyInstance;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  await seedDemoTenant(ctx, { password: DEMO_TEST_PASSWORD });
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

async function signInDemo(username: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_TEST_PASSWORD },
  });
  expect(res.statusCode, `${username}: ${res.body}`).toBe(200);
  return `xzzf_session=${res.cookies.find((c) => c.name === 'xzzf_session')!.value}`;
}

describe('the demo tenant 香格里拉市', () => {
  it('is seeded once: a second seed changes nothing', async () => {
    const again = await seedDemoTenant(ctx, { password: 'Another-Passw0rd!' });
    expect(again.created).toBe(false);
    await signInDemo('supervisor');
  });

  it('holds the justice bureau, the city departments and 11 townships each with its squad', async () => {
    const cookie = await signInDemo('supervisor');
    const items: AgencyView[] = (await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie } })).json()
      .items;
    const names = items.map((a) => a.name);
    for (const n of ['香格里拉市司法局', '香格里拉市市场监督管理局', '香格里拉市自然资源局', '香格里拉市公安局'])
      expect(names).toContain(n);
    expect(names.some((n) => n.includes('生态环境局香格里拉分局'))).toBe(true);
    const townships = items.filter((a) => a.kind === 'township_government');
    expect(townships.map((t) => t.name.replace('香格里拉市', '').replace('人民政府', '')).sort()).toEqual(
      [
        '三坝纳西族乡',
        '上江乡',
        '东旺乡',
        '五境乡',
        '小中甸镇',
        '尼西乡',
        '建塘镇',
        '格咱乡',
        '洛吉乡',
        '虎跳峡镇',
        '金江镇',
      ].sort(),
    );
    for (const t of townships) expect(items.filter((a) => a.parentId === t.id && a.kind === 'squad')).toHaveLength(1);
  });

  it('has a working demo account for every role, each seeing only what its role allows', async () => {
    const roles = new Set(DEMO_ACCOUNTS.map((a) => a.role));
    expect([...roles].sort()).toEqual([
      'agency_leader',
      'auditor',
      'legal_office',
      'legal_reviewer',
      'liaison',
      'officer',
      'secadmin',
      'supervisor',
      'sysadmin',
    ]);
    const officer = await signInDemo('scjg_officer1');
    const seen = (await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie: officer } })).json().items;
    expect(seen.map((a: AgencyView) => a.name)).toEqual(['香格里拉市市场监督管理局']);
    const leader = await signInDemo('jiantang_leader');
    const subtree = (await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie: leader } })).json()
      .items;
    expect(subtree.map((a: AgencyView) => a.name).sort()).toEqual(
      ['建塘镇综合行政执法队', '香格里拉市建塘镇人民政府'].sort(),
    );
    const auditor = await signInDemo('auditor');
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie: auditor } })).statusCode).toBe(
      403,
    );
  });
});
