// Factories: fresh tenants, agencies and accounts per test, so test files can share one database in parallel.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role, ScopeKind } from '../../../contracts/roles';
import {
  maskPhone,
  maskResidentId,
  orgCodeCheckChar,
  PROVINCE_CODES,
  residentIdCheckChar,
  usccCheckChar,
} from '../../../contracts/identifiers';
import type { EnforcementDomain, OfficerStatus, StaffingType } from '../../../contracts/personnel';
import type { AppContext } from '../platform/context';
import { hashPassword } from '../platform/crypto/password-hash';
import { accounts, passwordHistory, roleGrants } from '../modules/accounts/account.schema';
import { agencies } from '../modules/agencies/agency.schema';
import { tenants } from '../modules/tenants/tenant.schema';
import { officers } from '../modules/personnel/officer.schema';
import { residentIdDigest } from '../modules/personnel/officer-lookup.service';
import { encryptPersonal } from '../platform/crypto/personal-data';

export const TEST_PASSWORD = 'Xz-test-Passw0rd!';

const PROVINCES = PROVINCE_CODES.filter((c) => Number(c) < 70);
const rand = (n: number) => Math.floor(Math.random() * n);
const two = (min: number) => String(min + rand(99 - min + 1)).padStart(2, '0');

/** A random county-level region code (XXYYZZ with YY, ZZ ≠ 00). */
export function randomCountyCode(): string {
  return `${PROVINCES[rand(PROVINCES.length)]}${two(1)}${two(1)}`;
}

export async function makeTenant(ctx: AppContext, name = '测试县'): Promise<string> {
  for (;;) {
    const code = randomCountyCode();
    const rows = await ctx.db
      .insert(tenants)
      .values({ tenantId: code, name: `${name}${code}` })
      .onConflictDoNothing()
      .returning();
    if (rows.length) return code;
  }
}

/** A valid synthetic USCC (category 11, the tenant's region, random organisation code). */
export function makeUscc(region = '533401'): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  for (;;) {
    const org8 = Array.from({ length: 8 }, () => chars[rand(10)]).join('');
    const orgCheck = orgCodeCheckChar(org8);
    if (!orgCheck) continue;
    const first17 = `11${region}${org8}${orgCheck}`;
    const check = usccCheckChar(first17);
    if (check) return first17 + check;
  }
}

export interface MadeAgency {
  id: string;
  tenantId: string;
  path: string;
  name: string;
}

export async function makeAgency(
  ctx: AppContext,
  tenantId: string,
  opts: { parent?: MadeAgency; name?: string; kind?: string } = {},
): Promise<MadeAgency> {
  const id = randomUUID();
  const path = `${opts.parent?.path ?? '/'}${id}/`;
  const name = opts.name ?? `测试局${id.slice(0, 8)}`;
  await ctx.db.insert(agencies).values({
    tenantId,
    id,
    parentId: opts.parent?.id ?? null,
    path,
    name,
    kind: opts.kind ?? 'city_department',
    legalStatus: 'administrative_organ',
  });
  return { id, tenantId, path, name };
}

export interface GrantSpec {
  role: Role;
  scopeKind: ScopeKind;
  scopeAgencyId?: string | null;
  scopeTenants?: string[];
}

export interface MadeAccount {
  id: string;
  tenantId: string;
  agencyId: string;
  username: string;
  password: string;
}

let passwordHashCache: Promise<string> | null = null;

