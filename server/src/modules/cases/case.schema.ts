// Cases (案件) and what hangs on them: parties (personal data SM4-encrypted, masked copies for lists), handlers,
// the event log (each event hashed with SM3 onto the previous one: the full-process record's leaves), the deadlines
// computed by the deadline engine (stored with their explanation and calendar version), suspensions, legal reviews,
// and the gapless case-number counters. Only case-transition.ts writes a case's state.
import { sql } from 'drizzle-orm';
import {
  bigint,
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

export const cases = pgTable(
  'cases',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    procedureVersion: integer('procedure_version').notNull(),
    kind: text('kind').notNull(),
    state: text('state').notNull(),
    /** The state before a suspension (中止), to return to on resumption. */
    previousState: text('previous_state'),
    ended: boolean('ended').notNull().default(false),
    number: text('number'),
    numberYear: integer('number_year'),
    numberSeq: integer('number_seq'),
    title: text('title').notNull(),
    source: text('source').notNull(),
    sourceRef: text('source_ref'),
    domain: text('domain').notNull(),
    powerItemId: uuid('power_item_id'),
    powerVersionId: uuid('power_version_id'),
    actDate: date('act_date', { mode: 'string' }),
    harmsLifeHealthFinance: boolean('harms_life_health_finance').notNull().default(false),
    limitationNote: text('limitation_note'),
    facts: text('facts'),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    openedOn: date('opened_on', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    servedOn: date('served_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    /** The proposal (拟处罚意见) with the benchmark's level and range, and whether it left the range. */
    proposal: jsonb('proposal'),
    /** The penalty as notified (告知): the decision may not be heavier (处罚法 第四十五条). */
    notifiedPenalty: jsonb('notified_penalty'),
    decision: jsonb('decision'),
    reviewRequired: boolean('review_required').notNull().default(false),
    reviewReasons: jsonb('review_reasons')
      .notNull()
      .default(sql`'[]'::jsonb`),
    reviewOutcome: text('review_outcome'),
    collectiveDiscussionRequired: boolean('collective_discussion_required').notNull().default(false),
    hearing: jsonb('hearing'),
    service: jsonb('service'),
    referralFlagged: boolean('referral_flagged').notNull().default(false),
    referralReasons: jsonb('referral_reasons')
      .notNull()
      .default(sql`'[]'::jsonb`),
    fineFen: bigint('fine_fen', { mode: 'number' }),
    paidFen: bigint('paid_fen', { mode: 'number' }).notNull().default(0),
    /** Remedy periods (review, litigation) during which the surcharge does not run: [{kind, from, to}]. */
    remedies: jsonb('remedies')
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Number of events; the next event's seq is eventCount + 1. */
    eventCount: integer('event_count').notNull().default(0),
    lastEventOn: date('last_event_on', { mode: 'string' }).notNull(),
    lastHash: text('last_hash').notNull(),
    createdBy: uuid('created_by'),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('cases_tenant_agency_idx').on(t.tenantId, t.agencyId, t.registeredOn),
    uniqueIndex('cases_agency_number_uq').on(t.tenantId, t.agencyId, t.number),
    index('cases_tenant_state_idx').on(t.tenantId, t.ended, t.state),
    check(
      'cases_source_ck',
      sql`${t.source} in ('inspection','complaint','transfer_in','referral_from_above','aggregated_data','self_report','other')`,
    ),
    check('cases_fine_ck', sql`${t.fineFen} is null or ${t.fineFen} >= 0`),
  ],
);

export const caseParties = pgTable(
  'case_parties',
  {
    tenantId: text('tenant_id').notNull(),
    caseId: uuid('case_id').notNull(),
    id: uuid('id').notNull(),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    /** USCC in clear (public by law); a resident ID encrypted, masked, and digested for search. */
    idNumberEnc: text('id_number_enc'),
    idNumberMasked: text('id_number_masked').notNull(),
    idNumberDigest: text('id_number_digest').notNull(),
    legalRepresentative: text('legal_representative'),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    addressEnc: text('address_enc'),
    addressMasked: text('address_masked'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.caseId, t.id] }),
    index('case_parties_digest_idx').on(t.tenantId, t.idNumberDigest),
    check('case_parties_type_ck', sql`${t.type} in ('natural_person','organisation')`),
  ],
);

