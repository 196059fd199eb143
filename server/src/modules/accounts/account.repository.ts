// Queries on accounts, grants, sessions and tokens. No rules here; writes take the transaction explicitly.
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { tenants } from '../tenants/tenant.schema';
import { accounts, apiTokens, passwordHistory, roleGrants, sessions } from './account.schema';

export type AccountRow = typeof accounts.$inferSelect;
export type GrantRow = typeof roleGrants.$inferSelect;

export async function findAccountByUsername(ex: Executor, tenantId: string, username: string) {
  const rows = await ex
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(sql`lower(${accounts.username})`, username.toLowerCase())))
    .limit(1);
  return rows[0] ?? null;
}

export async function findAccount(ex: Executor, tenantId: string, id: string) {
  const rows = await ex
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function lockAccountRow(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, id)))
    .for('update')
    .limit(1);
  return rows[0] ?? null;
}

/** The account with its agency, for building an actor. */
export async function findAccountWithAgency(ex: Executor, tenantId: string, id: string) {
  const rows = await ex
    .select({
      account: accounts,
      agencyPath: agencies.path,
      agencyName: agencies.name,
      agencyKind: agencies.kind,
      tenantName: tenants.name,
    })
    .from(accounts)
    .innerJoin(agencies, and(eq(agencies.tenantId, accounts.tenantId), eq(agencies.id, accounts.agencyId)))
    .innerJoin(tenants, eq(tenants.tenantId, accounts.tenantId))
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

/** Active grants of accounts, with the scope agency's path and name. */
export async function activeGrantsOf(ex: Executor, tenantId: string, accountIds: string[]) {
  if (accountIds.length === 0) return [];
  return ex
    .select({ grant: roleGrants, scopeAgencyPath: agencies.path, scopeAgencyName: agencies.name })
    .from(roleGrants)
    .leftJoin(agencies, and(eq(agencies.tenantId, roleGrants.tenantId), eq(agencies.id, roleGrants.scopeAgencyId)))
    .where(
      and(eq(roleGrants.tenantId, tenantId), inArray(roleGrants.accountId, accountIds), isNull(roleGrants.revokedAt)),
    )
    .orderBy(asc(roleGrants.createdAt));
}

export async function findGrant(ex: Executor, tenantId: string, id: string) {
  const rows = await ex
    .select({ grant: roleGrants, scopeAgencyPath: agencies.path, scopeAgencyName: agencies.name })
    .from(roleGrants)
    .leftJoin(agencies, and(eq(agencies.tenantId, roleGrants.tenantId), eq(agencies.id, roleGrants.scopeAgencyId)))
    .where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function countActiveHolders(ex: Executor, tenantId: string, role: string): Promise<number> {
  const rows = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(roleGrants)
    .innerJoin(accounts, and(eq(accounts.tenantId, roleGrants.tenantId), eq(accounts.id, roleGrants.accountId)))
    .where(
      and(
        eq(roleGrants.tenantId, tenantId),
        eq(roleGrants.role, role),
        isNull(roleGrants.revokedAt),
        eq(accounts.status, 'active'),
      ),
    );
  return rows[0]?.n ?? 0;
}

export interface AccountFilter {
  scopeWhere: SQL;
  agencyId?: string;
  q?: string;
  status?: string;
}

export async function listAccounts(ex: Executor, f: AccountFilter) {
  const conds: SQL[] = [f.scopeWhere];
  if (f.agencyId) conds.push(eq(accounts.agencyId, f.agencyId));
  if (f.status) conds.push(eq(accounts.status, f.status));
  if (f.q) conds.push(or(ilike(accounts.username, `%${f.q}%`), ilike(accounts.displayName, `%${f.q}%`))!);
  return ex
    .select({ account: accounts, agencyName: agencies.name, agencyPath: agencies.path })
    .from(accounts)
    .innerJoin(agencies, and(eq(agencies.tenantId, accounts.tenantId), eq(agencies.id, accounts.agencyId)))
    .where(and(...conds))
    .orderBy(asc(accounts.tenantId), asc(agencies.sortOrder), asc(accounts.username))
    .limit(2000);
}

export async function findAccountInScope(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = await ex
    .select({ account: accounts, agencyName: agencies.name, agencyPath: agencies.path })
    .from(accounts)
    .innerJoin(agencies, and(eq(agencies.tenantId, accounts.tenantId), eq(agencies.id, accounts.agencyId)))
    .where(and(scopeWhere, eq(accounts.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function recentPasswordHashes(ex: Executor, tenantId: string, accountId: string, count: number) {
  if (count <= 0) return [];
  const rows = await ex
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(and(eq(passwordHistory.tenantId, tenantId), eq(passwordHistory.accountId, accountId)))
    .orderBy(desc(passwordHistory.createdAt))
    .limit(count);
  return rows.map((r) => r.hash);
}

export async function insertPasswordHistory(tx: Tx, tenantId: string, accountId: string, hash: string, at: Date) {
  await tx.insert(passwordHistory).values({ tenantId, accountId, passwordHash: hash, createdAt: at });
}

export async function findSession(ex: Executor, tenantId: string, id: string) {
  const rows = await ex
    .select()
    .from(sessions)
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findApiToken(ex: Executor, tenantId: string, tokenHash: string) {
  const rows = await ex
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.tokenHash, tokenHash)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listApiTokens(ex: Executor, scopeWhere: SQL) {
  return ex
    .select({ token: apiTokens, username: accounts.username, agencyPath: agencies.path })
    .from(apiTokens)
    .innerJoin(accounts, and(eq(accounts.tenantId, apiTokens.tenantId), eq(accounts.id, apiTokens.accountId)))
    .innerJoin(agencies, and(eq(agencies.tenantId, accounts.tenantId), eq(agencies.id, accounts.agencyId)))
    .where(scopeWhere)
    .orderBy(desc(apiTokens.createdAt))
    .limit(1000);
}

export async function findApiTokenInScope(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = await ex
    .select({ token: apiTokens, username: accounts.username, agencyPath: agencies.path })
    .from(apiTokens)
    .innerJoin(accounts, and(eq(accounts.tenantId, apiTokens.tenantId), eq(accounts.id, apiTokens.accountId)))
    .innerJoin(agencies, and(eq(agencies.tenantId, accounts.tenantId), eq(agencies.id, accounts.agencyId)))
    .where(and(scopeWhere, eq(apiTokens.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listGrantsInScope(ex: Executor, scopeWhere: SQL, accountId?: string) {
  const conds: SQL[] = [scopeWhere, isNull(roleGrants.revokedAt)];
  if (accountId) conds.push(eq(roleGrants.accountId, accountId));
  const scopeAgency = alias(agencies, 'scope_agency');
  return ex
    .select({
      grant: roleGrants,
      scopeAgencyName: scopeAgency.name,
      scopeAgencyPath: scopeAgency.path,
      agencyPath: agencies.path,
      username: accounts.username,
    })
    .from(roleGrants)
    .innerJoin(accounts, and(eq(accounts.tenantId, roleGrants.tenantId), eq(accounts.id, roleGrants.accountId)))
    .innerJoin(agencies, and(eq(agencies.tenantId, accounts.tenantId), eq(agencies.id, accounts.agencyId)))
    .leftJoin(
      scopeAgency,
      and(eq(scopeAgency.tenantId, roleGrants.tenantId), eq(scopeAgency.id, roleGrants.scopeAgencyId)),
    )
    .where(and(...conds))
    .orderBy(asc(accounts.username), asc(roleGrants.createdAt))
    .limit(5000);
}

/**
 * Stores a new password hash: history row, account (clears lockout), and ends the account's sessions except
 * `keepSessionId` (the caller's own, when people change their own password).
 */
export async function replacePassword(
  tx: Tx,
  p: {
    tenantId: string;
    accountId: string;
    hash: string;
    now: Date;
    mustChangePassword: boolean;
    keepSessionId?: string | null;
  },
) {
  await insertPasswordHistory(tx, p.tenantId, p.accountId, p.hash, p.now);
  const [row] = await tx
    .update(accounts)
    .set({
      passwordHash: p.hash,
      passwordChangedAt: p.now,
      mustChangePassword: p.mustChangePassword,
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: p.now,
    })
    .where(and(eq(accounts.tenantId, p.tenantId), eq(accounts.id, p.accountId)))
    .returning();
  await tx
    .update(sessions)
    .set({ endedAt: p.now })
    .where(
      and(
        eq(sessions.tenantId, p.tenantId),
        eq(sessions.accountId, p.accountId),
        isNull(sessions.endedAt),
        p.keepSessionId ? sql`${sessions.id} <> ${p.keepSessionId}` : undefined,
      ),
    );
  return row;
}
