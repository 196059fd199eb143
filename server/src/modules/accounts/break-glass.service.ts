// Break-glass password reset from the command line, for the operator with access to the server: the only way
// to reset an administrator's password, since no administrator may reset another's (三员分立). Logged.
import { and, eq, isNull } from 'drizzle-orm';
import { userInfo } from 'node:os';
import { recordAccess } from '../../platform/audit/access-log';
import type { AppContext } from '../../platform/context';
import { hashPassword } from '../../platform/crypto/password-hash';
import { generatePassword } from '../../platform/security/password-policy';
import { accounts, sessions } from './account.schema';
import { findAccountByUsername, insertPasswordHistory } from './account.repository';

export async function breakGlassResetPassword(
  ctx: AppContext,
  tenantId: string,
  username: string,
): Promise<{ password: string }> {
  const account = await findAccountByUsername(ctx.db, tenantId, username);
  if (!account) throw new Error(`no account ${username} in tenant ${tenantId}`);
  const password = generatePassword(16);
  const hash = await hashPassword(password);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await insertPasswordHistory(tx, tenantId, account.id, hash, now);
    await tx
      .update(accounts)
      .set({
        passwordHash: hash,
        passwordChangedAt: now,
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
        updatedAt: now,
      })
      .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, account.id)));
    await tx
      .update(sessions)
      .set({ endedAt: now })
      .where(and(eq(sessions.tenantId, tenantId), eq(sessions.accountId, account.id), isNull(sessions.endedAt)));
    await recordAccess(tx, {
      tenantId,
      actorId: null,
      actorUsername: `cli:${userInfo().username}`,
      actorTenantId: null,
      ip: null,
      userAgent: 'xzzf cli',
      method: 'CLI',
      route: 'xzzf reset-password',
      action: 'account.break_glass_reset',
      recordIds: [account.id],
      outcome: 'success',
      statusCode: 200,
      requestId: null,
      detail: { username: account.username },
    });
  });
  return { password };
}
