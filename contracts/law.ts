// The law library (法律法规库): request/response shapes.
import { z } from 'zod';

export const LAW_LEVELS = [
  'law',
  'administrative_regulation',
  'local_regulation',
  'rule',
  'normative_document',
  'other',
] as const;
export const LAW_LEVEL_LABELS: Record<(typeof LAW_LEVELS)[number], { zh: string; en: string }> = {
  law: { zh: '法律', en: 'Law' },
  administrative_regulation: { zh: '行政法规', en: 'Administrative regulation' },
  local_regulation: { zh: '地方性法规', en: 'Local regulation' },
  rule: { zh: '规章', en: 'Rule' },
  normative_document: { zh: '规范性文件', en: 'Normative document' },
  other: { zh: '其他', en: 'Other' },
};
export const LAW_STATUSES = ['in_force', 'amended', 'repealed', 'not_yet_in_force'] as const;
export const LAW_STATUS_LABELS: Record<(typeof LAW_STATUSES)[number], { zh: string; en: string }> = {
  in_force: { zh: '现行有效', en: 'In force' },
  amended: { zh: '已被修改', en: 'Amended' },
  repealed: { zh: '已废止', en: 'Repealed' },
  not_yet_in_force: { zh: '尚未施行', en: 'Not yet in force' },
};

export const lawVersionSummary = z.object({
  id: z.string(),
  versionDate: z.string(),
  adoptedDate: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  repealedDate: z.string().nullable(),
  documentNumber: z.string().nullable(),
  /** As of today (Asia/Shanghai): a version whose effective date is still ahead reads 'not_yet_in_force'. */
  status: z.enum(LAW_STATUSES),
  articleCount: z.number(),
});
export const lawView = z.object({
  id: z.string(),
  title: z.string(),
  level: z.enum(LAW_LEVELS),
  issuingBody: z.string().nullable(),
  versions: z.array(lawVersionSummary),
});
export type LawView = z.infer<typeof lawView>;

export const lawArticleView = z.object({
  seq: z.number(),
  number: z.number(),
  suffix: z.number(),
  label: z.string(),
  chapter: z.string().nullable(),
  section: z.string().nullable(),
  text: z.string(),
});
export const lawVersionView = z.object({
  law: lawView.omit({ versions: true }),
  version: lawVersionSummary.extend({ history: z.array(z.string()), sourceName: z.string() }),
  articles: z.array(lawArticleView),
});
export type LawVersionView = z.infer<typeof lawVersionView>;

/** Corrections the justice bureau makes to what the importer inferred or could not know. */
export const lawUpdateBody = z
  .strictObject({
    level: z.enum(LAW_LEVELS).optional(),
    issuingBody: z.string().trim().min(2).max(100).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change', path: ['level'] });
export const lawVersionUpdateBody = z
  .strictObject({
    documentNumber: z.string().trim().min(2).max(100).nullable().optional(),
    adoptedDate: z.iso.date().nullable().optional(),
    effectiveDate: z.iso.date().nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change', path: ['effectiveDate'] });

export const lawSearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(50),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
/** A hit: the article's text with the matched ranges ([start, end) in UTF-16 code units) to highlight. */
export const lawSearchHit = z.object({
  lawId: z.string(),
  title: z.string(),
  versionId: z.string(),
  versionDate: z.string(),
  status: z.enum(LAW_STATUSES),
  seq: z.number(),
  label: z.string(),
  chapter: z.string().nullable(),
  text: z.string(),
  highlights: z.array(z.tuple([z.number(), z.number()])),
  titleHighlights: z.array(z.tuple([z.number(), z.number()])),
});
export type LawSearchHit = z.infer<typeof lawSearchHit>;

/** A Markdown text as `content`, or a .docx file (the national law database's export) as `contentBase64`. */
export const lawImportBody = z
  .strictObject({
    fileName: z.string().trim().min(1).max(200),
    content: z.string().min(1).max(5_000_000).optional(),
    contentBase64: z.base64().min(4).max(8_000_000).optional(),
  })
  .refine((b) => (b.content === undefined) !== (b.contentBase64 === undefined), {
    message: 'content or contentBase64, exactly one',
    path: ['content'],
  });
export const lawImportReport = z.object({
  file: z.string(),
  title: z.string().nullable(),
  versionDate: z.string().nullable(),
  chapters: z.number(),
  sections: z.number(),
  articles: z.number(),
  unplaced: z.array(z.object({ line: z.number(), text: z.string(), reason: z.string() })),
  outcome: z.enum(['created', 'unchanged', 'conflict', 'failed']),
  message: z.string().nullable(),
  lawId: z.string().nullable(),
  versionId: z.string().nullable(),
  /** A newer version of a law already held: the law change recorded and how many review tasks it opened. */
  lawChange: z.object({ id: z.string(), reviewTasks: z.number() }).nullable(),
});
export type LawImportReport = z.infer<typeof lawImportReport>;

// ---------------------------------------------------------------------------------------------------------------
// Citations: a power, a benchmark, a catalogue rule, a threshold or a case cites an article of a version.

/** A reference to one article of one version; `detail` narrows it to a paragraph or item (第一款第（三）项). */
export const articleRef = z.strictObject({
  versionId: z.uuid(),
  articleSeq: z.number().int().min(1),
  detail: z.string().trim().max(100).optional(),
});
export type ArticleRef = z.infer<typeof articleRef>;

/** A reference as the reader sees it: the law, the version, the article's label and full text. */
export const articleRefView = z.object({
  versionId: z.string(),
  articleSeq: z.number(),
  detail: z.string().optional(),
  lawId: z.string(),
  lawTitle: z.string(),
  versionDate: z.string(),
  status: z.enum(LAW_STATUSES),
  label: z.string(),
  text: z.string(),
  /** 《中华人民共和国行政处罚法》第五十八条第一款 */
  citation: z.string(),
});
export type ArticleRefView = z.infer<typeof articleRefView>;

export const resolveCitationQuery = z.strictObject({
  text: z.string().trim().min(3).max(500),
  /** The date the cited version must be in force on (Asia/Shanghai calendar date); today when absent. */
  on: z.iso.date().optional(),
});
