import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { findRootDir } from '../../platform/config';
import { queryRows } from '../../platform/db/client';
import { lawArticles, laws, lawVersions } from './law.schema';
import { importLawPath, importLawText } from './law-import.service';
import { parseLawMarkdown } from './law-markdown';

// Real statute texts beside the repository (never copied into it).
const LAWS_DIR = join(findRootDir(), '..', 'shared', 'data', 'laws');
const files = readdirSync(LAWS_DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');
const ARTICLE_LINE = /^第[零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?[\s\u3000]+/;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

async function articlesOf(title: string) {
  const [law] = await ctx.db.select().from(laws).where(eq(laws.title, title));
  const versions = await ctx.db.select().from(lawVersions).where(eq(lawVersions.lawId, law.id));
  const articles = await ctx.db
    .select()
    .from(lawArticles)
    .where(eq(lawArticles.versionId, versions[0].id))
    .orderBy(asc(lawArticles.seq));
  return { law, versions, articles };
}

describe('importing the statutes in shared/data/laws', () => {
  it('imports every file with every article, then a second import changes nothing', async () => {
    expect(files.length).toBe(15);
    const first = await importLawPath(ctx, LAWS_DIR);
    const again = await importLawPath(ctx, LAWS_DIR);
    for (const r of first) {
      // The table's outcome is 'created' on a fresh database; on a shared server another test run may have
      // imported the same texts already, which must then read 'unchanged'.
      expect(['created', 'unchanged'], r.file).toContain(r.outcome);
      expect(r.unplaced, r.file).toEqual([]);
      const raw = readFileSync(join(LAWS_DIR, r.file), 'utf8').split(/\r?\n/);
      expect(r.articles, r.file).toBe(raw.filter((l) => ARTICLE_LINE.test(l.trim())).length);
    }
    expect(again.map((r) => r.outcome)).toEqual(files.map(() => 'unchanged'));
    for (const r of first) {
      const { articles, versions } = await articlesOf(r.title!);
      expect(versions, r.file).toHaveLength(1);
      expect(articles.length, r.file).toBe(r.articles);
      expect(articles.map((a) => a.seq)).toEqual(articles.map((_, i) => i + 1));
    }
  });

  it('stores the full text of an article with all its paragraphs and items (行政处罚法 第五十八条)', async () => {
    const { articles, versions, law } = await articlesOf('中华人民共和国行政处罚法');
    expect(law.level).toBe('law');
    expect(versions[0]).toMatchObject({ versionDate: '2021-01-22', adoptedDate: '1996-03-17', status: 'in_force' });
    const art58 = articles.find((a) => a.number === 58 && a.suffix === 0)!;
    expect(art58.label).toBe('第五十八条');
    expect(art58.chapter).toMatch(/^第五章/);
    expect(art58.text).toContain('法制审核');
    for (const item of ['（一）', '（二）', '（三）', '（四）']) expect(art58.text).toContain(item);
    const source = readFileSync(join(LAWS_DIR, '行政处罚法(2021-01-22).md'), 'utf8');
    for (const line of art58.text.split('\n')) expect(source).toContain(line);
  });

  it('finds an article by words in its text without word segmentation (法制审核 → 第五十八条)', async () => {
    const rows = await queryRows<{ label: string; title: string }>(
      ctx.db,
      sql`select a.label, l.title from law_articles a join law_versions v on v.id = a.version_id
          join laws l on l.id = v.law_id where a.text like ${'%法制审核%'} order by l.title, a.seq`,
    );
    expect(rows).toContainEqual({ label: '第五十八条', title: '中华人民共和国行政处罚法' });
  });

  it('refuses a different text for a version already imported, and changes nothing', async () => {
    const file = '行政强制法(2011-06-30).md';
    const content = readFileSync(join(LAWS_DIR, file), 'utf8');
    await importLawText(ctx, { fileName: file, content });
    const before = await articlesOf(parseLawMarkdown(content, file).title);
    const altered = content.replace('第一条 ', '第一条 （篡改）');
    const report = await importLawText(ctx, { fileName: file, content: altered });
    expect(report.outcome).toBe('conflict');
    const after = await articlesOf(parseLawMarkdown(content, file).title);
    expect(after.articles).toEqual(before.articles);
  });

  it('a newer version becomes the one in force; the older one stays, marked amended', async () => {
    const file = '行政许可法(2019-04-23).md';
    const content = readFileSync(join(LAWS_DIR, file), 'utf8');
    const title = `${parseLawMarkdown(content, file).title}（版本测试${Date.now()}）`;
    const older = content.replace(/^# .*$/m, `# ${title}`);
    const newer = older.replace('第一条 ', '第一条 （修正后）');
    expect((await importLawText(ctx, { fileName: '许可(2019-04-23).md', content: older })).outcome).toBe('created');
    expect((await importLawText(ctx, { fileName: '许可(2025-01-01).md', content: newer })).outcome).toBe('created');
    const [law] = await ctx.db.select().from(laws).where(eq(laws.title, title));
    const versions = await ctx.db
      .select({ date: lawVersions.versionDate, status: lawVersions.status })
      .from(lawVersions)
      .where(and(eq(lawVersions.lawId, law.id)))
      .orderBy(asc(lawVersions.versionDate));
    expect(versions).toEqual([
      { date: '2019-04-23', status: 'amended' },
      { date: '2025-01-01', status: 'in_force' },
    ]);
  });

  it('reports a file it cannot read as failed, writing nothing', async () => {
    const report = await importLawText(ctx, { fileName: 'empty(2020-01-01).md', content: '没有标题也没有条文' });
    expect(report.outcome).toBe('failed');
    expect(report.message).toBeTruthy();
  });
});
