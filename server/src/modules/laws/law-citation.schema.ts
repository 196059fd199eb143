// Who cites which article: every power, benchmark, catalogue rule, threshold and case that names an article of a
// version registers it here, so that a law change (立改废) finds everything it touches in one query.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const CITATION_SUBJECT_KINDS = ['power_item', 'benchmark', 'review_rule', 'referral_threshold', 'case'] as const;
export type CitationSubjectKind = (typeof CITATION_SUBJECT_KINDS)[number];

export const lawCitations = pgTable(
  'law_citations',
  {
    tenantId: text('tenant_id').notNull(),
    /** The agency that owns the citing record and answers for it when the law changes. */
    agencyId: uuid('agency_id').notNull(),
    subjectKind: text('subject_kind').notNull(),
    /** The stable id of the citing record (a power item, not one of its versions): its current content cites. */
    subjectId: uuid('subject_id').notNull(),
    /** What a reader of a review task sees: e.g. the power's code and name. */
    subjectLabel: text('subject_label').notNull(),
    /** Why it cites: 'basis' (legal basis), 'violated', 'penalty', … as the citing module defines. */
    role: text('role').notNull(),
    versionId: uuid('version_id').notNull(),
    articleSeq: integer('article_seq').notNull(),
    detail: text('detail'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.subjectKind, t.subjectId, t.role, t.versionId, t.articleSeq] }),
    index('law_citations_article_idx').on(t.versionId, t.articleSeq),
    check(
      'law_citations_kind_ck',
      sql`${t.subjectKind} in ('power_item','benchmark','review_rule','referral_threshold','case')`,
    ),
  ],
);
