// Citations of articles: parsing a written citation (《…》第X条), resolving it to the version in force on a date,
// describing references for readers, and registering what a record cites (law_citations) for law-change review.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { ArticleRef, ArticleRefView } from '../../../../contracts/law';
import type { Executor, Tx } from '../../platform/db/client';
import { AppError, invalidInput } from '../../platform/errors';
import { shanghaiDate } from '../../platform/legal-date';
import { lawCitations, type CitationSubjectKind } from './law-citation.schema';
import { chineseNumeral } from './law-markdown';
import { lawArticles, laws, lawVersions } from './law.schema';

type Status = ArticleRefView['status'];

/** One article named in a written citation: the law's title as written, the article, and any 款/项 detail. */
export interface WrittenCitation {
  title: string;
  number: number;
  suffix: number;
  detail?: string;
}

const NUM = '[零〇一二三四五六七八九十百千]+';
const ARTICLE_RE = new RegExp(`第(${NUM})条(?:之(${NUM}))?((?:第(?:${NUM}|（${NUM}）|\\(${NUM}\\))[款项目])*)`, 'g');

/**
 * Parses a written citation into articles: '《中华人民共和国食品安全法》第一百二十四条第一款第（三）项、第一百二十五条；
 * 《行政处罚法》第十条之一' → three articles of two laws. Articles before the first title are refused (null), as
 * is text with no article at all; anything between the articles (和, 、, 及, 的规定) is ignored.
 */
export function parseWrittenCitation(text: string): WrittenCitation[] | null {
  const out: WrittenCitation[] = [];
  const parts = text.split(/《/).slice(1);
  if (text.split('《')[0].match(/第.+条/)) return null;
  for (const part of parts) {
    const close = part.indexOf('》');
    if (close < 1) return null;
    const title = part.slice(0, close).trim();
    for (const m of part.slice(close + 1).matchAll(ARTICLE_RE)) {
      const number = chineseNumeral(m[1]);
      const suffix = m[2] === undefined ? 0 : chineseNumeral(m[2]);
      if (number === null || number < 1 || suffix === null) return null;
      out.push({ title, number, suffix, ...(m[3] ? { detail: m[3] } : {}) });
    }
  }
  return out.length ? out : null;
}

/** The titles a written title may stand for: as written, and with the national prefix the database export uses. */
function titleCandidates(title: string): string[] {
  return title.startsWith('中华人民共和国') ? [title] : [title, `中华人民共和国${title}`];
}

/**
 * Resolves a written citation to article references in the versions in force on `on` (Asia/Shanghai date, today
 * by default). Errors name `field`: an unknown law, no version in force on the date, or a missing article.
 */
export async function resolveWrittenCitation(
  ex: Executor,
  text: string,
  opts: { on?: string; field: string; now: Date },
): Promise<ArticleRef[]> {
  const written = parseWrittenCitation(text);
  const fail = (zh: string, en: string) => invalidInput({ [opts.field]: { key: 'invalid_input', text: { zh, en } } });
  if (!written) throw fail(`无法识别的法律依据：${text}`, `Not a citation this platform can read: ${text}`);
  const on = opts.on ?? shanghaiDate(opts.now);
  const refs: ArticleRef[] = [];
  for (const w of written) {
    const candidates = titleCandidates(w.title);
    const versions = await ex
      .select({ id: lawVersions.id, title: laws.title, from: lawVersions.versionDate, status: lawVersions.status })
      .from(lawVersions)
      .innerJoin(laws, eq(laws.id, lawVersions.lawId))
      .where(
        and(
          inArray(laws.title, candidates),
          sql`coalesce(${lawVersions.effectiveDate}, ${lawVersions.versionDate}) <= ${on}`,
          sql`(${lawVersions.repealedDate} is null or ${lawVersions.repealedDate} > ${on})`,
        ),
      )
      .orderBy(sql`coalesce(${lawVersions.effectiveDate}, ${lawVersions.versionDate}) desc`)
      .limit(1);
    const version = versions[0];
    if (!version) {
      throw fail(`法律法规库中没有《${w.title}》在 ${on} 有效的版本`, `No version of ${w.title} in force on ${on}`);
    }
    const [article] = await ex
      .select({ seq: lawArticles.seq })
      .from(lawArticles)
      .where(
        and(eq(lawArticles.versionId, version.id), eq(lawArticles.number, w.number), eq(lawArticles.suffix, w.suffix)),
      );
    if (!article) {
      const label = `第${w.number}条${w.suffix ? `之${w.suffix}` : ''}`;
      throw fail(
        `《${version.title}》（${version.from} 版）没有${label}`,
        `${version.title} (${version.from}) has no article ${w.number}${w.suffix ? `-${w.suffix}` : ''}`,
      );
    }
    refs.push({ versionId: version.id, articleSeq: article.seq, ...(w.detail ? { detail: w.detail } : {}) });
  }
  return refs;
}

