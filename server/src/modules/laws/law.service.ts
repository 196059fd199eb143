// Reading the law library: laws with their versions, a version's articles, and article search with highlights.
import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { LawSearchHit, LawVersionView, LawView } from '../../../../contracts/law';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { lawArticles, laws, lawVersions } from './law.schema';

type Level = LawView['level'];
type Status = LawView['versions'][number]['status'];

export async function listLaws(ex: Executor): Promise<LawView[]> {
  const rows = await ex
    .select({
      law: laws,
      version: lawVersions,
      articleCount: sql<number>`(select count(*)::int from law_articles a where a.version_id = ${lawVersions.id})`,
    })
    .from(laws)
    .innerJoin(lawVersions, eq(lawVersions.lawId, laws.id))
    .orderBy(asc(laws.title), desc(lawVersions.versionDate));
  const byLaw = new Map<string, LawView>();
  for (const r of rows) {
    const view = byLaw.get(r.law.id) ?? {
      id: r.law.id,
      title: r.law.title,
      level: r.law.level as Level,
      issuingBody: r.law.issuingBody,
      versions: [],
    };
    view.versions.push({
      id: r.version.id,
      versionDate: r.version.versionDate,
      adoptedDate: r.version.adoptedDate,
      status: r.version.status as Status,
      articleCount: r.articleCount,
    });
    byLaw.set(r.law.id, view);
  }
  return [...byLaw.values()];
}

export async function getLawVersion(ex: Executor, versionId: string): Promise<LawVersionView> {
  const [row] = await ex
    .select({ law: laws, version: lawVersions })
    .from(lawVersions)
    .innerJoin(laws, eq(laws.id, lawVersions.lawId))
    .where(eq(lawVersions.id, versionId));
  if (!row) throw notFound('not_found', { what: '法律法规版本' });
  const articles = await ex
    .select()
    .from(lawArticles)
    .where(eq(lawArticles.versionId, versionId))
    .orderBy(asc(lawArticles.seq));
  return {
    law: { id: row.law.id, title: row.law.title, level: row.law.level as Level, issuingBody: row.law.issuingBody },
    version: {
      id: row.version.id,
      versionDate: row.version.versionDate,
      adoptedDate: row.version.adoptedDate,
      status: row.version.status as Status,
      articleCount: articles.length,
      history: row.version.history,
      sourceName: row.version.sourceName,
    },
    articles: articles.map((a) => ({
      seq: a.seq,
      number: a.number,
      suffix: a.suffix,
      label: a.label,
      chapter: a.chapter,
      section: a.section,
      text: a.text,
    })),
  };
}

/** Every occurrence of `needle` in `text`, case-insensitively, as [start, end) ranges. */
export function highlightRanges(text: string, needle: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!needle) return ranges;
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = hay.indexOf(n); i !== -1; i = hay.indexOf(n, i + n.length)) ranges.push([i, i + n.length]);
  return ranges;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Finds articles whose text (or whose law's title) contains the words as typed: a substring match, so Chinese
 * needs no word segmentation (法制审核 finds 行政处罚法 第五十八条). Versions in force come first.
 */
export async function searchLaws(
  ex: Executor,
  q: string,
  limit: number,
): Promise<{ items: LawSearchHit[]; total: number }> {
  const pattern = `%${escapeLike(q)}%`;
  const where = or(ilike(lawArticles.text, pattern), ilike(laws.title, pattern))!;
  const base = ex
    .select({ law: laws, version: lawVersions, article: lawArticles })
    .from(lawArticles)
    .innerJoin(lawVersions, eq(lawVersions.id, lawArticles.versionId))
    .innerJoin(laws, eq(laws.id, lawVersions.lawId))
    .where(where);
  const [rows, total] = await Promise.all([
    base
      .orderBy(
        sql`case when ${lawVersions.status} = 'in_force' then 0 else 1 end`,
        sql`case when ${lawArticles.text} ilike ${pattern} then 0 else 1 end`,
        asc(laws.title),
        desc(lawVersions.versionDate),
        asc(lawArticles.seq),
      )
      .limit(limit),
    ex
      .select({ n: sql<number>`count(*)::int` })
      .from(lawArticles)
      .innerJoin(lawVersions, eq(lawVersions.id, lawArticles.versionId))
      .innerJoin(laws, eq(laws.id, lawVersions.lawId))
      .where(and(where)),
  ]);
  return {
    total: total[0]?.n ?? 0,
    items: rows.map((r) => ({
      lawId: r.law.id,
      title: r.law.title,
      versionId: r.version.id,
      versionDate: r.version.versionDate,
      status: r.version.status as Status,
      seq: r.article.seq,
      label: r.article.label,
      chapter: r.article.chapter,
      text: r.article.text,
      highlights: highlightRanges(r.article.text, q),
      titleHighlights: highlightRanges(r.law.title, q),
    })),
  };
}
