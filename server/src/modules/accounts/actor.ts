// Builds the Actor (who is calling, with which grants and scopes) from a session cookie or an API token.
import { and, eq } from 'drizzle-orm';
import { isAdminRole, type Permission, type Role, type ScopeKind } from '../../../../contracts/roles';
import type { Actor, ActorGrant } from '../../platform/auth/policy';
import type { AppContext } from '../../platform/context';
import { digest } from '../../platform/crypto/tokens';
import { policyFor } from '../security-policy/security-policy.service';
import type { SecurityPolicy } from '../../../../contracts/account';
import { apiTokens, sessions } from './account.schema';
import { activeGrantsOf, findAccountWithAgency, findApiToken, findSession } from './account.repository';

export const SESSION_COOKIE = 'xzzf_session';
const TOUCH_AFTER_MS = 30_000;

export type ActorResolution = { actor: Actor } | { actor: null; reason: 'none' | 'expired' };

/** Cookie and token values carry the tenant so the lookup uses the tenant-leading key. */
export function splitCredential(value: string, sep: string): { tenantId: string; secret: string } | null {
  const i = value.indexOf(sep);
  if (i !== 6) return null;
  const tenantId = value.slice(0, 6);
  const secret = value.slice(7);
  return /^\d{6}$/.test(tenantId) && /^[A-Za-z0-9_-]{20,100}$/.test(secret) ? { tenantId, secret } : null;
}

export async function resolveActor(
  ctx: AppContext,
  credentials: { cookie?: string; bearer?: string },
): Promise<ActorResolution> {
  if (credentials.bearer) return resolveToken(ctx, credentials.bearer);
  if (credentials.cookie) return resolveSession(ctx, credentials.cookie);
  return { actor: null, reason: 'none' };
}

async function resolveSession(ctx: AppContext, cookie: string): Promise<ActorResolution> {
  const cred = splitCredential(cookie, '.');
  if (!cred) return { actor: null, reason: 'none' };
  const { db } = ctx;
  const session = await findSession(db, cred.tenantId, digest(cred.secret));
  if (!session || session.endedAt) return { actor: null, reason: session ? 'expired' : 'none' };
  const now = ctx.now();
  const policy = await policyFor(db, cred.tenantId);
  const idleDeadline = session.lastSeenAt.getTime() + policy.sessionIdleMinutes * 60_000;
  if (session.expiresAt.getTime() <= now.getTime() || idleDeadline <= now.getTime()) {
    return { actor: null, reason: 'expired' };
  }
  const actor = await buildActor(
    ctx,
    cred.tenantId,
    session.accountId,
    { via: 'session', sessionId: session.id },
    policy,
  );
  if (!actor) return { actor: null, reason: 'expired' };
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.tenantId, session.tenantId), eq(sessions.id, session.id)));
  }
  return { actor };
}

async function resolveToken(ctx: AppContext, bearer: string): Promise<ActorResolution> {
  const m = /^xzzf_(\d{6})_([A-Za-z0-9_-]{20,100})$/.exec(bearer);
  if (!m) return { actor: null, reason: 'none' };
  const [, tenantId, secret] = m;
  const token = await findApiToken(ctx.db, tenantId, digest(secret));
  const now = ctx.now();
  if (!token || token.revokedAt || token.expiresAt.getTime() <= now.getTime())
    return { actor: null, reason: 'expired' };
  const actor = await buildActor(ctx, tenantId, token.accountId, {
    via: 'token',
    tokenPermissions: token.permissions as Permission[],
  });
  if (!actor) return { actor: null, reason: 'expired' };
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await ctx.db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.id, token.id)));
  }
  return { actor };
}

export async function buildActor(
  ctx: AppContext,
  tenantId: string,
  accountId: string,
  via: { via: 'session'; sessionId: string } | { via: 'token'; tokenPermissions: Permission[] },
  /** The tenant's policy when the caller has it already (every session request reads it for the timeouts). */
  knownPolicy?: SecurityPolicy,
): Promise<Actor | null> {
  const row = await findAccountWithAgency(ctx.db, tenantId, accountId);
  if (!row || row.account.status !== 'active') return null;
  const grantRows = await activeGrantsOf(ctx.db, tenantId, [accountId]);
  const grants: ActorGrant[] = grantRows.map((g) => ({
    id: g.grant.id,
    role: g.grant.role as Role,
    scopeKind: g.grant.scopeKind as ScopeKind,
    scopeAgencyId: g.grant.scopeAgencyId,
    scopeAgencyPath: g.scopeAgencyPath,
    scopeTenants: g.grant.scopeTenants,
  }));
  const policy = knownPolicy ?? (await policyFor(ctx.db, tenantId));
  const a = row.account;
  const passwordExpired =
    policy.passwordMaxAgeDays > 0 &&
    ctx.now().getTime() - a.passwordChangedAt.getTime() > policy.passwordMaxAgeDays * 86_400_000;
  const isAdmin = grants.some((g) => isAdminRole(g.role));
  const interactive = via.via === 'session';
  return {
    accountId: a.id,
    username: a.username,
    displayName: a.displayName,
    tenantId: a.tenantId,
    agencyId: a.agencyId,
    agencyPath: row.agencyPath,
    grants,
    via: via.via,
    tokenPermissions: via.via === 'token' ? via.tokenPermissions : null,
    sessionId: via.via === 'session' ? via.sessionId : null,
    mfaEnabled: a.totpEnabled,
    mfaSetupRequired: interactive && policy.mfaRequiredForAdmins && isAdmin && !a.totpEnabled,
    mustChangePassword: interactive && (a.mustChangePassword || passwordExpired),
  };
}
