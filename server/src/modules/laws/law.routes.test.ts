import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn } from '../../testing/factories';
import { findRootDir } from '../../platform/config';
import { accessLog } from '../../platform/audit/access-log.schema';
import { importLawPath } from './law-import.service';
import { highlightRanges } from './law.service';

const LAWS_DIR = join(findRootDir(), '..', 'shared', 'data', 'laws');
let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let officer: string;
let supervisor: string;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  await importLawPath(ctx, LAWS_DIR);
  tenant = await makeTenant(ctx);
  const ag = await makeAgency(ctx, tenant);
  officer = await signIn(app, await makeAccount(ctx, ag, [{ role: 'officer', scopeKind: 'own_agency' }]));
  supervisor = await signIn(app, await makeAccount(ctx, ag, [{ role: 'supervisor', scopeKind: 'tenant' }]));
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('law search', () => {
  it('finds 行政处罚法 第五十八条 by 法制审核, with the hits marked', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/laws/search?q=${encodeURIComponent('法制审核')}`,
      headers: { cookie: officer },
    });
    expect(res.statusCode).toBe(200);
    const hit = res
      .json()
      .items.find(
        (h: { title: string; label: string }) => h.title === '中华人民共和国行政处罚法' && h.label === '第五十八条',
      );
    expect(hit).toBeDefined();
    expect(hit.highlights.length).toBeGreaterThan(0);
    for (const [a, b] of hit.highlights) expect(hit.text.slice(a, b)).toBe('法制审核');
  });

  it('matches titles too, and validates the query, naming the field', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/laws/search?q=${encodeURIComponent('野生动物')}&limit=5`,
      headers: { cookie: officer },
    });
    expect(res.json().items.length).toBe(5);
    expect(res.json().total).toBeGreaterThanOrEqual(64);
    const empty = await app.inject({ method: 'GET', url: '/api/laws/search?q=', headers: { cookie: officer } });
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields)).toEqual(['q']);
  });

  it('marks every occurrence, case-insensitively, without overlaps', () => {
    expect(highlightRanges('罚款，罚款', '罚款')).toEqual([
      [0, 2],
      [3, 5],
    ]);
    expect(highlightRanges('Ab ab AB', 'ab')).toEqual([
      [0, 2],
      [3, 5],
      [6, 8],
    ]);
    expect(highlightRanges('aaa', 'aa')).toEqual([[0, 2]]);
    expect(highlightRanges('text', '')).toEqual([]);
  });
});

describe('law library', () => {
  it('lists the laws with their versions and shows a version with every article in order', async () => {
    const list = (await app.inject({ method: 'GET', url: '/api/laws', headers: { cookie: officer } })).json().items;
    const law = list.find((l: { title: string }) => l.title === '中华人民共和国食品安全法');
    expect(law.versions[0]).toMatchObject({ versionDate: '2021-04-29', status: 'in_force', articleCount: 154 });
    const v = (
      await app.inject({ method: 'GET', url: `/api/laws/versions/${law.versions[0].id}`, headers: { cookie: officer } })
    ).json();
    expect(v.articles).toHaveLength(154);
    expect(v.articles.at(-1).label).toBe('第一百五十四条');
    expect(v.version.history.length).toBeGreaterThan(0);
  });

  it('the justice bureau imports a text through the API (logged); an officer may not', async () => {
    const content = readFileSync(join(LAWS_DIR, '草原法(2021-04-29).md'), 'utf8');
    const refused = await app.inject({
      method: 'POST',
      url: '/api/laws/import',
      headers: { cookie: officer },
      payload: { fileName: '草原法(2021-04-29).md', content },
    });
    expect(refused.statusCode).toBe(403);
    const res = await app.inject({
      method: 'POST',
      url: '/api/laws/import',
      headers: { cookie: supervisor },
      payload: { fileName: '草原法(2021-04-29).md', content },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'unchanged', articles: 75, chapters: 9 });
    const logs = await ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenant), eq(accessLog.action, 'law.import')));
    expect(logs.map((l) => l.outcome).sort()).toEqual(['denied', 'success']);
  });
});
