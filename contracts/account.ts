// Accounts, sign-in, role grants, API tokens and the security policy: request/response shapes.
import { z } from 'zod';
import { PERMISSIONS, ROLES, SCOPE_KINDS, TOKEN_PERMISSIONS } from './roles';
import { tenantCode } from './tenant';

export const username = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, { error: 'username_format' });

export const mobilePhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { error: 'mobile_format' });

export const loginBody = z.strictObject({
  tenant: tenantCode.optional(),
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  totp: z
    .string()
    .regex(/^\d{6}$/, { error: 'totp_format' })
    .optional(),
});
export type LoginBody = z.infer<typeof loginBody>;

export const grantView = z.object({
  id: z.string(),
  accountId: z.string(),
  role: z.enum(ROLES),
  scopeKind: z.enum(SCOPE_KINDS),
  scopeAgencyId: z.string().nullable(),
  scopeAgencyName: z.string().nullable(),
  scopeTenants: z.array(z.string()),
  grantedBy: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ revoke: z.boolean() }),
});
export type GrantView = z.infer<typeof grantView>;

export const meView = z.object({
  account: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    mustChangePassword: z.boolean(),
  }),
  tenant: z.object({ code: z.string(), name: z.string() }),
  agency: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
  grants: z.array(grantView),
  permissions: z.array(z.enum(PERMISSIONS)),
  mfa: z.object({ enabled: z.boolean(), required: z.boolean(), setupRequired: z.boolean() }),
  session: z.object({ idleExpiresAt: z.string(), absoluteExpiresAt: z.string() }).nullable(),
});
export type MeView = z.infer<typeof meView>;

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const totpCodeBody = z.strictObject({
  totp: z.string().regex(/^\d{6}$/, { error: 'totp_format' }),
});
export const totpSetupView = z.object({ secret: z.string(), otpauthUrl: z.string() });

export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;

export const accountView = z.object({
  id: z.string(),
  tenantId: z.string(),
  username: z.string(),
  displayName: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: z.enum(ACCOUNT_STATUSES),
  phoneMasked: z.string().nullable(),
  mfaEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  mustChangePassword: z.boolean(),
  roles: z.array(z.enum(ROLES)),
  createdAt: z.string(),
  abilities: z.object({ update: z.boolean(), revealPhone: z.boolean(), grant: z.boolean() }),
});
export type AccountView = z.infer<typeof accountView>;

export const accountListQuery = z.strictObject({
  tenant: tenantCode.optional(),
  agencyId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
  status: z.enum(ACCOUNT_STATUSES).optional(),
});

export const accountCreateBody = z.strictObject({
  tenantId: tenantCode.optional(),
  username,
  displayName: z.string().trim().min(1).max(50),
  agencyId: z.uuid(),
  phone: mobilePhone.nullable().optional(),
  password: z.string().min(1).max(256),
});
export type AccountCreateBody = z.infer<typeof accountCreateBody>;

export const accountUpdateBody = z.strictObject({
  displayName: z.string().trim().min(1).max(50).optional(),
  agencyId: z.uuid().optional(),
  phone: mobilePhone.nullable().optional(),
  status: z.enum(ACCOUNT_STATUSES).optional(),
});

export const resetPasswordBody = z.strictObject({ password: z.string().min(1).max(256) });

export const grantListQuery = z.strictObject({
  tenant: tenantCode.optional(),
  accountId: z.uuid().optional(),
});

export const grantCreateBody = z.strictObject({
  accountId: z.uuid(),
  role: z.enum(ROLES),
  scopeKind: z.enum(SCOPE_KINDS),
  scopeAgencyId: z.uuid().nullable().optional(),
  scopeTenants: z.array(tenantCode).max(500).optional(),
});
export type GrantCreateBody = z.infer<typeof grantCreateBody>;

export const apiTokenView = z.object({
  id: z.string(),
  accountId: z.string(),
  accountUsername: z.string(),
  name: z.string(),
  permissions: z.array(z.enum(PERMISSIONS)),
  prefix: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ revoke: z.boolean() }),
});
export type ApiTokenView = z.infer<typeof apiTokenView>;

export const apiTokenCreateBody = z.strictObject({
  accountId: z.uuid(),
  name: z.string().trim().min(1).max(60),
  permissions: z.array(z.enum(TOKEN_PERMISSIONS)).min(1),
  expiresAt: z.iso.date(),
});

export const securityPolicy = z.strictObject({
  passwordMinLength: z.int().min(8).max(64),
  passwordMinClasses: z.int().min(2).max(4),
  passwordHistory: z.int().min(0).max(24),
  passwordMaxAgeDays: z.int().min(0).max(3650),
  lockoutThreshold: z.int().min(3).max(20),
  lockoutMinutes: z.int().min(1).max(1440),
  sessionIdleMinutes: z.int().min(5).max(480),
  sessionAbsoluteHours: z.int().min(1).max(72),
  mfaRequiredForAdmins: z.boolean(),
});
export type SecurityPolicy = z.infer<typeof securityPolicy>;

export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  passwordMinLength: 12,
  passwordMinClasses: 3,
  passwordHistory: 5,
  passwordMaxAgeDays: 90,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  mfaRequiredForAdmins: false,
};
