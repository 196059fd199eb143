// The one test that runs the demo officer seed over a Shangri-La-shaped tenant (its own code, so it never meets
// the e2e server's 533401): the demo tenant's agencies and accounts, then seedDemoOfficers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { isValidResidentId } from '../../../../contracts/identifiers';
import { decryptPersonal } from '../../platform/crypto/personal-data';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { DEMO_TEST_PASSWORD, randomCountyCode } from '../../testing/factories';
import { accounts } from '../accounts/account.schema';
import { DEMO_ACCOUNTS, seedDemoTenant } from '../seed/seed';
import { residentIdDigest } from './officer-lookup.service';
import { officers } from './officer.schema';
import { seedDemoOfficers } from './officer.seed';

let ctx: TestContext;
let code: string;

beforeAll(async () => {
  ctx = await createTestContext();
  code = randomCountyCode();
  // The demo tenant's agencies and accounts under a code of its own, without the personnel seed: this file runs it.
  await seedDemoTenant(ctx, {
    password: DEMO_TEST_PASSWORD,
    tenant: { code, name: `演示${code}`, parentCode: '533400' },
    personnel: false,
  });
  await seedDemoOfficers(ctx, code, ctx.now());
}, 120_000);
afterAll(async () => {
  await ctx.close();
});

describe('the demo officers of 香格里拉市', () => {
  it('are about 1,000, demo-marked, each resident ID valid, unique and matching its digest and sex', async () => {
    const rows = await ctx.db.select().from(officers).where(eq(officers.tenantId, code));
    expect(rows.length).toBeGreaterThan(950);
    expect(rows.length).toBeLessThan(1150);
    expect(rows.every((r) => r.demo)).toBe(true);
    const ids = rows.map((r) => decryptPersonal(ctx.dataKey, r.residentIdEnc));
    expect(new Set(ids).size).toBe(rows.length);
    rows.forEach((r, i) => {
      expect(isValidResidentId(ids[i], new Date('2026-01-01T00:00:00Z'))).toBe(true);
      expect(r.residentIdDigest).toBe(residentIdDigest(ctx.dataKey, ids[i]));
      expect(r.birthDate).toBe(`${ids[i].slice(6, 10)}-${ids[i].slice(10, 12)}-${ids[i].slice(12, 14)}`);
      expect(Number(ids[i][16]) % 2 === 1 ? 'male' : 'female').toBe(r.sex);
      expect(r.residentIdMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(r.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    });
  });

  it('link the demo accounts to officers of their agencies under their display names', async () => {
    const linked = await ctx.db
      .select({
        username: accounts.username,
        displayName: accounts.displayName,
        accountAgency: accounts.agencyId,
        officer: officers,
      })
      .from(officers)
      .innerJoin(accounts, and(eq(accounts.tenantId, officers.tenantId), eq(accounts.id, officers.accountId)))
      .where(and(eq(officers.tenantId, code), isNotNull(officers.accountId)));
    const expected = DEMO_ACCOUNTS.filter((d) => /^(scjg|jiantang)_/.test(d.username)).map((d) => d.username);
    expect(linked.map((l) => l.username).sort()).toEqual(expected.sort());
    for (const l of linked) {
      expect(l.officer.name).toBe(l.displayName);
      expect(l.officer.agencyId).toBe(l.accountAgency);
    }
    expect(linked.find((l) => l.username === 'scjg_reviewer')!.officer.legalReviewer).toBe(true);
  });

  it('is idempotent', async () => {
    const [{ n: before }] = await ctx.db.select({ n: count() }).from(officers).where(eq(officers.tenantId, code));
    await seedDemoOfficers(ctx, code, ctx.now());
    const [{ n: after }] = await ctx.db.select({ n: count() }).from(officers).where(eq(officers.tenantId, code));
    expect(Number(after)).toBe(Number(before));
  });
});
