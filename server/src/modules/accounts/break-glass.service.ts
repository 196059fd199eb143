// Break-glass password reset from the command line, for the operator with access to the server: the only way
// to reset an administrator's password, since no administrator may reset another's (三员分立). Logged.
import { recordCliAccess } from '../../platform/audit/access-log';
import type { AppContext } from '../../platform/context';
import { hashPassword } from '../../platform/crypto/password-hash';
import { generatePassword } from '../../platform/security/password-policy';
import { findAccountByUsername, replacePassword } from './account.repository';

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
    await replacePassword(tx, { tenantId, accountId: account.id, hash, now, mustChangePassword: true });
    await recordCliAccess(tx, {
      tenantId,
      command: 'xzzf reset-password',
      action: 'account.break_glass_reset',
      recordIds: [account.id],
      detail: { username: account.username },
    });
  });
  return { password };
}
