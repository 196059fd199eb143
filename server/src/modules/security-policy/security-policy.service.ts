// The tenant's security policy: read by sign-in and password rules, changed only by the security administrator.
import { eq } from 'drizzle-orm';
import { DEFAULT_SECURITY_POLICY, type SecurityPolicy } from '../../../../contracts/account';
import type { Actor } from '../../platform/auth/policy';
import { can } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { forbidden } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { securityPolicies } from './security-policy.schema';

export async function policyFor(executor: Executor, tenantId: string): Promise<SecurityPolicy> {
  const rows = await executor.select().from(securityPolicies).where(eq(securityPolicies.tenantId, tenantId)).limit(1);
  return { ...DEFAULT_SECURITY_POLICY, ...(rows[0]?.policy ?? {}) };
}

export async function getSecurityPolicy(
  executor: Executor,
  actor: Actor,
  tenantId: string,
): Promise<SecurityPolicy & { abilities: { update: boolean } }> {
  if (!can(actor, 'security_policy.read', { tenantId })) throw forbidden('out_of_scope');
  const policy = await policyFor(executor, tenantId);
  return { ...policy, abilities: { update: can(actor, 'security_policy.write', { tenantId }) } };
}

export async function updateSecurityPolicy(
  tx: Tx,
  actor: Actor,
  tenantId: string,
  policy: SecurityPolicy,
  now: Date,
): Promise<WriteResult<SecurityPolicy>> {
  if (!can(actor, 'security_policy.write', { tenantId })) throw forbidden('out_of_scope');
  const before = await policyFor(tx, tenantId);
  await tx
    .insert(securityPolicies)
    .values({ tenantId, policy, updatedAt: now, updatedBy: actor.accountId })
    .onConflictDoUpdate({
      target: securityPolicies.tenantId,
      set: { policy, updatedAt: now, updatedBy: actor.accountId },
    });
  const changed = Object.fromEntries(
    Object.entries(policy)
      .filter(([k, v]) => before[k as keyof SecurityPolicy] !== v)
      .map(([k, v]) => [k, { from: before[k as keyof SecurityPolicy], to: v }]),
  );
  return { result: policy, recordIds: [tenantId], tenantId, detail: { changed } };
}
