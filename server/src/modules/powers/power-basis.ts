// The legal basis of a power: the text agencies write (《…》第X条…; several laws, one per 《》) resolved law by law
// to articles of the version in force on a date. What does not resolve (a law not yet in the library, an article
// the version lacks, a citation without an article) is kept as a problem, so that the item can still be stored,
// flagged 依据未关联, and linked later.
import type { ArticleRef } from '../../../../contracts/law';
import type { Executor } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { resolveWrittenCitation } from '../laws/law-citation.service';

export interface Localized {
  zh: string;
  en: string;
}

export interface ResolvedBasis {
  refs: ArticleRef[];
  problems: Localized[];
}

/** The text split into one part per cited law: '《A》第一条、《B》第二条' → ['《A》第一条、', '《B》第二条']. */
export function basisSegments(text: string): string[] {
  return text
    .split(/(?=《)/)
    .map((s) => s.trim())
    .filter((s) => s.startsWith('《'));
}

export async function resolveBasis(
  ex: Executor,
  text: string,
  opts: { on: string; now: Date },
): Promise<ResolvedBasis> {
  const refs: ArticleRef[] = [];
  const problems: Localized[] = [];
  const segments = basisSegments(text);
  if (segments.length === 0) {
    problems.push({
      zh: '实施依据中没有书名号标明的法律法规（《…》第X条）',
      en: 'The basis names no law in the form 《…》 followed by an article',
    });
  }
  for (const segment of segments) {
    try {
      refs.push(...(await resolveWrittenCitation(ex, segment, { on: opts.on, field: 'basisText', now: opts.now })));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const text = err.fields.basisText?.text;
      const title = /《([^》]+)》/.exec(segment)?.[1] ?? segment;
      problems.push(text ?? { zh: `未能关联《${title}》`, en: `Could not link ${title}` });
    }
  }
  const seen = new Set<string>();
  const unique = refs.filter((r) => {
    const key = `${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { refs: unique, problems };
}
