import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { makeAgency, makeOfficer, makeTenant } from '../../testing/factories';
import { trainingHoursByOfficer } from './training-hours.service';
import { attend, makeCourse } from './training.test-helpers';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('trainingHoursByOfficer', () => {
  it('sums attended hours of courses ending in the period, by the course’s last day, per officer', async () => {
    const tenant = await makeTenant(ctx);
    const agency = await makeAgency(ctx, tenant);
    const a = await makeOfficer(ctx, agency);
    const b = await makeOfficer(ctx, agency);
    const c = await makeOfficer(ctx, agency);
    const newYearsEve = await makeCourse(ctx, agency, { hours: 6, startDate: '2025-12-30', endDate: '2025-12-31' });
    const overNewYear = await makeCourse(ctx, agency, { hours: 12.5, startDate: '2025-12-30', endDate: '2026-01-02' });
    const spring = await makeCourse(ctx, agency, { hours: 8, endDate: '2026-03-10' });
    const lastDay = await makeCourse(ctx, agency, { hours: 4, endDate: '2026-12-31' });
    await attend(ctx, newYearsEve, a.id, { hours: 6 });
    await attend(ctx, overNewYear, a.id, { hours: 12.5 });
    await attend(ctx, spring, a.id, { hours: 7.5 });
    await attend(ctx, lastDay, a.id, { hours: 4 });
    await attend(ctx, spring, b.id, { hours: 0, status: 'absent' });
    await attend(ctx, overNewYear, b.id, { hours: 0, status: 'registered' });
    await attend(ctx, spring, c.id, { hours: 8 });

    const y2026 = await trainingHoursByOfficer(ctx.db, tenant, [a.id, b.id, c.id], {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(y2026.get(a.id)).toBe(24);
    expect(y2026.has(b.id)).toBe(false); // absent and registered rows credit nothing
    expect(y2026.get(c.id)).toBe(8);

    const y2025 = await trainingHoursByOfficer(ctx.db, tenant, [a.id], { from: '2025-01-01', to: '2025-12-31' });
    expect(y2025.get(a.id)).toBe(6);

    // A rolling window (the certificate check's 12 months) is inclusive at both ends.
    const rolling = await trainingHoursByOfficer(ctx.db, tenant, [a.id], { from: '2025-12-31', to: '2026-03-10' });
    expect(rolling.get(a.id)).toBe(26);

    // Another tenant's same officer ids see nothing; an empty list or inverted period answer empty.
    const other = await makeTenant(ctx);
    expect((await trainingHoursByOfficer(ctx.db, other, [a.id], { from: '2025-01-01', to: '2026-12-31' })).size).toBe(
      0,
    );
    expect((await trainingHoursByOfficer(ctx.db, tenant, [], { from: '2025-01-01', to: '2026-12-31' })).size).toBe(0);
    expect((await trainingHoursByOfficer(ctx.db, tenant, [a.id], { from: '2026-12-31', to: '2026-01-01' })).size).toBe(
      0,
    );
  });
});
