// Use cases on accounts run by the system administrator: list, read, create, change, reset, unlock, reveal phone.
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { AccountCreateBody, AccountView } from '../../../../contracts/account';
import { maskPhone } from '../../../../contracts/identifiers';
import type { Role, ScopeKind } from '../../../../contracts/roles';
import { grantWithin, scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { AppContext } from '../../platform/context';
import { hashPassword } from '../../platform/crypto/password-hash';
import { decryptPersonal, encryptPersonal } from '../../platform/crypto/personal-data';
import type { Executor, Tx } from '../../platform/db/client';
import { forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { agencies } from '../agencies/agency.schema';
import { findAgencyInScope } from '../agencies/agency.repository';
import { policyFor } from '../security-policy/security-policy.service';
import { accounts, apiTokens, sessions } from './account.schema';
import {
  activeGrantsOf,
  findAccountInScope,
  insertPasswordHistory,
  listAccounts as listAccountRows,
  replacePassword,
} from './account.repository';
import { presentAccount } from './account.presenter';
import { assertNotReused, assertPasswordStrength } from './password.service';
import { mayGrantRole } from './grant.service';

export type Write = <T>(work: (tx: Tx) => Promise<WriteResult<T>>) => Promise<T>;

const accountCols = { tenantId: accounts.tenantId, agencyId: accounts.agencyId, path: agencies.path };
const agencyCols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };

type AccountGrants = Awaited<ReturnType<typeof activeGrantsOf>>;

async function grantsByAccount(ex: Executor, tenantId: string, ids: string[]): Promise<Map<string, AccountGrants>> {
  const map = new Map<string, AccountGrants>();
  for (const g of await activeGrantsOf(ex, tenantId, ids)) {
    const list = map.get(g.grant.accountId) ?? [];
    list.push(g);
    map.set(g.grant.accountId, list);
  }
  return map;
}

/**
 * Whoever can reset a password can become that account: so only accounts whose every grant the actor could
 * have granted, within the actor's own reach. This keeps the system administrator away from the other two
 * administrators' accounts (三员分立) and from accounts that reach beyond the actor's scope.
 */
function mayTakeOver(actor: Actor, grants: AccountGrants): boolean {
  return grants.every(
    (g) =>
      mayGrantRole(actor, g.grant.role as Role) &&
      grantWithin(actor, 'account.write', {
        ...g.grant,
        scopeKind: g.grant.scopeKind as ScopeKind,
        scopeAgencyPath: g.scopeAgencyPath,
      }),
  );
}

function present(
  row: Parameters<typeof presentAccount>[0],
  grants: AccountGrants,
  actor: Actor,
  now: Date,
): AccountView {
  return presentAccount(
    row,
    grants.map((g) => g.grant.role as Role),
    actor,
    now,
    mayTakeOver(actor, grants),
  );
}

export async function listAccounts(
  ctx: AppContext,
  actor: Actor,
  f: { tenant?: string; agencyId?: string; q?: string; status?: string },
): Promise<AccountView[]> {
  const tenantId = f.tenant ?? actor.tenantId;
  const scopeWhere = and(
    agencyScopeWhere(scopesFor(actor, 'account.read'), accountCols),
    eq(accounts.tenantId, tenantId),
  )!;
  const rows = await listAccountRows(ctx.db, { scopeWhere, agencyId: f.agencyId, q: f.q, status: f.status });
  const grants = await grantsByAccount(
    ctx.db,
    tenantId,
    rows.map((r) => r.account.id),
  );
  const now = ctx.now();
  return rows.map((r) => present(r, grants.get(r.account.id) ?? [], actor, now));
}

async function findReadable(ex: Executor, actor: Actor, id: string) {
  const row = await findAccountInScope(ex, agencyScopeWhere(scopesFor(actor, 'account.read'), accountCols), id);
  if (!row) throw notFound('account_not_found');
  return row;
}

/** Finds an account the actor may change with `permission`: not found outside read scope, forbidden outside write. */
async function findWritable(
  ex: Executor,
  actor: Actor,
  id: string,
  permission: 'account.write' | 'account.read_personal' = 'account.write',
) {
  const row = await findAccountInScope(ex, agencyScopeWhere(scopesFor(actor, permission), accountCols), id);
  if (!row) {
    await findReadable(ex, actor, id);
    throw forbidden('out_of_scope');
  }
  const grants = (await grantsByAccount(ex, row.account.tenantId, [id])).get(id) ?? [];
  const takeable = mayTakeOver(actor, grants);
  if (!takeable) throw forbidden('account_beyond_reach');
  return row;
}

export async function getAccount(ctx: AppContext, actor: Actor, id: string): Promise<AccountView> {
  const row = await findReadable(ctx.db, actor, id);
  const grants = await grantsByAccount(ctx.db, row.account.tenantId, [id]);
  return present(row, grants.get(id) ?? [], actor, ctx.now());
}

async function agencyForAccount(ex: Executor, actor: Actor, tenantId: string, agencyId: string) {
  const agency = await findAgencyInScope(ex, agencyScopeWhere(scopesFor(actor, 'account.write'), agencyCols), agencyId);
  if (!agency || agency.tenantId !== tenantId) throw invalidInput({ agencyId: 'agency_not_found' });
  if (agency.status !== 'active') throw invalidInput({ agencyId: 'agency_abolished' });
  return agency;
}

export async function createAccount(
  ctx: AppContext,
  actor: Actor,
  body: AccountCreateBody,
  write: Write,
): Promise<AccountView> {
  const tenantId = body.tenantId ?? actor.tenantId;
  const policy = await policyFor(ctx.db, tenantId);
  assertPasswordStrength(body.password, { username: body.username, displayName: body.displayName }, policy, 'password');
  await agencyForAccount(ctx.db, actor, tenantId, body.agencyId);
  const hash = await hashPassword(body.password);
  const now = ctx.now();
  return write(async (tx) => {
    const agency = await agencyForAccount(tx, actor, tenantId, body.agencyId);
    const id = randomUUID();
    const [row] = await tx
      .insert(accounts)
      .values({
        tenantId,
        id,
        username: body.username,
        displayName: body.displayName,
        agencyId: body.agencyId,
        passwordHash: hash,
        passwordChangedAt: now,
        mustChangePassword: true,
        phoneEnc: body.phone ? encryptPersonal(ctx.dataKey, body.phone) : null,
        phoneMasked: body.phone ? maskPhone(body.phone) : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await insertPasswordHistory(tx, tenantId, id, hash, now);
    const view = present({ account: row, agencyName: agency.name, agencyPath: agency.path }, [], actor, now);
    return { result: view, recordIds: [id], tenantId, detail: { username: body.username } };
  });
}

export async function updateAccount(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  id: string,
  body: { displayName?: string; agencyId?: string; phone?: string | null; status?: 'active' | 'disabled' },
): Promise<WriteResult<AccountView>> {
  const found = await findWritable(tx, actor, id);
  if (id === actor.accountId) throw forbidden();
  const a = found.account;
  const now = ctx.now();
  const set: Partial<typeof accounts.$inferInsert> = { updatedAt: now };
  const changed: string[] = [];
  let agency = { name: found.agencyName, path: found.agencyPath };
  if (body.displayName !== undefined && body.displayName !== a.displayName) {
    set.displayName = body.displayName;
    changed.push('displayName');
  }
  if (body.agencyId !== undefined && body.agencyId !== a.agencyId) {
    const ag = await agencyForAccount(tx, actor, a.tenantId, body.agencyId);
    agency = { name: ag.name, path: ag.path };
    set.agencyId = body.agencyId;
    changed.push('agencyId');
  }
  if (body.phone !== undefined) {
    set.phoneEnc = body.phone ? encryptPersonal(ctx.dataKey, body.phone) : null;
    set.phoneMasked = body.phone ? maskPhone(body.phone) : null;
    changed.push('phone');
  }
  if (body.status !== undefined && body.status !== a.status) {
    set.status = body.status;
    changed.push('status');
    if (body.status === 'disabled') await endAllAccess(tx, a.tenantId, id, now);
  }
  const [row] = await tx
    .update(accounts)
    .set(set)
    .where(and(eq(accounts.tenantId, a.tenantId), eq(accounts.id, id)))
    .returning();
  const grants = await grantsByAccount(tx, a.tenantId, [id]);
  return {
    result: present(
      { account: row, agencyName: agency.name, agencyPath: agency.path },
      grants.get(id) ?? [],
      actor,
      now,
    ),
    recordIds: [id],
    tenantId: a.tenantId,
    detail: { changed },
  };
}

/** Ends the account's sessions and revokes its API tokens (disable, password reset). */
async function endAllAccess(tx: Tx, tenantId: string, accountId: string, now: Date, tokensToo = true) {
  await tx
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.accountId, accountId), isNull(sessions.endedAt)));
  if (tokensToo) {
    await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.accountId, accountId), isNull(apiTokens.revokedAt)));
  }
}

