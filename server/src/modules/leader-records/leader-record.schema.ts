// Leaders' records: legal study sessions of leading cadres (领导干部学法) and court appearances of agency heads
// (负责人出庭应诉, 行政诉讼法第三条第三款).
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { StoredDocumentView } from '../../../../contracts/annual-filing';
import type { ArticleRef } from '../../../../contracts/law';
import type { Participant } from '../../../../contracts/leader-record';

export const leaderStudySessions = pgTable(
  'leader_study_sessions',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** Null: the government's own session (市政府常务会议会前学法), reached only by whole-tenant scopes. */
    agencyId: uuid('agency_id'),
    kind: text('kind').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    lawsText: text('laws_text'),
    lawRefs: jsonb('law_refs')
      .$type<ArticleRef[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    lawProblems: jsonb('law_problems')
      .$type<Array<{ zh: string; en: string }>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    lecturer: text('lecturer'),
    participants: jsonb('participants').$type<Participant[]>().notNull(),
    /** Hours × 60: integer minutes, so sums stay exact. */
    minutes: integer('minutes').notNull(),
    note: text('note'),
    documents: jsonb('documents')
      .$type<StoredDocumentView[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('leader_study_sessions_date_idx').on(t.tenantId, t.date)],
);

export const leaderCourtAppearances = pgTable(
  'leader_court_appearances',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    court: text('court').notNull(),
    caseNumber: text('case_number').notNull(),
    cause: text('cause').notNull(),
    plaintiff: text('plaintiff'),
    hearingDate: date('hearing_date', { mode: 'string' }).notNull(),
    appeared: boolean('appeared').notNull(),
    appearedName: text('appeared_name'),
    appearedPost: text('appeared_post'),
    appearedRank: text('appeared_rank'),
    spoke: boolean('spoke').notNull().default(false),
    absenceReason: text('absence_reason'),
    delegateName: text('delegate_name'),
    delegatePost: text('delegate_post'),
    outcome: text('outcome').notNull().default('pending'),
    outcomeDate: date('outcome_date', { mode: 'string' }),
    note: text('note'),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('leader_court_appearances_date_idx').on(t.tenantId, t.hearingDate),
  ],
);
