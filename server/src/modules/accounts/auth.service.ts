// Sign-in, sign-out and the signed-in user's own settings (password, second factor).
import { and, eq } from 'drizzle-orm';
import type { LoginBody } from '../../../../contracts/account';
import { isAdministrator, type Actor } from '../../platform/auth/policy';
import type { AppContext } from '../../platform/context';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '../../platform/crypto/password-hash';
import { decryptPersonal, encryptPersonal } from '../../platform/crypto/personal-data';
import { digest, newSecret } from '../../platform/crypto/tokens';
import type { Tx } from '../../platform/db/client';
import { AppError, conflict, invalidInput } from '../../platform/errors';
import { generateTotpSecret, otpauthUrl, verifyTotp } from '../../platform/security/totp';
import { policyFor } from '../security-policy/security-policy.service';
import { accounts, sessions } from './account.schema';
import { findAccount, findAccountByUsername, lockAccountRow, replacePassword } from './account.repository';
import { assertNotReused, assertPasswordStrength } from './password.service';

export interface LoginMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface LoginSuccess {
  cookieValue: string;
  expiresAt: Date;
  accountId: string;
  tenantId: string;
  sessionId: string;
}

const invalidCredentials = () => new AppError('invalid_credentials', 401, 'invalid_credentials');

/**
 * Checks the password (and the one-time code when the account has one) and opens a session.
 * Failed attempts are counted under a row lock and lock the account at the policy's threshold; the count is
 * committed even though the request fails, so the caller receives the error after the transaction.
 * `logSuccess` writes the access-log row inside the same transaction as the new session.
 */
export async function login(
  ctx: AppContext,
  input: LoginBody,
  meta: LoginMeta,
  logSuccess: (tx: Tx, accountId: string) => Promise<void>,
): Promise<LoginSuccess> {
  const tenantId = input.tenant ?? ctx.config.defaultTenant;
  const account = await findAccountByUsername(ctx.db, tenantId, input.username);
  if (!account) {
    await verifyPassword(input.password, await dummyPasswordHash()); // same time as a real check
    throw invalidCredentials();
  }
  const now = ctx.now();
  if (account.lockedUntil && account.lockedUntil > now) throw lockedError(account.lockedUntil);
  const passwordOk = await verifyPassword(input.password, account.passwordHash);
  const rehash = passwordOk && needsRehash(account.passwordHash) ? await hashPassword(input.password) : null;

  let totpCounter: number | null = null;
  if (passwordOk && account.totpEnabled && account.totpSecretEnc) {
    if (!input.totp) throw new AppError('totp_required', 401, 'totp_required');
    const secret = decryptPersonal(ctx.dataKey, account.totpSecretEnc);
    totpCounter = verifyTotp(secret, input.totp, now.getTime());
  }
  const secondFactorOk =
    !account.totpEnabled || (totpCounter !== null && totpCounter > (account.totpLastCounter ?? -1));

  const policy = await policyFor(ctx.db, tenantId);
  const outcome = await ctx.db.transaction(async (tx) => {
    const row = await lockAccountRow(tx, tenantId, account.id);
    if (!row) return { error: invalidCredentials() };
    if (row.lockedUntil && row.lockedUntil > now) return { error: lockedError(row.lockedUntil) };
    if (!passwordOk || !secondFactorOk) {
      const failures = row.failedLogins + 1;
      const lock = failures >= policy.lockoutThreshold;
      const lockedUntil = lock ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : null;
      await tx
        .update(accounts)
        .set({ failedLogins: lock ? 0 : failures, lockedUntil: lockedUntil ?? row.lockedUntil })
        .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, account.id)));
      if (lockedUntil) return { error: lockedError(lockedUntil) };
      return { error: passwordOk ? new AppError('invalid_credentials', 401, 'totp_invalid') : invalidCredentials() };
    }
    if (row.status !== 'active') return { error: new AppError('forbidden', 403, 'account_disabled') };
    const secret = newSecret();
    const expiresAt = new Date(now.getTime() + policy.sessionAbsoluteHours * 3_600_000);
    await tx.insert(sessions).values({
      tenantId,
      id: digest(secret),
      accountId: account.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
    });
    await tx
      .update(accounts)
      .set({
        failedLogins: 0,
        lockedUntil: null,
        lastLoginAt: now,
        ...(totpCounter !== null ? { totpLastCounter: totpCounter } : {}),
        ...(rehash ? { passwordHash: rehash } : {}),
      })
      .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, account.id)));
    await logSuccess(tx, account.id);
    return {
      ok: {
        cookieValue: `${tenantId}.${secret}`,
        expiresAt,
        accountId: account.id,
        tenantId,
        sessionId: digest(secret),
      },
    };
  });
  if ('error' in outcome && outcome.error) throw outcome.error;
  return (outcome as { ok: LoginSuccess }).ok;
}

