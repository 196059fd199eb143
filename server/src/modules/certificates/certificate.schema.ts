// Enforcement certificates (执法证) and the history of every change of their state (who, when, why).
// The stored status is valid / suspended / revoked; 'expired' is read from expires_on (Asia/Shanghai date).
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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const certificates = pgTable(
  'certificates',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    number: text('number').notNull(),
    officerId: uuid('officer_id').notNull(),
    /** The agency the certificate was issued for (the officer's agency then); a transfer out suspends it. */
    agencyId: uuid('agency_id').notNull(),
    domains: text('domains')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** GB/T 2260 code of the issuing government's region. */
    region: text('region').notNull(),
    issuingAuthority: text('issuing_authority').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** The last day of validity (inclusive). */
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('valid'),
    /** 'platform' (issued here, eligibility checked), 'import' (historical, issued outside), 'seed' (demo). */
    source: text('source').notNull().default('platform'),
    /** Unguessable token printed as a QR code on the certificate: the public verification link carries it. */
    verifyToken: text('verify_token').notNull(),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('certificates_tenant_number_uq').on(t.tenantId, t.number),
    uniqueIndex('certificates_verify_token_uq').on(t.verifyToken),
    index('certificates_tenant_officer_idx').on(t.tenantId, t.officerId),
    index('certificates_tenant_expires_idx').on(t.tenantId, t.expiresOn),
    check('certificates_status_ck', sql`${t.status} in ('valid','suspended','revoked')`),
    check('certificates_source_ck', sql`${t.source} in ('platform','import','seed')`),
    check('certificates_dates_ck', sql`${t.expiresOn} >= ${t.issuedOn}`),
  ],
);

export const certificateEvents = pgTable(
  'certificate_events',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    certificateId: uuid('certificate_id').notNull(),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Insertion order, for events of the same instant (one request's clock). */
    seq: integer('seq').generatedAlwaysAsIdentity(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('certificate_events_certificate_idx').on(t.tenantId, t.certificateId),
  ],
);
