// Written citations (《…》第X条) parsed and resolved against the real statutes; who-cites-what registered and replaced.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRootDir } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { lawCitations } from './law-citation.schema';
import {
  describeArticles,
  parseWrittenCitation,
  replaceCitations,
  resolveWrittenCitation,
} from './law-citation.service';
import { importLawPath } from './law-import.service';

describe('parseWrittenCitation', () => {
  it.each([
    ['《中华人民共和国行政处罚法》第五十八条', [{ title: '中华人民共和国行政处罚法', number: 58, suffix: 0 }]],
    [
      '《食品安全法》第一百二十四条第一款第（三）项',
      [{ title: '食品安全法', number: 124, suffix: 0, detail: '第一款第（三）项' }],
    ],
    ['《某条例》第十条之一', [{ title: '某条例', number: 10, suffix: 1 }]],
    [
      '依据《森林法》第七十四条、第七十六条和《草原法》第六十五条的规定',
      [
        { title: '森林法', number: 74, suffix: 0 },
        { title: '森林法', number: 76, suffix: 0 },
        { title: '草原法', number: 65, suffix: 0 },
      ],
    ],
  ])('%s', (text, want) => {
    expect(parseWrittenCitation(text)).toEqual(want);
  });

  it.each([
    '第五十八条',
    '行政处罚法第五十八条',
    '《行政处罚法》',
    '《行政处罚法》第条',
    '',
    '第三条《行政处罚法》第一条',
  ])('refuses %j', (text) => {
    expect(parseWrittenCitation(text)).toBeNull();
  });
});

describe('resolving and registering citations against the real statutes', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    await importLawPath(ctx, join(findRootDir(), '..', 'shared', 'data', 'laws'));
  });
  afterAll(async () => {
    await ctx.close();
  });
  const now = new Date('2026-11-26T04:00:00Z');

  it('finds 行政处罚法 第五十八条 by the short title, with its full text', async () => {
    const refs = await resolveWrittenCitation(ctx.db, '《行政处罚法》第五十八条第一款', { field: 'basis', now });
    expect(refs).toHaveLength(1);
    const [view] = await describeArticles(ctx.db, refs);
    expect(view).toMatchObject({
      lawTitle: '中华人民共和国行政处罚法',
      label: '第五十八条',
      detail: '第一款',
      citation: '《中华人民共和国行政处罚法》第五十八条第一款',
      status: 'in_force',
    });
    expect(view.text).toContain('法制审核');
    expect(view.text).toContain('（四）法律、法规规定应当进行法制审核的其他情形');
  });

  it('names the field when the law, the version on that date or the article is missing', async () => {
    const fail = async (text: string, on?: string) => {
      try {
        await resolveWrittenCitation(ctx.db, text, { field: 'rows.3.basis', now, on });
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        return Object.keys((e as AppError).fields);
      }
      throw new Error('resolved');
    };
    expect(await fail('《不存在的法》第一条')).toEqual(['rows.3.basis']);
    expect(await fail('《行政处罚法》第九百条')).toEqual(['rows.3.basis']);
    expect(await fail('《行政处罚法》第一条', '1990-01-01')).toEqual(['rows.3.basis']);
    expect(await fail('没有书名号')).toEqual(['rows.3.basis']);
  });

  it('replaces what a record cites, and refuses a reference to an article that does not exist', async () => {
    const refs = await resolveWrittenCitation(ctx.db, '《食品安全法》第一百二十四条、第一百二十五条', {
      field: 'basis',
      now,
    });
    const subject = {
      tenantId: '533401',
      agencyId: randomUUID(),
      kind: 'power_item' as const,
      id: randomUUID(),
      label: '测试职权',
    };
    const rowsOf = () =>
      ctx.db
        .select()
        .from(lawCitations)
        .where(and(eq(lawCitations.subjectKind, 'power_item'), eq(lawCitations.subjectId, subject.id)));
    await ctx.db.transaction((tx) => replaceCitations(tx, subject, { basis: refs }));
    expect((await rowsOf()).map((r) => r.articleSeq).sort((a, b) => a - b)).toEqual(
      refs.map((r) => r.articleSeq).sort((a, b) => a - b),
    );
    await ctx.db.transaction((tx) => replaceCitations(tx, subject, { basis: refs.slice(0, 1) }));
    expect(await rowsOf()).toHaveLength(1);
    const bad = ctx.db.transaction((tx) =>
      replaceCitations(tx, subject, { basis: [{ versionId: refs[0].versionId, articleSeq: 99_999 }] }),
    );
    await expect(bad).rejects.toMatchObject({ fields: { 'basis.0': expect.anything() } });
    expect(await rowsOf()).toHaveLength(1); // the refused replacement changed nothing
  });
});
