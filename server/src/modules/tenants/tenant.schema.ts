// Tenants (行政区划 deployments) and the shared region reference table.
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** GB/T 2260 region codes known to this deployment: shared reference data, no tenant_id. */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  parentCode: text('parent_code'),
});

/** A tenant is keyed by its own region code (533401); it is the root of tenancy, so its key is tenant_id. */
export const tenants = pgTable('tenants', {
  tenantId: text('tenant_id').primaryKey(),
  name: text('name').notNull(),
  parentCode: text('parent_code'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
