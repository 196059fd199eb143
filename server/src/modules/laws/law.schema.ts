// The law library (法律法规库): shared reference data (no tenant_id), versioned; cases cite an article of a version.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const laws = pgTable('laws', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull().unique(),
  level: text('level').notNull(),
  issuingBody: text('issuing_body'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const lawVersions = pgTable(
  'law_versions',
  {
    id: uuid('id').primaryKey(),
    lawId: uuid('law_id').notNull(),
    /** The version's date: its promulgation or last amendment (Asia/Shanghai calendar date). */
    versionDate: date('version_date', { mode: 'string' }).notNull(),
    adoptedDate: date('adopted_date', { mode: 'string' }),
    effectiveDate: date('effective_date', { mode: 'string' }),
    repealedDate: date('repealed_date', { mode: 'string' }),
    status: text('status').notNull(),
    documentNumber: text('document_number'),
    history: text('history')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sourceName: text('source_name').notNull(),
    /** SHA-256 of the imported text: importing the same file again changes nothing. */
    contentHash: text('content_hash').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('law_versions_law_date_uq').on(t.lawId, t.versionDate),
    check('law_versions_status_ck', sql`${t.status} in ('in_force','amended','repealed','not_yet_in_force')`),
  ],
);

export const lawArticles = pgTable(
  'law_articles',
  {
    versionId: uuid('version_id').notNull(),
    seq: integer('seq').notNull(),
    number: integer('number').notNull(),
    suffix: integer('suffix').notNull().default(0),
    label: text('label').notNull(),
    chapter: text('chapter'),
    section: text('section'),
    /** The article's full text: paragraphs and items separated by newlines, without the label. */
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.seq] }),
    index('law_articles_number_idx').on(t.versionId, t.number, t.suffix),
  ],
);
