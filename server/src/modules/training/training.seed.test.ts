import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The demo tenant's structure and accounts, under a code of its own (so that the shared demo tenant of the e2e
// journeys is untouched); of the personnel seed only the officers, then the training under test.
import { and, count, eq, inArray, isNotNull } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { DEMO_TEST_PASSWORD, randomCountyCode } from '../../testing/factories';
import { shanghaiDate } from '../../platform/legal-date';
import { seedDemoTenant } from '../seed/seed';
import { seedDemoOfficers } from '../personnel/officer.seed';
import { officers } from '../personnel/officer.schema';
import { trainingHoursByOfficer } from './training-hours.service';
import { yearProgress } from './training-hours.rules';
import { seedDemoTraining } from './training.seed';
import { trainingAttendance, trainingCourses, trainingPlans } from './training.schema';

let ctx: TestContext;
let tenant: string;
beforeAll(async () => {
  ctx = await createTestContext();
  tenant = randomCountyCode();
  await seedDemoTenant(ctx, {
    password: DEMO_TEST_PASSWORD,
    tenant: { code: tenant, name: `演示${tenant}`, parentCode: '533400' },
    personnel: false,
  });
  await seedDemoOfficers(ctx, tenant, ctx.now());
  await seedDemoTraining(ctx, tenant, ctx.now());
}, 120_000);
afterAll(async () => ctx.close());

const activeOfficers = () =>
  ctx.db
    .select({ id: officers.id, accountId: officers.accountId })
    .from(officers)
    .where(and(eq(officers.tenantId, tenant), inArray(officers.status, ['in_post', 'seconded'])));

describe('the demo training of 香格里拉市', () => {
  it('holds the bureau’s open courses and agencies’ own, with published plans, and seeds once', async () => {
    const [courses] = await ctx.db
      .select({ n: count() })
      .from(trainingCourses)
      .where(eq(trainingCourses.tenantId, tenant));
    const [open] = await ctx.db
      .select({ n: count() })
      .from(trainingCourses)
      .where(and(eq(trainingCourses.tenantId, tenant), eq(trainingCourses.openToAll, true)));
    const [plans] = await ctx.db.select({ n: count() }).from(trainingPlans).where(eq(trainingPlans.tenantId, tenant));
    expect(Number(open.n)).toBe(20);
    expect(Number(courses.n)).toBeGreaterThan(40);
    expect(Number(plans.n)).toBeGreaterThan(10);
    const [rows] = await ctx.db
      .select({ n: count() })
      .from(trainingAttendance)
      .where(eq(trainingAttendance.tenantId, tenant));
    await seedDemoTraining(ctx, tenant, ctx.now());
    const [again] = await ctx.db
      .select({ n: count() })
      .from(trainingAttendance)
      .where(eq(trainingAttendance.tenantId, tenant));
    expect(Number(again.n)).toBe(Number(rows.n));
  });

  it('most officers met 60 hours last year; this year some 5–25 % are behind the pro-rata figure', async () => {
    const today = shanghaiDate(ctx.now());
    const year = Number(today.slice(0, 4));
    const people = await activeOfficers();
    expect(people.length).toBeGreaterThan(500);
    const ids = people.map((p) => p.id);
    const last = await trainingHoursByOfficer(ctx.db, tenant, ids, {
      from: `${year - 1}-01-01`,
      to: `${year - 1}-12-31`,
    });
    const metLast = ids.filter((id) => (last.get(id) ?? 0) >= 60).length / ids.length;
    expect(metLast).toBeGreaterThan(0.75);
    expect(metLast).toBeLessThan(1);

    const now = await trainingHoursByOfficer(ctx.db, tenant, ids, { from: `${year}-01-01`, to: `${year}-12-31` });
    const expected = 60 * yearProgress(year, today).elapsedShare;
    const behind = ids.filter((id) => (now.get(id) ?? 0) < expected).length / ids.length;
    if (today >= `${year}-07-01`) {
      expect(behind).toBeGreaterThan(0.05);
      expect(behind).toBeLessThan(0.25);
    }
  });

  it('the demo accounts’ officers have the hours of the last 12 months (the certificate check)', async () => {
    const linked = (await activeOfficers()).filter((p) => p.accountId !== null);
    expect(linked.length).toBeGreaterThan(3);
    const to = shanghaiDate(ctx.now());
    const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    const hours = await trainingHoursByOfficer(
      ctx.db,
      tenant,
      linked.map((p) => p.id),
      { from, to },
    );
    for (const p of linked) expect(hours.get(p.id) ?? 0, p.id).toBeGreaterThanOrEqual(60);
    const [withAccount] = await ctx.db
      .select({ n: count() })
      .from(officers)
      .where(and(eq(officers.tenantId, tenant), isNotNull(officers.accountId)));
    expect(Number(withAccount.n)).toBeGreaterThanOrEqual(linked.length);
  });
});
