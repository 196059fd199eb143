// Accounts, password history, role grants, sessions and API tokens.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const accounts = pgTable(
  'accounts',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    agencyId: uuid('agency_id').notNull(),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    totpSecretEnc: text('totp_secret_enc'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    totpLastCounter: integer('totp_last_counter'),
    /** SM4-encrypted mobile number (personal data); `phoneMasked` is what lists show. */
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    status: text('status').notNull().default('active'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('accounts_tenant_username_uq').on(t.tenantId, t.username),
    index('accounts_tenant_agency_idx').on(t.tenantId, t.agencyId),
    check('accounts_status_ck', sql`${t.status} in ('active','disabled')`),
  ],
);

export const passwordHistory = pgTable(
  'password_history',
  {
    tenantId: text('tenant_id').notNull(),
    accountId: uuid('account_id').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.accountId, t.createdAt] })],
);

export const roleGrants = pgTable(
  'role_grants',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    accountId: uuid('account_id').notNull(),
    role: text('role').notNull(),
    scopeKind: text('scope_kind').notNull(),
    scopeAgencyId: uuid('scope_agency_id'),
    scopeTenants: text('scope_tenants')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    grantedBy: uuid('granted_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('role_grants_account_idx').on(t.tenantId, t.accountId),
    check('role_grants_scope_ck', sql`${t.scopeKind} in ('own_agency','agency_subtree','tenant','tenants')`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tenantId: text('tenant_id').notNull(),
    /** SHA-256 of the cookie value: the cookie itself is never stored. */
    id: text('id').notNull(),
    accountId: uuid('account_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    accountId: uuid('account_id').notNull(),
    name: text('name').notNull(),
    /** SHA-256 of the secret part; the token is shown once at creation. */
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    permissions: text('permissions').array().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('api_tokens_hash_uq').on(t.tenantId, t.tokenHash)],
);