/** A written basis split into one part per cited law: '《A》第一条、《B》第二条' → ['《A》第一条、', '《B》第二条']. */
export function citationSegments(text: string): string[] {
  return text
    .split(/(?=《)/)
    .map((s) => s.trim())
    .filter((s) => s.startsWith('《'));
}

export interface PartlyResolved {
  refs: ArticleRef[];
  /** Why a part did not resolve (a law not yet in the library, an article its version lacks, no article named). */
  problems: Array<{ zh: string; en: string }>;
}

/**
 * Resolves a written basis law by law, keeping what the library has: one law not imported yet must not hide the
 * articles of the others. For records that are stored with their written text and flagged until fully linked
 * (powers lists, seeded demo data); a form that must cite exactly uses resolveWrittenCitation instead.
 */
export async function resolveWrittenCitationPartly(
  ex: Executor,
  text: string,
  opts: { on?: string; now: Date },
): Promise<PartlyResolved> {
  const refs: ArticleRef[] = [];
  const problems: PartlyResolved['problems'] = [];
  const segments = citationSegments(text);
  if (segments.length === 0) {
    problems.push({
      zh: '依据中没有书名号标明的法律法规（《…》第X条）',
      en: 'The basis names no law in the form 《…》 followed by an article',
    });
  }
  const seen = new Set<string>();
  for (const segment of segments) {
    try {
      for (const r of await resolveWrittenCitation(ex, segment, { on: opts.on, field: 'basis', now: opts.now })) {
        const key = `${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`;
        if (!seen.has(key)) refs.push(r);
        seen.add(key);
      }
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const title = /《([^》]+)》/.exec(segment)?.[1] ?? segment;
      problems.push(err.fields.basis?.text ?? { zh: `未能关联《${title}》`, en: `Could not link ${title}` });
    }
  }
  return { refs, problems };
}

/** The references as readers see them, in the given order; references to unknown articles are left out. */
export async function describeArticles(ex: Executor, refs: readonly ArticleRef[]): Promise<ArticleRefView[]> {
  if (refs.length === 0) return [];
  const rows = await ex
    .select({
      versionId: lawArticles.versionId,
      seq: lawArticles.seq,
      label: lawArticles.label,
      text: lawArticles.text,
      lawId: laws.id,
      title: laws.title,
      versionDate: lawVersions.versionDate,
      status: lawVersions.status,
    })
    .from(lawArticles)
    .innerJoin(lawVersions, eq(lawVersions.id, lawArticles.versionId))
    .innerJoin(laws, eq(laws.id, lawVersions.lawId))
    .where(or(...refs.map((r) => and(eq(lawArticles.versionId, r.versionId), eq(lawArticles.seq, r.articleSeq)))));
  const byKey = new Map(rows.map((r) => [`${r.versionId}:${r.seq}`, r]));
  return refs.flatMap((ref) => {
    const r = byKey.get(`${ref.versionId}:${ref.articleSeq}`);
    if (!r) return [];
    return [
      {
        versionId: ref.versionId,
        articleSeq: ref.articleSeq,
        ...(ref.detail ? { detail: ref.detail } : {}),
        lawId: r.lawId,
        lawTitle: r.title,
        versionDate: r.versionDate,
        status: r.status as Status,
        label: r.label,
        text: r.text,
        citation: `《${r.title}》${r.label}${ref.detail ?? ''}`,
      },
    ];
  });
}

