// Tables of the transfers module: transfer plans (调动计划, 补充计划) with their filing events, secondments (借调),
// the justice bureau's front-line minimums per agency (一线执法力量最低配置) and the tenant's secondment settings.
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
  uuid,
} from 'drizzle-orm/pg-core';

/** One item of a plan as stored (ids of officers and agencies; names kept as written for the record). */
export interface StoredTransferItem {
  id: string;
  kind: 'out' | 'in' | 'post';
  officerId: string | null;
  officerName: string | null;
  officerAgencyId: string | null;
  officerFrontLine: boolean | null;
  destinationAgencyId: string | null;
  destinationName: string | null;
  newPersonName: string | null;
  post: string | null;
  frontLine: boolean | null;
  effectiveDate: string;
  reason: string;
  executedAt: string | null;
  outcome: string | null;
}

export interface StoredBalance {
  current: number;
  projected: number;
  minimum: number | null;
  belowMinimum: boolean;
  outs: number;
  ins: number;
  toBackOffice: number;
  toFrontLine: number;
}

export const transferPlans = pgTable(
  'transfer_plans',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    state: text('state').notNull().default('draft'),
    items: jsonb('items').$type<StoredTransferItem[]>().notNull(),
    /** The balance at submission (kept for the record once the plan is decided or executed). */
    submittedBalance: jsonb('submitted_balance').$type<StoredBalance | null>(),
    balanceReason: text('balance_reason'),
    flagged: boolean('flagged').notNull().default(false),
    orgFiledOn: date('org_filed_on', { mode: 'string' }),
    orgDocumentNo: text('org_document_no'),
    reviewComments: text('review_comments'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByName: text('decided_by_name'),
    executedAt: timestamp('executed_at', { withTimezone: true }),
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('transfer_plans_agency_idx').on(t.tenantId, t.agencyId),
    index('transfer_plans_state_idx').on(t.tenantId, t.state),
    check(
      'transfer_plans_state_ck',
      sql`${t.state} in ('draft','submitted','returned','accepted','executed','withdrawn')`,
    ),
  ],
);

export const transferPlanEvents = pgTable(
  'transfer_plan_events',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    planId: uuid('plan_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    comments: text('comments'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('transfer_plan_events_plan_idx').on(t.tenantId, t.planId)],
);

export const secondments = pgTable(
  'secondments',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    officerId: uuid('officer_id').notNull(),
    /** The agency the officer is seconded from (their agency at the start). */
    agencyId: uuid('agency_id').notNull(),
    destination: text('destination').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    expectedEndDate: date('expected_end_date', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    reason: text('reason').notNull(),
    approvalDocNo: text('approval_doc_no').notNull(),
    note: text('note'),
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('secondments_agency_idx').on(t.tenantId, t.agencyId),
    index('secondments_officer_idx').on(t.tenantId, t.officerId),
    check('secondments_dates_ck', sql`${t.expectedEndDate} >= ${t.startDate}`),
  ],
);

export const agencyStaffingMinimums = pgTable(
  'agency_staffing_minimums',
  {
    tenantId: text('tenant_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    minimumFrontLine: integer('minimum_front_line').notNull(),
    basis: text('basis'),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.agencyId] }),
    check('agency_staffing_minimums_ck', sql`${t.minimumFrontLine} >= 0`),
  ],
);

export const transferSettings = pgTable('transfer_settings', {
  tenantId: text('tenant_id').primaryKey(),
  secondedSharePercent: integer('seconded_share_percent').notNull().default(10),
  maxSecondmentMonths: integer('max_secondment_months').notNull().default(6),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
