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

describe('correcting what the importer inferred', () => {
  it('records the effective date, and a version in force from a later date reads 尚未施行', async () => {
    const { importLawText } = await import('./law-import.service');
    const title = `某某省测试条例${Date.now().toString(36)}`;
    const report = await importLawText(ctx, {
      fileName: `${title}(2026-10-01).md`,
      content: `# ${title}\n\n2026年10月1日 某某省第十四届人民代表大会常务委员会第十次会议通过\n\n<!-- INFO END -->\n\n第一条 测试。\n`,
    });
    const url = `/api/laws/versions/${report.versionId}`;
    ctx.clock.now = new Date('2026-11-26T04:00:00Z');
    try {
      const res = await app.inject({
        method: 'PATCH',
        url,
        headers: { cookie: supervisor },
        payload: { effectiveDate: '2027-01-01', documentNumber: '某某省人大常委会公告第10号' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().version).toMatchObject({
        effectiveDate: '2027-01-01',
        documentNumber: '某某省人大常委会公告第10号',
        status: 'not_yet_in_force',
      });
      expect(res.json().law).toMatchObject({ level: 'local_regulation', issuingBody: '某某省人民代表大会常务委员会' });
      // On the effective day (Asia/Shanghai) it reads in force.
      const { getLawVersion } = await import('./law.service');
      expect((await getLawVersion(ctx.db, report.versionId!, '2027-01-01')).version.status).toBe('in_force');
      expect((await getLawVersion(ctx.db, report.versionId!, '2026-12-31')).version.status).toBe('not_yet_in_force');
    } finally {
      ctx.clock.now = null;
    }
    const bad = await app.inject({
      method: 'PATCH',
      url,
      headers: { cookie: supervisor },
      payload: { effectiveDate: '2026-01-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['effectiveDate']);
    const denied = await app.inject({
      method: 'PATCH',
      url,
      headers: { cookie: officer },
      payload: { adoptedDate: null },
    });
    expect(denied.statusCode).toBe(403);
    const level = await app.inject({
      method: 'PATCH',
      url: `/api/laws/${report.lawId}`,
      headers: { cookie: supervisor },
      payload: { level: 'rule' },
    });
    expect(level.statusCode).toBe(200);
  });
});