/** Throws, naming `field.i`, for any reference to an article that does not exist. */
export async function checkArticleRefs(ex: Executor, refs: readonly ArticleRef[], field: string): Promise<void> {
  const found = await describeArticles(ex, refs);
  const known = new Set(found.map((f) => `${f.versionId}:${f.articleSeq}`));
  const missing = refs.findIndex((r) => !known.has(`${r.versionId}:${r.articleSeq}`));
  if (missing >= 0) {
    throw invalidInput({
      [`${field}.${missing}`]: {
        key: 'invalid_input',
        text: { zh: '所引条文不在法律法规库中', en: 'The cited article is not in the law library' },
      },
    });
  }
}

export interface CitingSubject {
  tenantId: string;
  agencyId: string;
  kind: CitationSubjectKind;
  id: string;
  label: string;
}

/**
 * Records what a record currently cites, replacing what it cited before; call it in the transaction that changes
 * the record. `citations` maps a role ('basis', 'violated', 'penalty', …) to its references; a reference to an
 * article that does not exist is refused naming `${field}.${role}.${i}` (or the field the caller passes per role).
 */
export async function replaceCitations(
  tx: Tx,
  subject: CitingSubject,
  citations: Record<string, readonly ArticleRef[]>,
  fieldFor: (role: string) => string = (role) => role,
): Promise<void> {
  for (const [role, refs] of Object.entries(citations)) await checkArticleRefs(tx, refs, fieldFor(role));
  await tx
    .delete(lawCitations)
    .where(
      and(
        eq(lawCitations.tenantId, subject.tenantId),
        eq(lawCitations.subjectKind, subject.kind),
        eq(lawCitations.subjectId, subject.id),
      ),
    );
  const rows = Object.entries(citations).flatMap(([role, refs]) => {
    const seen = new Set<string>();
    return refs.flatMap((r) => {
      const key = `${r.versionId}:${r.articleSeq}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        {
          tenantId: subject.tenantId,
          agencyId: subject.agencyId,
          subjectKind: subject.kind,
          subjectId: subject.id,
          subjectLabel: subject.label,
          role,
          versionId: r.versionId,
          articleSeq: r.articleSeq,
          detail: r.detail ?? null,
        },
      ];
    });
  });
  if (rows.length) await tx.insert(lawCitations).values(rows);
}

/** Removes a record's citations (it was cancelled or deleted). */
export async function clearCitations(tx: Tx, subject: Pick<CitingSubject, 'tenantId' | 'kind' | 'id'>): Promise<void> {
  await tx
    .delete(lawCitations)
    .where(
      and(
        eq(lawCitations.tenantId, subject.tenantId),
        eq(lawCitations.subjectKind, subject.kind),
        eq(lawCitations.subjectId, subject.id),
      ),
    );
}

/** The citations of a version's articles (all articles, or the given ones), for the law-change review. */
export async function citationsOfVersion(ex: Executor, versionId: string, articleSeqs?: readonly number[]) {
  return ex
    .select()
    .from(lawCitations)
    .where(
      and(
        eq(lawCitations.versionId, versionId),
        articleSeqs?.length ? inArray(lawCitations.articleSeq, [...articleSeqs]) : undefined,
      ),
    )
    .orderBy(asc(lawCitations.tenantId), asc(lawCitations.agencyId), asc(lawCitations.subjectLabel));
}
