// The per-tenant security policy set by the security administrator.
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SecurityPolicy } from '../../../../contracts/account';

export const securityPolicies = pgTable('security_policies', {
  tenantId: text('tenant_id').primaryKey(),
  policy: jsonb('policy').$type<SecurityPolicy>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
