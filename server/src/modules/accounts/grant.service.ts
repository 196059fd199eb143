// Role grants: who may do what, over which data. Enforces separation of the three administrators (三员分立)
// and that no one grants a role they may not grant or a scope wider than their own.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { GrantCreateBody, GrantView } from '../../../../contracts/account';
import { GRANTABLE_ROLES, isAdminRole, ROLE_LABELS, type Role, type ScopeKind } from '../../../../contracts/roles';
import { can, grantWithin, scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { agencies } from '../agencies/agency.schema';
import { findAgency } from '../agencies/agency.repository';
import { accounts, roleGrants } from './account.schema';
import {
  activeGrantsOf,
  countActiveHolders,
  findAccountInScope,
  findGrant,
  listGrantsInScope,
} from './account.repository';
import { presentGrant } from './account.presenter';

const accountCols = { tenantId: accounts.tenantId, agencyId: accounts.agencyId, path: agencies.path };

export function mayGrantRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((g) => GRANTABLE_ROLES[g.role]?.includes(role));
}

export async function listGrants(
  ex: Executor,
  actor: Actor,
  f: { tenant?: string; accountId?: string },
): Promise<GrantView[]> {
  const scope = and(
    agencyScopeWhere(scopesFor(actor, 'grant.read'), accountCols),
    eq(accounts.tenantId, f.tenant ?? actor.tenantId),
  )!;
  const rows = await listGrantsInScope(ex, scope, f.accountId);
  // The scope agency is named only when the reader's own scope reaches it.
  return rows.map((r) => {
    const visible =
      r.scopeAgencyPath && can(actor, 'grant.read', { tenantId: r.grant.tenantId, agencyPath: r.scopeAgencyPath });
    return presentGrant(r.grant, visible ? r.scopeAgencyName : null, r.agencyPath, actor);
  });
}

export async function createGrant(
  tx: Tx,
  actor: Actor,
  body: GrantCreateBody,
  now: Date,
): Promise<WriteResult<GrantView>> {
  const target = await findAccountInScope(
    tx,
    agencyScopeWhere(scopesFor(actor, 'grant.write'), accountCols),
    body.accountId,
  );
  if (!target) {
    const readable = await findAccountInScope(
      tx,
      agencyScopeWhere(scopesFor(actor, 'grant.read'), accountCols),
      body.accountId,
    );
    throw readable ? forbidden('out_of_scope') : invalidInput({ accountId: 'account_not_found' });
  }
  const tenantId = target.account.tenantId;
  if (body.accountId === actor.accountId) throw invalidInput({ accountId: 'grant_self' });
  if (!mayGrantRole(actor, body.role)) throw invalidInput({ role: 'role_not_grantable' });

  const existing = await activeGrantsOf(tx, tenantId, [body.accountId]);
  const admin = isAdminRole(body.role);
  if (existing.some((g) => (admin ? g.grant.role !== body.role : isAdminRole(g.grant.role as Role)))) {
    throw invalidInput({ role: 'admin_role_exclusive' });
  }

  let scopeAgencyId: string | null = null;
  let scopeTenants: string[] = [];
  switch (body.scopeKind) {
    case 'own_agency':
    case 'agency_subtree': {
      scopeAgencyId = body.scopeAgencyId ?? target.account.agencyId;
      const agency = await findAgency(tx, tenantId, scopeAgencyId);
      // One answer for "no such agency" and "not yours": existence outside the scope is not revealed.
      if (!agency || !can(actor, 'grant.write', { tenantId, agencyPath: agency.path })) {
        throw invalidInput({ scopeAgencyId: 'agency_not_found' });
      }
      const reach = { tenantId, scopeKind: body.scopeKind, scopeAgencyPath: agency.path, scopeTenants: [] };
      if (!grantWithin(actor, 'grant.write', reach)) throw invalidInput({ scopeKind: 'scope_exceeds_own' });
      break;
    }
    case 'tenant':
      if (
        !grantWithin(actor, 'grant.write', { tenantId, scopeKind: 'tenant', scopeAgencyPath: null, scopeTenants: [] })
      )
        throw invalidInput({ scopeKind: 'scope_exceeds_own' });
      break;
    case 'tenants': {
      scopeTenants = [...new Set(body.scopeTenants ?? [])];
      if (scopeTenants.length === 0) throw invalidInput({ scopeTenants: 'scope_tenants_required' });
      const reach = { tenantId, scopeKind: 'tenants' as const, scopeAgencyPath: null, scopeTenants };
      if (!grantWithin(actor, 'grant.write', reach)) throw invalidInput({ scopeTenants: 'scope_exceeds_own' });
      break;
    }
  }

  const duplicate = existing.some(
    (g) =>
      g.grant.role === body.role &&
      g.grant.scopeKind === body.scopeKind &&
      (g.grant.scopeAgencyId ?? null) === scopeAgencyId &&
      [...g.grant.scopeTenants].sort().join() === [...scopeTenants].sort().join(),
  );
  if (duplicate) throw conflict({ role: 'grant_exists' });

  const id = randomUUID();
  const [row] = await tx
    .insert(roleGrants)
    .values({
      tenantId,
      id,
      accountId: body.accountId,
      role: body.role,
      scopeKind: body.scopeKind,
      scopeAgencyId,
      scopeTenants,
      grantedBy: actor.accountId,
      createdAt: now,
    })
    .returning();
  const found = await findGrant(tx, tenantId, id);
  return {
    result: presentGrant(row, found?.scopeAgencyName ?? null, target.agencyPath, actor),
    recordIds: [id, body.accountId],
    tenantId,
    detail: { role: body.role, scopeKind: body.scopeKind, account: target.account.username },
  };
}

export async function revokeGrant(tx: Tx, actor: Actor, id: string, now: Date): Promise<WriteResult<null>> {
  const readScope = agencyScopeWhere(scopesFor(actor, 'grant.read'), accountCols);
  const rows = await listGrantsInScope(tx, and(readScope, eq(roleGrants.id, id))!);
  const row = rows[0];
  if (!row) throw notFound('not_found', { what: '授权' });
  const g = row.grant;
  const scopeAgencyPath = (await findGrant(tx, g.tenantId, id))?.scopeAgencyPath ?? null;
  // Revoking needs reach over the holder and over everything the grant itself reaches.
  if (
    !can(actor, 'grant.write', { tenantId: g.tenantId, agencyPath: row.agencyPath }) ||
    !mayGrantRole(actor, g.role as Role) ||
    !grantWithin(actor, 'grant.write', { ...g, scopeKind: g.scopeKind as ScopeKind, scopeAgencyPath })
  ) {
    throw forbidden();
  }
  if (g.accountId === actor.accountId) throw invalidInput({ accountId: 'grant_self' });
  if (isAdminRole(g.role as Role) && (await countActiveHolders(tx, g.tenantId, g.role)) <= 1) {
    throw conflict({ role: { key: 'last_admin', params: { role: ROLE_LABELS[g.role as Role].zh } } }, 'conflict');
  }
  await tx
    .update(roleGrants)
    .set({ revokedAt: now, revokedBy: actor.accountId })
    .where(and(eq(roleGrants.tenantId, g.tenantId), eq(roleGrants.id, id)));
  return {
    result: null,
    recordIds: [id, g.accountId],
    tenantId: g.tenantId,
    detail: { role: g.role, account: row.username },
  };
}
