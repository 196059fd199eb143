// Discretion benchmarks (裁量基准): one row per violation per agency, its versions (draft → published, frozen,
// with an effective date), the exemption lists (不予处罚 / 首违不罚), and the tenant's level set.
import { sql } from 'drizzle-orm';
import {
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
import type { BenchmarkContent, ConditionGroup, LevelDef } from '../../../../contracts/benchmark';

export const benchmarks = pgTable(
  'benchmarks',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    code: text('code').notNull(),
    /** The violation as the latest version names it (for lists and search). */
    violation: text('violation').notNull(),
    /** The highest version number; the draft, when there is one, is always the highest. */
    latestVersion: integer('latest_version').notNull(),
    draftVersion: integer('draft_version'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('benchmarks_tenant_agency_code_uq').on(t.tenantId, t.agencyId, t.code),
    index('benchmarks_tenant_agency_idx').on(t.tenantId, t.agencyId),
  ],
);

export const benchmarkVersions = pgTable(
  'benchmark_versions',
  {
    tenantId: text('tenant_id').notNull(),
    benchmarkId: uuid('benchmark_id').notNull(),
    versionNo: integer('version_no').notNull(),
    status: text('status').notNull(),
    content: jsonb('content').$type<BenchmarkContent>().notNull(),
    /** Asia/Shanghai calendar date from which a published version applies. */
    effectiveFrom: date('effective_from', { mode: 'string' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.benchmarkId, t.versionNo] }),
    check('benchmark_versions_status_ck', sql`${t.status} in ('draft','published')`),
    check(
      'benchmark_versions_published_ck',
      sql`(${t.status} = 'draft') = (${t.effectiveFrom} is null and ${t.publishedAt} is null)`,
    ),
  ],
);

export const benchmarkExemptions = pgTable(
  'benchmark_exemptions',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    violation: text('violation').notNull(),
    benchmarkId: uuid('benchmark_id'),
    conditionsText: text('conditions_text').notNull(),
    conditions: jsonb('conditions').$type<ConditionGroup | null>(),
    basisText: text('basis_text').notNull(),
    basisRefs: jsonb('basis_refs').$type<ArticleRef[]>().notNull(),
    measures: text('measures').notNull().default(''),
    status: text('status').notNull().default('draft'),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('benchmark_exemptions_tenant_agency_code_uq').on(t.tenantId, t.agencyId, t.code),
    index('benchmark_exemptions_benchmark_idx').on(t.tenantId, t.benchmarkId),
    check('benchmark_exemptions_kind_ck', sql`${t.kind} in ('no_penalty','first_violation')`),
    check('benchmark_exemptions_status_ck', sql`${t.status} in ('draft','published','withdrawn')`),
  ],
);

export const benchmarkLevelSets = pgTable('benchmark_level_sets', {
  tenantId: text('tenant_id').primaryKey(),
  levels: jsonb('levels').$type<LevelDef[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
