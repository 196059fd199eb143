// Seeds reference data (regions) and the demo tenant 香格里拉市 with its agencies and demo accounts.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { maskPhone } from '../../../../contracts/identifiers';
import type { Role, ScopeKind } from '../../../../contracts/roles';
import type { AppContext } from '../../platform/context';
import { hashPassword } from '../../platform/crypto/password-hash';
import { encryptPersonal } from '../../platform/crypto/personal-data';
import type { Executor } from '../../platform/db/client';
import { checkPasswordStrength, generatePassword } from '../../platform/security/password-policy';
import { accounts, passwordHistory, roleGrants } from '../accounts/account.schema';
import { agencies } from '../agencies/agency.schema';
import { regions, tenants } from '../tenants/tenant.schema';
import { seedReferralThresholds } from '../referral-thresholds/referral-threshold.seed';
import { seedReviewCatalogues } from '../review-catalogues/review-catalogue.seed';
import { seedDemoPowers } from '../powers/power.seed';
import { seedDemoBenchmarks } from '../benchmarks/benchmark.seed';
import { seedDemoPersonnel } from '../personnel/personnel.seed';
import { SHANGRI_LA_AGENCIES } from './shangri-la.data';

export const DEMO_TENANT = { code: '533401', name: '香格里拉市', parentCode: '533400' };

const REGIONS = [
  { code: '530000', name: '云南省', parentCode: null },
  { code: '533400', name: '迪庆藏族自治州', parentCode: '530000' },
  { code: '533401', name: '香格里拉市', parentCode: '533400' },
  { code: '533422', name: '德钦县', parentCode: '533400' },
  { code: '533423', name: '维西傈僳族自治县', parentCode: '533400' },
];

export interface DemoAccount {
  username: string;
  displayName: string;
  agencyKey: string;
  role: Role;
  scopeKind: ScopeKind;
  phone: string;
}

/** The demo accounts. The first four names are fixed: other checks use them. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'sysadmin',
    displayName: '系统管理员',
    agencyKey: 'sfj',
    role: 'sysadmin',
    scopeKind: 'tenant',
    phone: '13908870001',
  },
  {
    username: 'secadmin',
    displayName: '安全管理员',
    agencyKey: 'sfj',
    role: 'secadmin',
    scopeKind: 'tenant',
    phone: '13908870002',
  },
  {
    username: 'auditor',
    displayName: '安全审计员',
    agencyKey: 'sfj',
    role: 'auditor',
    scopeKind: 'tenant',
    phone: '13908870003',
  },
  {
    username: 'supervisor',
    displayName: '和丽华',
    agencyKey: 'sfj',
    role: 'supervisor',
    scopeKind: 'tenant',
    phone: '13908870004',
  },
  {
    username: 'liaison',
    displayName: '杨建国',
    agencyKey: 'gaj',
    role: 'liaison',
    scopeKind: 'tenant',
    phone: '13908870005',
  },
  {
    username: 'scjg_officer1',
    displayName: '扎西次仁',
    agencyKey: 'scjg',
    role: 'officer',
    scopeKind: 'own_agency',
    phone: '13908870011',
  },
  {
    username: 'scjg_officer2',
    displayName: '李春梅',
    agencyKey: 'scjg',
    role: 'officer',
    scopeKind: 'own_agency',
    phone: '13908870012',
  },
  {
    username: 'scjg_reviewer',
    displayName: '王建华',
    agencyKey: 'scjg',
    role: 'legal_reviewer',
    scopeKind: 'own_agency',
    phone: '13908870013',
  },
  {
    username: 'scjg_legal',
    displayName: '和志强',
    agencyKey: 'scjg',
    role: 'legal_office',
    scopeKind: 'agency_subtree',
    phone: '13908870014',
  },
  {
    username: 'scjg_leader',
    displayName: '农布',
    agencyKey: 'scjg',
    role: 'agency_leader',
    scopeKind: 'agency_subtree',
    phone: '13908870015',
  },
  {
    username: 'jiantang_officer1',
    displayName: '格桑卓玛',
    agencyKey: 'jiantang_squad',
    role: 'officer',
    scopeKind: 'own_agency',
    phone: '13908870021',
  },
  {
    username: 'jiantang_officer2',
    displayName: '赵永明',
    agencyKey: 'jiantang_squad',
    role: 'officer',
    scopeKind: 'own_agency',
    phone: '13908870022',
  },
  {
    username: 'jiantang_reviewer',
    displayName: '孙丽娟',
    agencyKey: 'jiantang',
    role: 'legal_reviewer',
    scopeKind: 'agency_subtree',
    phone: '13908870023',
  },
  {
    username: 'jiantang_leader',
    displayName: '鲁茸此里',
    agencyKey: 'jiantang',
    role: 'agency_leader',
    scopeKind: 'agency_subtree',
    phone: '13908870024',
  },
];

export async function seedReference(ex: Executor): Promise<void> {
  await ex.insert(regions).values(REGIONS).onConflictDoNothing();
}

export interface SeedResult {
  created: boolean;
  password: string | null;
  generated: boolean;
  accounts: DemoAccount[];
}

/**
 * Creates the demo tenant once. The demo accounts share one password (XZZF_DEMO_PASSWORD or a generated one,
 * printed once), so they share one hash: a distinct salt per account would cost a hash each (~0.2 s) and hide
 * nothing, since their passwords are equal by construction. Real accounts always get their own salt.
 */
