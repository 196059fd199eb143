// Law changes (立改废) and the review tasks they open: a change to a law version (amended, repealed, or replaced
// by a newly imported version) is shared reference data like the law itself; the tasks and their items belong to
// the tenant and agency whose powers, benchmarks, catalogue rules, thresholds or cases cite the changed text.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const lawChanges = pgTable(
  'law_changes',
  {
    id: uuid('id').primaryKey(),
    lawId: uuid('law_id').notNull(),
    /** The version whose text changed: what the citations point to. */
    versionId: uuid('version_id').notNull(),
    /** The version that replaces it (kind 'new_version'). */
    newVersionId: uuid('new_version_id'),
    kind: text('kind').notNull(),
    /** The articles concerned (seq in `version_id`); empty: the whole law. */
    articleSeqs: integer('article_seqs')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    /** For a new version: the articles of the old version whose text changed or which are gone. */
    changedArticleSeqs: integer('changed_article_seqs')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    note: text('note'),
    /** Who recorded it: tenant and account (null for the command line). */
    createdTenantId: text('created_tenant_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('law_changes_version_idx').on(t.versionId),
    check('law_changes_kind_ck', sql`${t.kind} in ('amended','repealed','new_version')`),
  ],
);

export const lawReviewTasks = pgTable(
  'law_review_tasks',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    changeId: uuid('change_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    status: text('status').notNull().default('open'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('law_review_tasks_change_idx').on(t.changeId),
    index('law_review_tasks_agency_idx').on(t.tenantId, t.agencyId, t.status),
    check('law_review_tasks_status_ck', sql`${t.status} in ('open','done')`),
  ],
);

/** One citing record of a task, and what the agency decided about it. */
export const lawReviewItems = pgTable(
  'law_review_items',
  {
    tenantId: text('tenant_id').notNull(),
    taskId: uuid('task_id').notNull(),
    seq: integer('seq').notNull(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: uuid('subject_id').notNull(),
    subjectLabel: text('subject_label').notNull(),
    role: text('role').notNull(),
    articleSeq: integer('article_seq').notNull(),
    articleLabel: text('article_label').notNull(),
    /** For a new version: whether the cited article's text changed (false: only re-pointing is needed). */
    textChanged: text('text_changed').notNull().default('yes'),
    outcome: text('outcome'),
    note: text('note'),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.taskId, t.seq] }),
    check(
      'law_review_items_outcome_ck',
      sql`${t.outcome} is null or ${t.outcome} in ('revised','unchanged','cancelled')`,
    ),
    check('law_review_items_text_changed_ck', sql`${t.textChanged} in ('yes','no','removed')`),
  ],
);
