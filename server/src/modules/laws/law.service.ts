// Reading the law library: laws with their versions, a version's articles, and article search with highlights.
import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { LawSearchHit, LawVersionView, LawView } from '../../../../contracts/law';
import type { Executor, Tx } from '../../platform/db/client';
import type { WriteResult } from '../../platform/http/request';
import { invalidInput, notFound } from '../../platform/errors';
import { lawArticles, laws, lawVersions } from './law.schema';

type Level = LawView['level'];
type Status = LawView['versions'][number]['status'];

/** The status as of `today`: a version in force from a later date is not yet in force (GB: 尚未施行). */
export function statusOn(v: { status: string; effectiveDate: string | null }, today: string): Status {
  if (v.status === 'in_force' && v.effectiveDate && v.effectiveDate > today) return 'not_yet_in_force';
  return v.status as Status;
}

function versionSummary(v: typeof lawVersions.$inferSelect, articleCount: number, today: string) {
  return {
    id: v.id,
    versionDate: v.versionDate,
    adoptedDate: v.adoptedDate,
    effectiveDate: v.effectiveDate,
    repealedDate: v.repealedDate,
    documentNumber: v.documentNumber,
    status: statusOn(v, today),
    articleCount,
  };
}

export async function listLaws(ex: Executor, today: string): Promise<LawView[]> {
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
    view.versions.push(versionSummary(r.version, r.articleCount, today));
    byLaw.set(r.law.id, view);
  }
  return [...byLaw.values()];
}

export async function getLawVersion(ex: Executor, versionId: string, today: string): Promise<LawVersionView> {
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
      ...versionSummary(row.version, articles.length, today),
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

/** Corrects a law's level or issuing body (the importer infers them from the history). */
export async function updateLaw(
  tx: Tx,
  lawId: string,
  body: { level?: Level; issuingBody?: string | null },
): Promise<WriteResult<{ id: string }>> {
  const updated = await tx.update(laws).set(body).where(eq(laws.id, lawId)).returning({ id: laws.id });
  if (updated.length === 0) throw notFound('not_found', { what: '法律法规' });
  return { result: { id: lawId }, recordIds: [lawId], detail: body };
}

/** Records a version's document number and dates; an effective date must not precede adoption. */
export async function updateLawVersion(
  tx: Tx,
  versionId: string,
  body: { documentNumber?: string | null; adoptedDate?: string | null; effectiveDate?: string | null },
  today: string,
): Promise<WriteResult<LawVersionView>> {
  const [current] = await tx.select().from(lawVersions).where(eq(lawVersions.id, versionId)).for('update');
  if (!current) throw notFound('not_found', { what: '法律法规版本' });
  const adopted = body.adoptedDate !== undefined ? body.adoptedDate : current.adoptedDate;
  const effective = body.effectiveDate !== undefined ? body.effectiveDate : current.effectiveDate;
  if (adopted && effective && effective < adopted) throw invalidInput({ effectiveDate: 'effective_before_adopted' });
  await tx.update(lawVersions).set(body).where(eq(lawVersions.id, versionId));
  return { result: await getLawVersion(tx, versionId, today), recordIds: [versionId], detail: body };
}