export async function seedDemoTenant(
  ctx: AppContext,
  opts: {
    password?: string | null;
    tenant?: typeof DEMO_TENANT;
    /** Seed the demo personnel (officers, training, exams, certificates…); tests of one module turn it off. */
    personnel?: boolean;
  } = {},
): Promise<SeedResult> {
  const tenant = opts.tenant ?? DEMO_TENANT;
  await seedReference(ctx.db);
  const exists = await ctx.db
    .select({ id: tenants.tenantId })
    .from(tenants)
    .where(sql`${tenants.tenantId} = ${tenant.code}`);
  if (exists.length > 0) return { created: false, password: null, generated: false, accounts: DEMO_ACCOUNTS };

  const generated = !opts.password;
  const password = opts.password ?? generatePassword(16);
  const problems = [
    ...new Set(
      DEMO_ACCOUNTS.flatMap((a) =>
        checkPasswordStrength(password, { username: a.username, minLength: 12, minClasses: 3 }),
      ),
    ),
  ];
  if (problems.length)
    throw new Error(`XZZF_DEMO_PASSWORD is too weak (${problems.join(', ')}): use 12+ characters of 3 classes`);
  const hash = await hashPassword(password);
  const now = ctx.now();

  const created = await ctx.db.transaction(async (tx) => {
    // Several test processes may seed one server at once: the first one wins, the others see the tenant.
    await tx.execute(sql`select pg_advisory_xact_lock(533401)`);
    const again = await tx
      .select({ id: tenants.tenantId })
      .from(tenants)
      .where(sql`${tenants.tenantId} = ${tenant.code}`);
    if (again.length > 0) return false;
    await tx.insert(tenants).values({
      tenantId: tenant.code,
      name: tenant.name,
      parentCode: tenant.parentCode,
      createdAt: now,
      updatedAt: now,
    });
    const ids = new Map<string, { id: string; path: string }>();
    SHANGRI_LA_AGENCIES.forEach((a) => ids.set(a.key, { id: randomUUID(), path: '' }));
    const rows = SHANGRI_LA_AGENCIES.map((a, i) => {
      const me = ids.get(a.key)!;
      const parent = a.parentKey ? ids.get(a.parentKey)! : null;
      me.path = `${parent ? parent.path : '/'}${me.id}/`;
      return {
        tenantId: tenant.code,
        id: me.id,
        parentId: parent?.id ?? null,
        path: me.path,
        name: a.name,
        shortName: a.shortName,
        kind: a.kind,
        legalStatus: a.legalStatus,
        uscc: a.uscc,
        legalOfficeContact: a.legalOffice,
        sortOrder: (i + 1) * 10,
        createdAt: now,
        updatedAt: now,
      };
    });
    await tx.insert(agencies).values(rows);
    for (const d of DEMO_ACCOUNTS) {
      const accountId = randomUUID();
      await tx.insert(accounts).values({
        tenantId: tenant.code,
        id: accountId,
        username: d.username,
        displayName: d.displayName,
        agencyId: ids.get(d.agencyKey)!.id,
        passwordHash: hash,
        passwordChangedAt: now,
        mustChangePassword: false,
        phoneEnc: encryptPersonal(ctx.dataKey, d.phone),
        phoneMasked: maskPhone(d.phone),
        createdAt: now,
        updatedAt: now,
      });
      await tx.insert(passwordHistory).values({ tenantId: tenant.code, accountId, passwordHash: hash, createdAt: now });
      await tx.insert(roleGrants).values({
        tenantId: tenant.code,
        id: randomUUID(),
        accountId,
        role: d.role,
        scopeKind: d.scopeKind,
        scopeAgencyId: d.scopeKind === 'tenant' ? null : ids.get(d.agencyKey)!.id,
        scopeTenants: [],
        createdAt: now,
      });
    }
    // Demo legal knowledge (marked demo, to be confirmed by each agency).
    const seeded = new Map(SHANGRI_LA_AGENCIES.map((a) => [a.key, { id: ids.get(a.key)!.id, name: a.name }]));
    await seedReviewCatalogues(tx, { tenantId: tenant.code, agencies: seeded, now });
    await seedReferralThresholds(tx, { tenantId: tenant.code, agencies: seeded, now });
    await seedDemoPowers(tx, { tenantId: tenant.code, now });
    return true;
  });
  await seedDemoBenchmarks(ctx, tenant.code);
  if (opts.personnel !== false) await seedDemoPersonnel(ctx, tenant.code);
  // Thousands of rows just arrived: let the planner know (PGlite has no autovacuum).
  if (created) await ctx.database.refreshStatistics();
  return { created, password: created ? password : null, generated, accounts: DEMO_ACCOUNTS };
}
