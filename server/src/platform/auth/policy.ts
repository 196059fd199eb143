// Permissions are pure functions of the actor, the permission and the subject's place (tenant, agency path).
import { isAdminRole, type Permission, ROLE_PERMISSIONS, type Role, type ScopeKind } from '../../../../contracts/roles';

export interface ActorGrant {
  id: string;
  role: Role;
  scopeKind: ScopeKind;
  scopeAgencyId: string | null;
  /** Materialised path of the scope agency (own_agency / agency_subtree). */
  scopeAgencyPath: string | null;
  scopeTenants: string[];
}

export interface Actor {
  accountId: string;
  username: string;
  displayName: string;
  tenantId: string;
  agencyId: string;
  agencyPath: string;
  grants: ActorGrant[];
  via: 'session' | 'token';
  /** For API tokens: the permissions the token carries (intersected with the account's). */
  tokenPermissions: Permission[] | null;
  sessionId: string | null;
  mfaEnabled: boolean;
  mfaSetupRequired: boolean;
  mustChangePassword: boolean;
}

/** A resolved data scope: rows are reachable when they match any one scope. */
export type Scope =
  | { kind: 'agency'; tenantId: string; agencyId: string }
  | { kind: 'subtree'; tenantId: string; path: string }
  | { kind: 'tenants'; tenantIds: string[] };

export interface Subject {
  tenantId: string;
  /** The subject's agency path; omitted for tenant-level subjects (policy, access log, the tenant itself). */
  agencyPath?: string | null;
}

export function permissionsOf(actor: Actor): Permission[] {
  const set = new Set<Permission>();
  for (const g of actor.grants) for (const p of ROLE_PERMISSIONS[g.role]) set.add(p);
  const all = [...set];
  return actor.tokenPermissions ? all.filter((p) => actor.tokenPermissions!.includes(p)) : all;
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return permissionsOf(actor).includes(permission);
}

export function isAdministrator(actor: Actor): boolean {
  return actor.grants.some((g) => isAdminRole(g.role));
}

/** The scopes in which the actor holds `permission`, resolved to tenants and agency paths. */
export function scopesFor(actor: Actor, permission: Permission): Scope[] {
  if (actor.tokenPermissions && !actor.tokenPermissions.includes(permission)) return [];
  const scopes: Scope[] = [];
  for (const g of actor.grants) {
    if (!ROLE_PERMISSIONS[g.role].includes(permission)) continue;
    switch (g.scopeKind) {
      case 'own_agency':
        scopes.push({ kind: 'agency', tenantId: actor.tenantId, agencyId: g.scopeAgencyId ?? actor.agencyId });
        break;
      case 'agency_subtree':
        scopes.push({ kind: 'subtree', tenantId: actor.tenantId, path: g.scopeAgencyPath ?? actor.agencyPath });
        break;
      case 'tenant':
        scopes.push({ kind: 'tenants', tenantIds: [actor.tenantId] });
        break;
      case 'tenants':
        scopes.push({ kind: 'tenants', tenantIds: g.scopeTenants });
        break;
      default: {
        const never: never = g.scopeKind;
        throw new Error(`unknown scope kind ${String(never)}`);
      }
    }
  }
  return scopes;
}

function agencyIdOfPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/** Does one scope reach the subject? Tenant-level subjects are reached only by tenant-wide scopes. */
export function scopeCovers(scope: Scope, subject: Subject): boolean {
  switch (scope.kind) {
    case 'tenants':
      return scope.tenantIds.includes(subject.tenantId);
    case 'agency':
      return (
        scope.tenantId === subject.tenantId &&
        !!subject.agencyPath &&
        agencyIdOfPath(subject.agencyPath) === scope.agencyId
      );
    case 'subtree':
      return scope.tenantId === subject.tenantId && !!subject.agencyPath && subject.agencyPath.startsWith(scope.path);
  }
}

export function can(actor: Actor, permission: Permission, subject: Subject): boolean {
  return scopesFor(actor, permission).some((s) => scopeCovers(s, subject));
}

/** Tenants in which the actor holds the permission over the whole tenant. */
export function tenantsWithWholeScope(actor: Actor, permission: Permission): string[] {
  return [...new Set(scopesFor(actor, permission).flatMap((s) => (s.kind === 'tenants' ? s.tenantIds : [])))];
}

/** Tenants the actor can reach at all with the permission (whole or part). */
export function tenantsReachable(actor: Actor, permission: Permission): string[] {
  return [...new Set(scopesFor(actor, permission).flatMap((s) => (s.kind === 'tenants' ? s.tenantIds : [s.tenantId])))];
}

/** Is scope `inner` within what `outer` scopes reach? (No one grants more than they hold.) */
export function scopeWithin(inner: Scope, outers: Scope[]): boolean {
  return outers.some((o) => {
    if (o.kind === 'tenants') {
      return inner.kind === 'tenants'
        ? inner.tenantIds.every((t) => o.tenantIds.includes(t))
        : o.tenantIds.includes(inner.tenantId);
    }
    if (inner.kind === 'tenants') return false;
    if (o.tenantId !== inner.tenantId) return false;
    if (o.kind === 'agency') return inner.kind === 'agency' && inner.agencyId === o.agencyId;
    if (inner.kind === 'subtree') return inner.path.startsWith(o.path);
    return false; // an own_agency scope inside a subtree needs the agency's path: resolved by the caller
  });
}

/** A grant's reach, as stored: what `grantWithin` compares against the actor's own scopes. */
export interface GrantReach {
  tenantId: string;
  scopeKind: ScopeKind;
  scopeAgencyPath: string | null;
  scopeTenants: string[];
}

/**
 * Is everything the grant reaches also reached by the actor's scopes for `permission`? Used so that no one
 * grants, revokes, takes over (password reset) or mints a token for more than they themselves hold.
 */
export function grantWithin(actor: Actor, permission: Permission, g: GrantReach): boolean {
  const own = scopesFor(actor, permission);
  const whole = (t: string) => own.some((s) => s.kind === 'tenants' && s.tenantIds.includes(t));
  switch (g.scopeKind) {
    case 'own_agency':
      return !!g.scopeAgencyPath && can(actor, permission, { tenantId: g.tenantId, agencyPath: g.scopeAgencyPath });
    case 'agency_subtree':
      // The whole subtree must be reached: by a tenant-wide scope or a subtree scope at or above it.
      return (
        !!g.scopeAgencyPath &&
        (whole(g.tenantId) ||
          own.some((s) => s.kind === 'subtree' && s.tenantId === g.tenantId && g.scopeAgencyPath!.startsWith(s.path)))
      );
    case 'tenant':
      return whole(g.tenantId);
    case 'tenants':
      return g.scopeTenants.every(whole);
  }
}