export async function makeAccount(
  ctx: AppContext,
  agency: MadeAgency,
  grants: GrantSpec[],
  opts: { username?: string; mustChangePassword?: boolean; password?: string } = {},
): Promise<MadeAccount> {
  const id = randomUUID();
  const username = opts.username ?? `u${id.replace(/-/g, '').slice(0, 12)}`;
  const password = opts.password ?? TEST_PASSWORD;
  const hash = opts.password ? await hashPassword(password) : await (passwordHashCache ??= hashPassword(TEST_PASSWORD));
  await ctx.db.insert(accounts).values({
    tenantId: agency.tenantId,
    id,
    username,
    displayName: `测试${username.slice(1, 5)}`,
    agencyId: agency.id,
    passwordHash: hash,
    mustChangePassword: opts.mustChangePassword ?? false,
  });
  await ctx.db.insert(passwordHistory).values({ tenantId: agency.tenantId, accountId: id, passwordHash: hash });
  for (const g of grants) {
    await ctx.db.insert(roleGrants).values({
      tenantId: agency.tenantId,
      id: randomUUID(),
      accountId: id,
      role: g.role,
      scopeKind: g.scopeKind,
      scopeAgencyId:
        g.scopeKind === 'own_agency' || g.scopeKind === 'agency_subtree' ? (g.scopeAgencyId ?? agency.id) : null,
      scopeTenants: g.scopeTenants ?? [],
    });
  }
  return { id, tenantId: agency.tenantId, agencyId: agency.id, username, password };
}

/** Signs in through the API and returns the Cookie header value. */
export async function signIn(
  app: FastifyInstance,
  account: { tenantId: string; username: string; password: string },
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant: account.tenantId, username: account.username, password: account.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${account.username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'xzzf_session');
  if (!cookie) throw new Error('no session cookie');
  return `xzzf_session=${cookie.value}`;
}

/** The demo password tests seed with (the e2e journeys and the seed test share it: one server DB, one seed). */
export const DEMO_TEST_PASSWORD = 'Shangri-La-Demo-2026!';

/** A valid 18-character resident ID (GB 11643) with a random sequence: region 533401 unless given. */
export function makeResidentId(opts: { region?: string; birth?: string; sex?: 'male' | 'female' } = {}): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const birth = (opts.birth ?? `19${60 + rand(40)}-${pad(1 + rand(12))}-${pad(1 + rand(28))}`).replaceAll('-', '');
  let seq = rand(1000);
  if (opts.sex) seq = seq - (seq % 2) + (opts.sex === 'male' ? 1 : 0);
  const first17 = `${opts.region ?? '533401'}${birth}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17)!;
}

export interface MadeOfficer {
  id: string;
  tenantId: string;
  agencyId: string;
  name: string;
  residentId: string;
  phone: string;
}

/** An officer row written directly (no route): in post, front line, a resident ID and phone encrypted as the service does. */
export async function makeOfficer(
  ctx: AppContext,
  agency: { tenantId: string; id: string },
  opts: {
    name?: string;
    status?: OfficerStatus;
    domains?: EnforcementDomain[];
    frontLine?: boolean;
    legalReviewer?: boolean;
    legalQualification?: boolean;
    staffingType?: StaffingType;
    accountId?: string | null;
    post?: string;
  } = {},
): Promise<MadeOfficer> {
  const id = randomUUID();
  const sex = rand(2) ? 'male' : 'female';
  const residentId = makeResidentId({ sex });
  const phone = `139${String(rand(1e8)).padStart(8, '0')}`;
  const name = opts.name ?? `测试执法员${id.slice(0, 4)}`;
  await ctx.db.insert(officers).values({
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    name,
    sex,
    birthDate: `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`,
    residentIdEnc: encryptPersonal(ctx.dataKey, residentId),
    residentIdMasked: maskResidentId(residentId),
    residentIdDigest: residentIdDigest(ctx.dataKey, residentId),
    phoneEnc: encryptPersonal(ctx.dataKey, phone),
    phoneMasked: maskPhone(phone),
    post: opts.post ?? '执法队员',
    frontLine: opts.frontLine ?? true,
    legalReviewer: opts.legalReviewer ?? false,
    staffingType: opts.staffingType ?? 'administrative',
    domains: opts.domains ?? ['market_regulation'],
    legalQualification: opts.legalQualification ?? false,
    status: opts.status ?? 'in_post',
    accountId: opts.accountId ?? null,
  });
  return { id, tenantId: agency.tenantId, agencyId: agency.id, name, residentId, phone };
}