function lockedError(until: Date): AppError {
  return new AppError('account_locked', 423, 'account_locked', { until: formatShanghai(until) });
}

export function formatShanghai(d: Date): string {
  return d.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
}

export async function logout(tx: Tx, actor: Actor, now: Date): Promise<void> {
  if (!actor.sessionId) return;
  await tx
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.tenantId, actor.tenantId), eq(sessions.id, actor.sessionId)));
}

/** The signed-in user changes their own password (required after an administrator set it). */
export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
): Promise<{ hash: string; apply: (tx: Tx) => Promise<void> }> {
  const account = await findAccount(ctx.db, actor.tenantId, actor.accountId);
  if (!account) throw invalidCredentials();
  if (!(await verifyPassword(currentPassword, account.passwordHash))) {
    throw invalidInput({ currentPassword: 'password_wrong' });
  }
  const policy = await policyFor(ctx.db, actor.tenantId);
  assertPasswordStrength(
    newPassword,
    { username: account.username, displayName: account.displayName },
    policy,
    'newPassword',
  );
  if (await verifyPassword(newPassword, account.passwordHash)) {
    throw invalidInput({
      newPassword: { key: 'password_reused', params: { count: Math.max(1, policy.passwordHistory) } },
    });
  }
  await assertNotReused(ctx.db, actor.tenantId, actor.accountId, newPassword, policy, 'newPassword');
  const hash = await hashPassword(newPassword);
  const now = ctx.now();
  return {
    hash,
    apply: async (tx) => {
      // Other sessions of this account end: a password change is often a response to a suspected leak.
      await replacePassword(tx, {
        tenantId: actor.tenantId,
        accountId: actor.accountId,
        hash,
        now,
        mustChangePassword: false,
        keepSessionId: actor.sessionId,
      });
    },
  };
}

/** Starts second-factor enrolment: a new secret, stored encrypted but not enabled until a code proves it. */
export async function setupTotp(ctx: AppContext, tx: Tx, actor: Actor, tenantName: string) {
  const account = await lockAccountRow(tx, actor.tenantId, actor.accountId);
  // Replacing an enabled factor would switch it off: turning it off needs a current code (disableTotp).
  if (account?.totpEnabled) throw conflict({ totp: 'totp_already_enabled' });
  const secret = generateTotpSecret();
  await tx
    .update(accounts)
    .set({ totpSecretEnc: encryptPersonal(ctx.dataKey, secret), totpEnabled: false, totpLastCounter: null })
    .where(and(eq(accounts.tenantId, actor.tenantId), eq(accounts.id, actor.accountId)));
  return {
    secret,
    otpauthUrl: otpauthUrl({ issuer: `${tenantName}行政执法监督平台`, accountName: actor.username, secret }),
  };
}

export async function enableTotp(ctx: AppContext, tx: Tx, actor: Actor, code: string) {
  const account = await lockAccountRow(tx, actor.tenantId, actor.accountId);
  if (!account?.totpSecretEnc) throw invalidInput({ totp: 'totp_not_setup' });
  const counter = verifyTotp(decryptPersonal(ctx.dataKey, account.totpSecretEnc), code, ctx.now().getTime());
  if (counter === null) throw invalidInput({ totp: 'totp_invalid' });
  await tx
    .update(accounts)
    .set({ totpEnabled: true, totpLastCounter: counter })
    .where(and(eq(accounts.tenantId, actor.tenantId), eq(accounts.id, actor.accountId)));
}

export async function disableTotp(ctx: AppContext, tx: Tx, actor: Actor, code: string) {
  const policy = await policyFor(tx, actor.tenantId);
  if (policy.mfaRequiredForAdmins && isAdministrator(actor)) throw invalidInput({ totp: 'mfa_still_required' });
  const account = await lockAccountRow(tx, actor.tenantId, actor.accountId);
  if (!account?.totpEnabled || !account.totpSecretEnc) throw invalidInput({ totp: 'totp_not_setup' });
  const counter = verifyTotp(decryptPersonal(ctx.dataKey, account.totpSecretEnc), code, ctx.now().getTime());
  if (counter === null || counter <= (account.totpLastCounter ?? -1)) throw invalidInput({ totp: 'totp_invalid' });
  await tx
    .update(accounts)
    .set({ totpEnabled: false, totpSecretEnc: null, totpLastCounter: null })
    .where(and(eq(accounts.tenantId, actor.tenantId), eq(accounts.id, actor.accountId)));
}
