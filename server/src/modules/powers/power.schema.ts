// The powers list (权责清单): an item per power of an agency, its versions (each in force over [from, to)), the
// change requests filed with the justice bureau (备案) with their changes and events, and guidance notes left on
// delegated items by the department that delegated them.
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
import type { PowerSubItem } from '../../../../contracts/power';

type Localized = { zh: string; en: string };

/** The stable identity of a power: what cases, citations and guidance notes point to. */
export const powerItems = pgTable(
  'power_items',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    /** The code of the latest version (unique among the agency's items not cancelled). */
    code: text('code').notNull(),
    /** The latest accepted version (possibly taking effect later). */
    latestVersionId: uuid('latest_version_id').notNull(),
    /** The department that delegated it (latest version), so that department's users find it. */
    delegatedFromAgencyId: uuid('delegated_from_agency_id'),
    /** The date its cancellation takes effect; null while not cancelled. */
    cancelledOn: date('cancelled_on', { mode: 'string' }),
    cancelChangeId: uuid('cancel_change_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('power_items_agency_code_uq')
      .on(t.tenantId, t.agencyId, t.code)
      .where(sql`${t.cancelledOn} is null`),
    index('power_items_delegated_from_idx').on(t.tenantId, t.delegatedFromAgencyId),
  ],
);

export const powerItemVersions = pgTable(
  'power_item_versions',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    itemId: uuid('item_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    versionNo: integer('version_no').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    subItems: jsonb('sub_items').$type<PowerSubItem[]>().notNull(),
    basisText: text('basis_text').notNull(),
    basisRefs: jsonb('basis_refs').$type<ArticleRef[]>().notNull(),
    basisProblems: jsonb('basis_problems').$type<Localized[]>().notNull(),
    duty: text('duty').notNull(),
    accountability: text('accountability').notNull(),
    level: text('level').notNull(),
    delegatedFromAgencyId: uuid('delegated_from_agency_id'),
    delegatedToTownshipIds: uuid('delegated_to_township_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    remarks: text('remarks'),
    /** In force from this Asia/Shanghai date (inclusive) … */
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** … to this one (exclusive); null while it is the latest. */
    effectiveTo: date('effective_to', { mode: 'string' }),
    requestId: uuid('request_id').notNull(),
    changeId: uuid('change_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('power_item_versions_item_no_uq').on(t.tenantId, t.itemId, t.versionNo),
    index('power_item_versions_agency_idx').on(t.tenantId, t.agencyId, t.effectiveFrom),
    check(
      'power_item_versions_category_ck',
      sql`${t.category} in ('penalty','licence','coercion','inspection','levy','benefit','confirmation','reward','adjudication','other')`,
    ),
    check('power_item_versions_level_ck', sql`${t.level} in ('prefecture','county','township','county_township')`),
    check('power_item_versions_dates_ck', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
);

export const powerChangeRequests = pgTable(
  'power_change_requests',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    title: text('title').notNull(),
    state: text('state').notNull(),
    source: text('source').notNull().default('manual'),
    sourceFile: text('source_file'),
    /** How many times it was submitted (a returned request resubmitted counts again). */
    revision: integer('revision').notNull().default(0),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    submittedByName: text('submitted_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    reviewComments: text('review_comments'),
    effectiveDate: date('effective_date', { mode: 'string' }),
    backdateReason: text('backdate_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('power_change_requests_agency_idx').on(t.tenantId, t.agencyId, t.state),
    check('power_change_requests_state_ck', sql`${t.state} in ('draft','submitted','returned','accepted','withdrawn')`),
    check('power_change_requests_source_ck', sql`${t.source} in ('manual','import')`),
  ],
);

/** The proposed content of an add or modify, as saved (normalised, basis resolved on the day it was saved). */
export interface StoredPowerContent {
  code: string;
  name: string;
  category: string;
  subItems: PowerSubItem[];
  basisText: string;
  basisRefs: ArticleRef[];
  /** The user picked the articles; otherwise they are resolved again from basisText on the effective date. */
  basisRefsExplicit: boolean;
  basisProblems: Localized[];
  duty: string;
  accountability: string;
  level: string;
  delegatedFromAgencyId: string | null;
  delegatedToTownshipIds: string[];
  remarks: string | null;
}

export const powerChanges = pgTable(
  'power_changes',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    requestId: uuid('request_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    /** The item changed (modify, cancel), or the item an accepted add created. */
    itemId: uuid('item_id'),
    /** The item's latest version when the change was saved: accepting it over a newer one is refused. */
    baseVersionId: uuid('base_version_id'),
    reason: text('reason').notNull(),
    reasonText: text('reason_text').notNull(),
    content: jsonb('content').$type<StoredPowerContent | null>(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('power_changes_request_seq_uq').on(t.tenantId, t.requestId, t.seq),
    check('power_changes_kind_ck', sql`${t.kind} in ('add','modify','cancel')`),
    check('power_changes_reason_ck', sql`${t.reason} in ('institutional_reform','law_change','delegation','other')`),
  ],
);

/** Every step of a change request: who did what, when, with which comments. */
export const powerRequestEvents = pgTable(
  'power_request_events',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    requestId: uuid('request_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    comments: text('comments'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('power_request_events_request_idx').on(t.tenantId, t.requestId),
  ],
);

/** 指导意见: a note from the department that delegated a power, on the township's item. */
export const powerGuidanceNotes = pgTable(
  'power_guidance_notes',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    itemId: uuid('item_id').notNull(),
    /** The township that holds the item. */
    agencyId: uuid('agency_id').notNull(),
    authorAgencyId: uuid('author_agency_id').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('power_guidance_notes_item_idx').on(t.tenantId, t.itemId)],
);
