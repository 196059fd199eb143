// What a caller sees of accounts, grants and tokens, with the abilities that drive the UI's buttons.
import type { AccountView, ApiTokenView, GrantView } from '../../../../contracts/account';
import { GRANTABLE_ROLES, type Permission, type Role, type ScopeKind } from '../../../../contracts/roles';
import { can, type Actor } from '../../platform/auth/policy';
import type { AccountRow, GrantRow } from './account.repository';

export function presentAccount(
  row: { account: AccountRow; agencyName: string; agencyPath: string },
  roles: Role[],
  actor: Actor,
  now: Date,
  /** False when the account holds grants beyond the actor's reach: then nobody here may change it. */
  takeable = true,
): AccountView {
  const a = row.account;
  const subject = { tenantId: a.tenantId, agencyPath: row.agencyPath };
  return {
    id: a.id,
    tenantId: a.tenantId,
    username: a.username,
    displayName: a.displayName,
    agency: { id: a.agencyId, name: row.agencyName },
    status: a.status as AccountView['status'],
    phoneMasked: a.phoneMasked,
    mfaEnabled: a.totpEnabled,
    lockedUntil: a.lockedUntil && a.lockedUntil > now ? a.lockedUntil.toISOString() : null,
    lastLoginAt: a.lastLoginAt?.toISOString() ?? null,
    mustChangePassword: a.mustChangePassword,
    roles,
    createdAt: a.createdAt.toISOString(),
    abilities: {
      update: takeable && can(actor, 'account.write', subject) && a.id !== actor.accountId,
      revealPhone: takeable && !!a.phoneEnc && can(actor, 'account.read_personal', subject),
      grant: can(actor, 'grant.write', subject) && a.id !== actor.accountId,
    },
  };
}

export function presentGrant(
  g: GrantRow,
  scopeAgencyName: string | null,
  accountAgencyPath: string,
  actor: Actor,
): GrantView {
  const grantable = actor.grants.some((ag) => GRANTABLE_ROLES[ag.role]?.includes(g.role as Role));
  return {
    id: g.id,
    accountId: g.accountId,
    role: g.role as Role,
    scopeKind: g.scopeKind as ScopeKind,
    scopeAgencyId: g.scopeAgencyId,
    scopeAgencyName,
    scopeTenants: g.scopeTenants,
    grantedBy: g.grantedBy,
    createdAt: g.createdAt.toISOString(),
    abilities: {
      revoke:
        grantable &&
        g.accountId !== actor.accountId &&
        can(actor, 'grant.write', { tenantId: g.tenantId, agencyPath: accountAgencyPath }),
    },
  };
}

export function presentApiToken(
  t: {
    id: string;
    tenantId: string;
    accountId: string;
    name: string;
    prefix: string;
    permissions: string[];
    expiresAt: Date;
    revokedAt: Date | null;
    lastUsedAt: Date | null;
    createdAt: Date;
  },
  username: string,
  agencyPath: string,
  actor: Actor,
): ApiTokenView {
  return {
    id: t.id,
    accountId: t.accountId,
    accountUsername: username,
    name: t.name,
    permissions: t.permissions as Permission[],
    prefix: t.prefix,
    expiresAt: t.expiresAt.toISOString(),
    revokedAt: t.revokedAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
    abilities: { revoke: !t.revokedAt && can(actor, 'api_token.write', { tenantId: t.tenantId, agencyPath }) },
  };
}
