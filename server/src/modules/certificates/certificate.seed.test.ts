import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { makeAgency, makeOfficer, makeTenant } from '../../testing/factories';
import { shanghaiDate } from '../../platform/legal-date';
import { officers } from '../personnel/officer.schema';
import { certificateEvents, certificates } from './certificate.schema';
import { daysBetween, statusOn } from './certificate.machine';
import { seedDemoCertificates } from './certificate.seed';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

describe('demo certificates', () => {
  it('spreads certificates over the demo officers, none for off-establishment staff, and runs once', async () => {
    const tenant = await makeTenant(ctx);
    const ag = await makeAgency(ctx, tenant);
    const made: Array<{ id: string; kind: string }> = [];
    for (let i = 0; i < 300; i++) {
      const kind = i % 20 === 0 ? 'other' : i % 25 === 1 ? 'retired' : 'in_post';
      const o = await makeOfficer(ctx, ag, {
        staffingType: kind === 'other' ? 'other' : 'administrative',
        status: kind === 'retired' ? 'retired' : 'in_post',
      });
      made.push({ id: o.id, kind });
    }
    await ctx.db.update(officers).set({ demo: true }).where(eq(officers.tenantId, tenant));
    const now = new Date();
    await seedDemoCertificates(ctx, tenant, now);
    await seedDemoCertificates(ctx, tenant, now);

    const rows = await ctx.db.select().from(certificates).where(eq(certificates.tenantId, tenant));
    const kindOf = new Map(made.map((m) => [m.id, m.kind]));
    expect(rows.length).toBe(made.filter((m) => m.kind !== 'other').length);
    expect(rows.every((r) => r.demo && r.source === 'seed' && kindOf.get(r.officerId) !== 'other')).toBe(true);
    expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    expect(rows.every((r) => /^\d{14}$/.test(r.number) && r.number.startsWith(tenant))).toBe(true);

    const today = shanghaiDate(now);
    const status = rows.map((r) => ({ r, s: statusOn(r.status as 'valid', r.expiresOn, today) }));
    const retired = status.filter(({ r }) => kindOf.get(r.officerId) === 'retired');
    expect(retired.length).toBeGreaterThan(0);
    expect(retired.every(({ s }) => s === 'expired' || s === 'revoked')).toBe(true);
    const inPost = status.filter(({ r }) => kindOf.get(r.officerId) === 'in_post');
    const valid = inPost.filter(({ s }) => s === 'valid');
    expect(valid.length / inPost.length).toBeGreaterThan(0.75);
    const within30 = valid.filter(({ r }) => daysBetween(today, r.expiresOn) <= 30).length;
    const within90 = valid.filter(({ r }) => daysBetween(today, r.expiresOn) <= 90).length;
    expect(within30).toBeGreaterThan(0);
    expect(within90).toBeGreaterThan(within30);
    expect(inPost.some(({ s }) => s === 'suspended')).toBe(true);
    expect(inPost.some(({ s }) => s === 'expired')).toBe(true);

    // Every suspended or revoked one has the change with its reason in the history.
    const changed = rows.filter((r) => r.status !== 'valid');
    for (const r of changed.slice(0, 10)) {
      const events = await ctx.db
        .select()
        .from(certificateEvents)
        .where(and(eq(certificateEvents.tenantId, tenant), eq(certificateEvents.certificateId, r.id)));
      expect(events.find((e) => e.toStatus === r.status)?.reason).toBeTruthy();
    }
  });
});
