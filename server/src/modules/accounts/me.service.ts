// The signed-in user's view of themselves: who, where, which grants, what they may do.
import type { MeView } from '../../../../contracts/account';
import { isAdministrator, permissionsOf, type Actor } from '../../platform/auth/policy';
import type { AppContext } from '../../platform/context';
import { policyFor } from '../security-policy/security-policy.service';
import { activeGrantsOf, findAccountWithAgency, findSession } from './account.repository';
import { presentGrant } from './account.presenter';

export async function describeMe(ctx: AppContext, actor: Actor): Promise<MeView> {
  const row = await findAccountWithAgency(ctx.db, actor.tenantId, actor.accountId);
  if (!row) throw new Error('actor without account row');
  const grants = await activeGrantsOf(ctx.db, actor.tenantId, [actor.accountId]);
  const policy = await policyFor(ctx.db, actor.tenantId);
  const session = actor.sessionId ? await findSession(ctx.db, actor.tenantId, actor.sessionId) : null;
  const idleExpiresAt = session ? new Date(session.lastSeenAt.getTime() + policy.sessionIdleMinutes * 60_000) : null;
  return {
    account: {
      id: actor.accountId,
      username: actor.username,
      displayName: actor.displayName,
      mustChangePassword: actor.mustChangePassword,
    },
    tenant: { code: actor.tenantId, name: row.tenantName },
    agency: { id: actor.agencyId, name: row.agencyName, kind: row.agencyKind },
    grants: grants.map((g) => presentGrant(g.grant, g.scopeAgencyName, row.agencyPath, actor)),
    permissions: permissionsOf(actor),
    mfa: {
      enabled: actor.mfaEnabled,
      required: policy.mfaRequiredForAdmins && isAdministrator(actor),
      setupRequired: actor.mfaSetupRequired,
    },
    session:
      session && idleExpiresAt
        ? {
            idleExpiresAt: (idleExpiresAt < session.expiresAt ? idleExpiresAt : session.expiresAt).toISOString(),
            absoluteExpiresAt: session.expiresAt.toISOString(),
          }
        : null,
  };
}