export async function resetPassword(
  ctx: AppContext,
  actor: Actor,
  id: string,
  password: string,
  write: Write,
): Promise<AccountView> {
  const found = await findWritable(ctx.db, actor, id);
  if (id === actor.accountId) throw forbidden();
  const a = found.account;
  const policy = await policyFor(ctx.db, a.tenantId);
  assertPasswordStrength(password, { username: a.username, displayName: a.displayName }, policy, 'password');
  await assertNotReused(ctx.db, a.tenantId, id, password, policy, 'password');
  const hash = await hashPassword(password);
  const now = ctx.now();
  return write(async (tx) => {
    const row = await replacePassword(tx, { tenantId: a.tenantId, accountId: id, hash, now, mustChangePassword: true });
    const grants = await grantsByAccount(tx, a.tenantId, [id]);
    return {
      result: present({ ...found, account: row }, grants.get(id) ?? [], actor, now),
      recordIds: [id],
      tenantId: a.tenantId,
    };
  });
}

export async function unlockAccount(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  id: string,
): Promise<WriteResult<AccountView>> {
  const found = await findWritable(tx, actor, id);
  const a = found.account;
  const now = ctx.now();
  const [row] = await tx
    .update(accounts)
    .set({ failedLogins: 0, lockedUntil: null, updatedAt: now })
    .where(and(eq(accounts.tenantId, a.tenantId), eq(accounts.id, id)))
    .returning();
  const grants = await grantsByAccount(tx, a.tenantId, [id]);
  return {
    result: present({ ...found, account: row }, grants.get(id) ?? [], actor, now),
    recordIds: [id],
    tenantId: a.tenantId,
  };
}

/** Shows the full mobile number: personal data, so the route logs every call. */
export async function revealPhone(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ phone: string | null; tenantId: string }> {
  const found = await findWritable(ctx.db, actor, id, 'account.read_personal');
  const enc = found.account.phoneEnc;
  return { phone: enc ? decryptPersonal(ctx.dataKey, enc) : null, tenantId: found.account.tenantId };
}
