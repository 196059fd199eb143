// API tokens for other systems (数据归集, integrations): scoped to a subset of their account's permissions,
// expiring, revocable, stored only as a digest and shown once.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { ApiTokenView } from '../../../../contracts/account';
import { ROLE_PERMISSIONS, type Permission, type Role, type ScopeKind } from '../../../../contracts/roles';
import { grantWithin, scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import { digest, newSecret } from '../../platform/crypto/tokens';
import type { Executor, Tx } from '../../platform/db/client';
import { forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { agencies } from '../agencies/agency.schema';
import { accounts, apiTokens } from './account.schema';
import { activeGrantsOf, findAccountInScope, findApiTokenInScope, listApiTokens } from './account.repository';
import { presentApiToken } from './account.presenter';

const accountCols = { tenantId: accounts.tenantId, agencyId: accounts.agencyId, path: agencies.path };

export async function listTokens(ex: Executor, actor: Actor, tenant?: string): Promise<ApiTokenView[]> {
  const scope = and(
    agencyScopeWhere(scopesFor(actor, 'api_token.read'), accountCols),
    eq(accounts.tenantId, tenant ?? actor.tenantId),
  )!;
  const rows = await listApiTokens(ex, scope);
  return rows.map((r) => presentApiToken(r.token, r.username, r.agencyPath, actor));
}

/** Shanghai calendar date → the instant its day ends (tokens expire at the end of the named day, local time). */
function endOfShanghaiDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

export async function createToken(
  tx: Tx,
  actor: Actor,
  body: { accountId: string; name: string; permissions: Permission[]; expiresAt: string },
  now: Date,
): Promise<WriteResult<{ token: string; item: ApiTokenView }>> {
  const target = await findAccountInScope(
    tx,
    agencyScopeWhere(scopesFor(actor, 'api_token.write'), accountCols),
    body.accountId,
  );
  if (!target) throw invalidInput({ accountId: 'account_not_found' });
  const expiresAt = endOfShanghaiDay(body.expiresAt);
  if (expiresAt.getTime() <= now.getTime() + 86_400_000 - 1) throw invalidInput({ expiresAt: 'expires_in_past' });
  if (expiresAt.getTime() > now.getTime() + 366 * 86_400_000) throw invalidInput({ expiresAt: 'expires_too_far' });
  const grants = await activeGrantsOf(tx, target.account.tenantId, [body.accountId]);
  const held = new Set(grants.flatMap((g) => ROLE_PERMISSIONS[g.grant.role as Role]));
  if (!body.permissions.every((p) => held.has(p))) throw invalidInput({ permissions: 'token_permission_exceeds' });
  // The token acts with the account's scopes: each grant it would use must lie within the issuer's reach.
  const used = grants.filter((g) => ROLE_PERMISSIONS[g.grant.role as Role].some((p) => body.permissions.includes(p)));
  const within = used.every((g) =>
    grantWithin(actor, 'api_token.write', {
      ...g.grant,
      scopeKind: g.grant.scopeKind as ScopeKind,
      scopeAgencyPath: g.scopeAgencyPath,
    }),
  );
  if (!within) throw invalidInput({ accountId: 'token_scope_exceeds' });
  const tenantId = target.account.tenantId;
  const secret = newSecret();
  const id = randomUUID();
  const [row] = await tx
    .insert(apiTokens)
    .values({
      tenantId,
      id,
      accountId: body.accountId,
      name: body.name,
      tokenHash: digest(secret),
      prefix: `xzzf_${tenantId}_${secret.slice(0, 6)}`,
      permissions: [...new Set(body.permissions)],
      expiresAt,
      createdBy: actor.accountId,
      createdAt: now,
    })
    .returning();
  return {
    result: {
      token: `xzzf_${tenantId}_${secret}`,
      item: presentApiToken(row, target.account.username, target.agencyPath, actor),
    },
    recordIds: [id, body.accountId],
    tenantId,
    detail: { name: body.name, permissions: body.permissions },
  };
}

export async function revokeToken(tx: Tx, actor: Actor, id: string, now: Date): Promise<WriteResult<null>> {
  const row = await findApiTokenInScope(tx, agencyScopeWhere(scopesFor(actor, 'api_token.write'), accountCols), id);
  if (!row) {
    const readable = await findApiTokenInScope(
      tx,
      agencyScopeWhere(scopesFor(actor, 'api_token.read'), accountCols),
      id,
    );
    throw readable ? forbidden('out_of_scope') : notFound('not_found', { what: '令牌' });
  }
  await tx
    .update(apiTokens)
    .set({ revokedAt: row.token.revokedAt ?? now })
    .where(and(eq(apiTokens.tenantId, row.token.tenantId), eq(apiTokens.id, id)));
  return { result: null, recordIds: [id], tenantId: row.token.tenantId };
}