export const caseHandlers = pgTable(
  'case_handlers',
  {
    tenantId: text('tenant_id').notNull(),
    caseId: uuid('case_id').notNull(),
    officerId: uuid('officer_id').notNull(),
    lead: boolean('lead').notNull().default(false),
    seq: integer('seq').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.caseId, t.officerId] }),
    index('case_handlers_officer_idx').on(t.tenantId, t.officerId),
  ],
);

export const caseEvents = pgTable(
  'case_events',
  {
    tenantId: text('tenant_id').notNull(),
    caseId: uuid('case_id').notNull(),
    seq: integer('seq').notNull(),
    id: uuid('id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorName: text('actor_name'),
    /** The legal date the step happened (Asia/Shanghai). */
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    payload: jsonb('payload').notNull(),
    summary: text('summary'),
    /** SM3(previous hash ‖ canonical JSON of this event): the record cannot be changed without breaking the chain. */
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.caseId, t.seq] })],
);

export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    tenantId: text('tenant_id').notNull(),
    caseId: uuid('case_id').notNull(),
    slot: text('slot').notNull(),
    ruleId: text('rule_id').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    startAt: timestamp('start_at', { withTimezone: true }),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    status: text('status').notNull().default('running'),
    metOn: date('met_on', { mode: 'string' }),
    provisional: boolean('provisional').notNull().default(false),
    flags: jsonb('flags')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    explanation: jsonb('explanation').notNull(),
    calendarVersion: text('calendar_version').notNull(),
    /** Extensions granted (with approval): [{amount, approvedOn, reason}]. */
    extensions: jsonb('extensions')
      .notNull()
      .default(sql`'[]'::jsonb`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.caseId, t.slot] }),
    index('case_deadlines_due_idx').on(t.tenantId, t.status, t.dueOn),
    check('case_deadlines_status_ck', sql`${t.status} in ('running','met','missed','cancelled')`),
  ],
);

export const caseSuspensions = pgTable(
  'case_suspensions',
  {
    tenantId: text('tenant_id').notNull(),
    caseId: uuid('case_id').notNull(),
    seq: integer('seq').notNull(),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.caseId, t.seq] })],
);

export const caseReviews = pgTable(
  'case_reviews',
  {
    tenantId: text('tenant_id').notNull(),
    caseId: uuid('case_id').notNull(),
    seq: integer('seq').notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    reviewerAccountId: uuid('reviewer_account_id'),
    reviewerOfficerId: uuid('reviewer_officer_id'),
    reviewerName: text('reviewer_name'),
    outcome: text('outcome'),
    opinion: text('opinion'),
    decidedOn: date('decided_on', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.caseId, t.seq] }),
    check(
      'case_reviews_outcome_ck',
      sql`${t.outcome} is null or ${t.outcome} in ('agree','agree_with_changes','disagree')`,
    ),
  ],
);

/** Case numbers per agency, kind and year: incremented in the opening transaction, so no gaps and no duplicates. */
export const caseNumberSequences = pgTable(
  'case_number_sequences',
  {
    tenantId: text('tenant_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.agencyId, t.kind, t.year] })],
);

/** An agency's case-number pattern per kind (香市监罚〔{year}〕{seq}号); absent: derived from its name. */
export const caseNumberPatterns = pgTable(
  'case_number_patterns',
  {
    tenantId: text('tenant_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    kind: text('kind').notNull(),
    pattern: text('pattern').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.agencyId, t.kind] })],
);
