// Annual filings (年度备案): one filing per agency, year and kind, its state and history (every transition with
// comments and actor). Documents are stored files (platform/files) listed on the filing.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import type { StoredDocumentView, TrainingPlanItem, WorkPlanItem } from '../../../../contracts/annual-filing';

export type StoredDocument = StoredDocumentView;

export const annualFilings = pgTable(
  'annual_filings',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    state: text('state').notNull().default('draft'),
    summary: text('summary').notNull().default(''),
    workItems: jsonb('work_items')
      .$type<WorkPlanItem[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    trainingItems: jsonb('training_items')
      .$type<TrainingPlanItem[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    documents: jsonb('documents')
      .$type<StoredDocument[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The first submission: what timeliness is judged by, even after a return and a resubmission. */
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedByName: text('submitted_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByName: text('decided_by_name'),
    reviewComments: text('review_comments'),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('annual_filings_agency_year_kind_uq').on(t.tenantId, t.agencyId, t.year, t.kind),
    index('annual_filings_year_idx').on(t.tenantId, t.year),
    check('annual_filings_state_ck', sql`${t.state} in ('draft','submitted','returned','accepted')`),
    check('annual_filings_kind_ck', sql`${t.kind} in ('enforcement_work_plan','training_plan','squad_training_plan')`),
  ],
);

export const annualFilingEvents = pgTable(
  'annual_filing_events',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    filingId: uuid('filing_id').notNull(),
    /** 1, 2, … per filing: the order of the history (two steps can share a timestamp). */
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    comments: text('comments'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('annual_filing_events_filing_seq_uq').on(t.tenantId, t.filingId, t.seq),
  ],
);
