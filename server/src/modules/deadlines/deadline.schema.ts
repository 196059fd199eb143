// Statutory deadlines (法定期限): the tenant's values for configurable rules (the decision period of 处罚法第六十条
// and its approved extension, the legal-review time limit), and an agency's own legal-review limit. The rules
// themselves are data in deadline-rules.ts; a missing row means the statutory default.
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const deadlineSettings = pgTable(
  'deadline_settings',
  {
    tenantId: text('tenant_id').notNull(),
    /** 'tenant' for the tenant-wide value, or the agency's id (text) for an agency's own value. */
    scopeKey: text('scope_key').notNull(),
    /** The agency for an agency-level value; null for the tenant-wide one. */
    agencyId: uuid('agency_id'),
    ruleId: text('rule_id').notNull(),
    /** The period in the rule's unit; null = the statutory (or tenant) default. */
    amount: integer('amount'),
    /** The most an approved extension may add, in the rule's extension unit; null = default. */
    extensionMax: integer('extension_max'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ name: 'deadline_settings_pk', columns: [t.tenantId, t.scopeKey, t.ruleId] }),
    check(
      'deadline_settings_scope_ck',
      sql`(${t.scopeKey} = 'tenant' and ${t.agencyId} is null) or (${t.agencyId} is not null and ${t.scopeKey} = ${t.agencyId}::text)`,
    ),
  ],
);
