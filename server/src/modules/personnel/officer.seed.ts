// Demo officers of 香格里拉市 (about 1,000, marked demo): generated deterministically over the tenant's agencies
// (officer.demo-data.ts), resident IDs and phones encrypted as the service does, the demo accounts linked to
// officers of their agencies under their display names, and a status event for everyone not in post.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { maskPhone, maskResidentId } from '../../../../contracts/identifiers';
import type { AppContext } from '../../platform/context';
import { encryptPersonal } from '../../platform/crypto/personal-data';
import { accounts } from '../accounts/account.schema';
import { agencies } from '../agencies/agency.schema';
import { DEMO_ACCOUNTS } from '../seed/seed';
import { SHANGRI_LA_AGENCIES } from '../seed/shangri-la.data';
import { residentIdDigest } from './officer-lookup.service';
import {
  DEMO_ACCOUNT_OFFICERS,
  demoPhone,
  demoResidentId,
  generateDemoOfficers,
  prng,
  type DemoOfficer,
} from './officer.demo-data';
import { officerEvents, officers } from './officer.schema';

const STATUS_REASONS: Record<string, string> = {
  seconded: '借调至迪庆州有关部门协助专项工作',
  transferred: '工作调动，调离执法岗位',
  retired: '达到法定退休年龄，办理退休',
  suspended: '因涉嫌违纪接受调查，暂停执法工作',
};

/** Idempotent: does nothing when the tenant already has demo officers. */
export async function seedDemoOfficers(ctx: AppContext, tenantId: string, now: Date): Promise<void> {
  const [already] = await ctx.db
    .select({ id: officers.id })
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), eq(officers.demo, true)))
    .limit(1);
  if (already) return;

  const rows = await ctx.db
    .select({ id: agencies.id, name: agencies.name, kind: agencies.kind, status: agencies.status })
    .from(agencies)
    .where(eq(agencies.tenantId, tenantId));
  const byName = new Map(rows.filter((r) => r.status === 'active').map((r) => [r.name, r]));
  // The data file's order and keys (the agencies the seed created); bodies added or renamed since are left out.
  const known = SHANGRI_LA_AGENCIES.flatMap((a) => {
    const row = byName.get(a.name);
    return row ? [{ key: a.key, kind: a.kind, id: row.id }] : [];
  });
  if (known.length === 0) return;
  const agencyIdOf = new Map(known.map((a) => [a.key, a.id]));
  const generated = generateDemoOfficers(known);

  const demoAccounts = DEMO_ACCOUNTS.filter((d) => d.username in DEMO_ACCOUNT_OFFICERS);
  const accountRows = await ctx.db
    .select({ id: accounts.id, username: accounts.username, agencyId: accounts.agencyId })
    .from(accounts)
    .where(
      and(
        eq(accounts.tenantId, tenantId),
        inArray(
          accounts.username,
          demoAccounts.map((d) => d.username),
        ),
      ),
    );
  const accountOf = new Map(accountRows.map((a) => [a.username, a]));
  const usedIds = new Set(generated.map((o) => o.residentId));
  const r = prng(8870);
  const linked: (DemoOfficer & { accountId: string; agencyId: string })[] = [];
  for (const d of demoAccounts) {
    const acc = accountOf.get(d.username);
    if (!acc) continue;
    const spec = DEMO_ACCOUNT_OFFICERS[d.username];
    const birthDate = `19${80 + Math.floor(r() * 15)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
    let residentId = demoResidentId(r, birthDate, spec.sex);
    while (usedIds.has(residentId)) residentId = demoResidentId(r, birthDate, spec.sex);
    usedIds.add(residentId);
    linked.push({
      agencyKey: d.agencyKey,
      agencyId: acc.agencyId,
      accountId: acc.id,
      name: d.displayName,
      sex: spec.sex,
      ethnicity: /^(扎西|格桑|农布|鲁茸)/.test(d.displayName)
        ? '藏族'
        : d.displayName.startsWith('和')
          ? '纳西族'
          : '汉族',
      birthDate,
      residentId,
      phone: d.phone ?? demoPhone(r),
      post: spec.post,
      frontLine: spec.frontLine,
      legalReviewer: spec.legalReviewer,
      staffingType: 'administrative',
      domains: d.agencyKey === 'scjg' ? ['market_regulation'] : ['comprehensive'],
      legalQualification: spec.legalQualification,
      status: 'in_post',
      joinedOn: `${Number(birthDate.slice(0, 4)) + 23}-09-01`,
    });
  }

  const values = [
    ...linked.map((o) => ({ o, agencyId: o.agencyId, accountId: o.accountId as string | null })),
    ...generated.map((o) => ({ o, agencyId: agencyIdOf.get(o.agencyKey)!, accountId: null as string | null })),
  ].map(({ o, agencyId, accountId }) => ({
    tenantId,
    id: randomUUID(),
    agencyId,
    name: o.name,
    sex: o.sex,
    ethnicity: o.ethnicity,
    birthDate: o.birthDate,
    residentIdEnc: encryptPersonal(ctx.dataKey, o.residentId),
    residentIdMasked: maskResidentId(o.residentId),
    residentIdDigest: residentIdDigest(ctx.dataKey, o.residentId),
    phoneEnc: encryptPersonal(ctx.dataKey, o.phone),
    phoneMasked: maskPhone(o.phone),
    post: o.post,
    frontLine: o.frontLine,
    legalReviewer: o.legalReviewer,
    staffingType: o.staffingType,
    domains: o.domains,
    legalQualification: o.legalQualification,
    status: o.status,
    joinedOn: o.joinedOn,
    accountId,
    demo: true,
    createdAt: now,
    updatedAt: now,
  }));
  const events = values
    .filter((v) => v.status !== 'in_post')
    .map((v) => ({
      tenantId,
      id: randomUUID(),
      officerId: v.id,
      kind: 'status',
      detail: { from: { status: 'in_post' }, to: { status: v.status }, demo: true },
      reason: STATUS_REASONS[v.status] ?? null,
      actorId: null,
      at: now,
    }));

  await ctx.db.transaction(async (tx) => {
    // Several processes may seed one server at once (the e2e runs): one inserts, the others find its rows.
    await tx.execute(sql`select pg_advisory_xact_lock(533402)`);
    const [again] = await tx
      .select({ id: officers.id })
      .from(officers)
      .where(and(eq(officers.tenantId, tenantId), eq(officers.demo, true)))
      .limit(1);
    if (again) return;
    for (let i = 0; i < values.length; i += 250) await tx.insert(officers).values(values.slice(i, i + 250));
    for (let i = 0; i < events.length; i += 250) await tx.insert(officerEvents).values(events.slice(i, i + 250));
  });
}
