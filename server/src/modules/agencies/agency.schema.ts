// Agencies (执法主体) as a tree per tenant; `path` is the materialised path of ids for subtree scope.
import { sql } from 'drizzle-orm';
import {
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

export const agencies = pgTable(
  'agencies',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    parentId: uuid('parent_id'),
    path: text('path').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    legalStatus: text('legal_status').notNull(),
    uscc: text('uscc'),
    legalOfficeContact: jsonb('legal_office_contact').$type<{ name: string; phone: string } | null>(),
    status: text('status').notNull().default('active'),
    abolishedAt: timestamp('abolished_at', { withTimezone: true }),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('agencies_tenant_uscc_uq').on(t.tenantId, t.uscc),
    uniqueIndex('agencies_tenant_name_uq').on(t.tenantId, t.name),
    index('agencies_tenant_path_idx').on(t.tenantId, t.path),
    check('agencies_status_ck', sql`${t.status} in ('active','abolished')`),
  ],
);
