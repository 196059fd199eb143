// Criminal referral thresholds (涉嫌犯罪移送标准): per agency and violation type, the offence, its basis and the
// structured conditions on the facts. Seeded rows are demo data until the agency confirms them.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ArticleRef } from '../../../../contracts/law';
import type { ReferralCondition } from '../../../../contracts/referral-threshold';

export const referralThresholds = pgTable(
  'referral_thresholds',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    sector: text('sector').notNull(),
    violationType: text('violation_type').notNull(),
    offence: text('offence').notNull(),
    /** 刑法 and 立案追诉标准 as written: they are not in the law library. */
    criminalBasis: text('criminal_basis').notNull(),
    basisText: text('basis_text'),
    basisRefs: jsonb('basis_refs')
      .$type<ArticleRef[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    match: text('match').notNull(),
    conditions: jsonb('conditions').$type<ReferralCondition[]>().notNull(),
    demo: boolean('demo').notNull().default(false),
    status: text('status').notNull().default('pending'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by'),
    confirmedByName: text('confirmed_by_name'),
    note: text('note'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('referral_thresholds_agency_idx').on(t.tenantId, t.agencyId),
    check('referral_thresholds_match_ck', sql`${t.match} in ('any','all')`),
    check('referral_thresholds_status_ck', sql`${t.status} in ('pending','confirmed')`),
    check('referral_thresholds_confirmed_ck', sql`(${t.status} = 'confirmed') = (${t.confirmedAt} is not null)`),
  ],
);
