// The access log: append-only (the application role may only SELECT and INSERT; a trigger refuses the rest).
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const accessLog = pgTable(
  'access_log',
  {
    tenantId: text('tenant_id').notNull(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    actorTenantId: text('actor_tenant_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    method: text('method').notNull(),
    route: text('route').notNull(),
    action: text('action').notNull(),
    recordIds: text('record_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    outcome: text('outcome').notNull(),
    statusCode: integer('status_code').notNull(),
    requestId: text('request_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('access_log_tenant_at_idx').on(t.tenantId, t.at),
    index('access_log_tenant_actor_idx').on(t.tenantId, t.actorUsername, t.at),
  ],
);
