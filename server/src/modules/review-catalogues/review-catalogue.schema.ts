// Review catalogues (重大执法决定法制审核目录): one row per version of an agency's catalogue, and its rules. A rule
// keeps its id (rule_id) across versions, so a diff and the law-citation registry follow it.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ArticleRef } from '../../../../contracts/law';
import type { ReviewRuleCondition } from '../../../../contracts/review-catalogue';

export const reviewCatalogueVersions = pgTable(
  'review_catalogue_versions',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    /** 1, 2, 3 … per agency; a draft takes the next number when it is started. */
    versionNo: integer('version_no').notNull(),
    /** draft (being edited, at most one per agency) or published (never changed again). */
    status: text('status').notNull(),
    /** The first day a published version is in force (Asia/Shanghai calendar date). */
    effectiveFrom: date('effective_from', { mode: 'string' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    publishedByName: text('published_by_name'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('review_catalogue_versions_no_uq').on(t.tenantId, t.agencyId, t.versionNo),
    uniqueIndex('review_catalogue_versions_draft_uq')
      .on(t.tenantId, t.agencyId)
      .where(sql`${t.status} = 'draft'`),
    check('review_catalogue_versions_status_ck', sql`${t.status} in ('draft','published')`),
    check(
      'review_catalogue_versions_published_ck',
      sql`(${t.status} = 'draft') = (${t.effectiveFrom} is null and ${t.publishedAt} is null)`,
    ),
  ],
);

export const reviewCatalogueRules = pgTable(
  'review_catalogue_rules',
  {
    tenantId: text('tenant_id').notNull(),
    versionId: uuid('version_id').notNull(),
    /** The rule's stable id across versions. */
    ruleId: uuid('rule_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    position: integer('position').notNull().default(0),
    title: text('title').notNull(),
    condition: jsonb('condition').$type<ReviewRuleCondition>().notNull(),
    basisText: text('basis_text'),
    basisRefs: jsonb('basis_refs')
      .$type<ArticleRef[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Seeded demonstration content, until the agency edits the rule. */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.versionId, t.ruleId] }),
    index('review_catalogue_rules_rule_idx').on(t.tenantId, t.ruleId),
  ],
);
