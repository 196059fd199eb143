// Password rules applied when a password is set: the policy's strength rules and the history rule.
// Hashing happens before the transaction opens (it takes ~0.2 s and must not hold row locks).
import type { SecurityPolicy } from '../../../../contracts/account';
import type { Executor } from '../../platform/db/client';
import { verifyPassword } from '../../platform/crypto/password-hash';
import { AppError, type FieldError } from '../../platform/errors';
import { checkPasswordStrength, PASSWORD_PROBLEM_MESSAGES } from '../../platform/security/password-policy';
import { recentPasswordHashes } from './account.repository';

/** Throws invalid_input on `field` when the password breaks the policy's strength rules. */
export function assertPasswordStrength(
  password: string,
  who: { username: string; displayName?: string },
  policy: SecurityPolicy,
  field: string,
): void {
  const rules = { minLength: policy.passwordMinLength, minClasses: policy.passwordMinClasses };
  const problems = checkPasswordStrength(password, { ...rules, ...who });
  if (problems.length === 0) return;
  const text = {
    zh: problems.map((p) => PASSWORD_PROBLEM_MESSAGES[p].zh(rules)).join('；'),
    en: problems.map((p) => PASSWORD_PROBLEM_MESSAGES[p].en(rules)).join('; '),
  };
  const fe: FieldError = { key: 'invalid_format', text };
  throw new AppError('invalid_input', 400, 'invalid_input', {}, { [field]: fe });
}

export async function assertNotReused(
  ex: Executor,
  tenantId: string,
  accountId: string,
  password: string,
  policy: SecurityPolicy,
  field: string,
): Promise<void> {
  const hashes = await recentPasswordHashes(ex, tenantId, accountId, policy.passwordHistory);
  for (const h of hashes) {
    if (await verifyPassword(password, h)) {
      throw new AppError(
        'invalid_input',
        400,
        'invalid_input',
        {},
        {
          [field]: { key: 'password_reused', params: { count: policy.passwordHistory } },
        },
      );
    }
  }
}
