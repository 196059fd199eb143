// Fixtures for the authorisation matrix: target records carrying every identifier a leak could show (USCC,
// phone numbers, token prefixes), written straight to the database so each matrix cell can have a fresh one.
import { randomInt, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Permission } from '../../../contracts/roles';
import type { AppContext } from '../platform/context';
import { digest, newSecret } from '../platform/crypto/tokens';
import { accounts, apiTokens, sessions } from '../modules/accounts/account.schema';
import { agencies } from '../modules/agencies/agency.schema';
import { tenants } from '../modules/tenants/tenant.schema';
import { makeUscc, randomCountyCode, type MadeAgency } from './factories';

/** A random mainland mobile number (11 digits, 139…), unique enough to search a response body for. */
export function randomMobile(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** A short random tag for names that must not occur by chance in any other record. */
export const tag = (): string => randomUUID().replace(/-/g, '').slice(0, 10);

export interface TargetAgency extends MadeAgency {
  uscc: string;
  contactPhone: string;
}

/** An agency with a USCC and a legal-office contact phone, under `parent` or at the top of the tenant's tree. */
export async function insertTargetAgency(
  ctx: AppContext,
  tenantId: string,
  label: string,
  parent?: MadeAgency,
): Promise<TargetAgency> {
  const id = randomUUID();
  const path = `${parent?.path ?? '/'}${id}/`;
  const name = `矩阵${label}单位${tag()}`;
  const uscc = makeUscc(tenantId);
  const contactPhone = randomMobile();
  await ctx.db.insert(agencies).values({
    tenantId,
    id,
    parentId: parent?.id ?? null,
    path,
    name,
    kind: 'city_department',
    legalStatus: 'administrative_organ',
    uscc,
    legalOfficeContact: { name: `联系人${label}`, phone: contactPhone },
  });
  return { id, tenantId, path, name, uscc, contactPhone };
}

/** A plain child agency (no USCC): a throwaway target for one write. */
export async function insertChildAgency(ctx: AppContext, parent: MadeAgency): Promise<MadeAgency> {
  const id = randomUUID();
  const path = `${parent.path}${id}/`;
  const name = `矩阵子单位${tag()}`;
  await ctx.db.insert(agencies).values({
    tenantId: parent.tenantId,
    id,
    parentId: parent.id,
    path,
    name,
    kind: 'city_department',
    legalStatus: 'administrative_organ',
  });
  return { id, tenantId: parent.tenantId, path, name };
}

export interface InsertedToken {
  id: string;
  name: string;
  prefix: string;
}

/** An API token for `account`, as POST /api/api-tokens would store it (the secret is not kept). */
export async function insertApiToken(
  ctx: AppContext,
  account: { tenantId: string; id: string },
  permissions: Permission[],
): Promise<InsertedToken> {
  const secret = newSecret();
  const id = randomUUID();
  const name = `矩阵令牌${tag()}`;
  const prefix = `xzzf_${account.tenantId}_${secret.slice(0, 6)}`;
  await ctx.db.insert(apiTokens).values({
    tenantId: account.tenantId,
    id,
    accountId: account.id,
    name,
    tokenHash: digest(secret),
    prefix,
    permissions,
    expiresAt: new Date(Date.now() + 30 * 86_400_000),
  });
  return { id, name, prefix };
}

/**
 * Opens a session for `account` as a successful sign-in would, and returns the Cookie header value. Skips the
 * password check (and its deliberate slowness) for the many throwaway sessions the matrix needs.
 */
export async function openSession(ctx: AppContext, account: { tenantId: string; id: string }): Promise<string> {
  const secret = newSecret();
  const now = new Date();
  await ctx.db.insert(sessions).values({
    tenantId: account.tenantId,
    id: digest(secret),
    accountId: account.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 3_600_000),
  });
  return `xzzf_session=${account.tenantId}.${secret}`;
}

/** Locks an account as repeated failed sign-ins would. */
export async function lockAccount(ctx: AppContext, account: { tenantId: string; id: string }): Promise<void> {
  await ctx.db
    .update(accounts)
    .set({ failedLogins: 3, lockedUntil: new Date(Date.now() + 3_600_000) })
    .where(and(eq(accounts.tenantId, account.tenantId), eq(accounts.id, account.id)));
}

/** A county code no tenant uses yet (to be provisioned by the test). */
export async function unusedTenantCode(ctx: AppContext): Promise<string> {
  for (;;) {
    const code = randomCountyCode();
    const rows = await ctx.db.select().from(tenants).where(eq(tenants.tenantId, code)).limit(1);
    if (rows.length === 0) return code;
  }
}
