import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { makeAgency, makeTenant, type MadeAgency } from '../../testing/factories';
import { SHANGRI_LA_AGENCIES } from '../seed/shangri-la.data';
import { seedDemoOfficers } from '../personnel/officer.seed';
import { officers } from '../personnel/officer.schema';
import { shanghaiDate } from '../../platform/legal-date';
import { secondmentTimeFlags } from './secondment-flags';
import { agencyStaffingMinimums, secondments, transferPlans } from './transfer.schema';
import { seedDemoTransfers } from './transfer.seed';

// The demo tenant's agencies and demo officers, then this module's seed on its own.
let ctx: TestContext;
let tenant: string;
const now = new Date();

beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await makeTenant(ctx);
  const made = new Map<string, MadeAgency>();
  for (const a of SHANGRI_LA_AGENCIES) {
    made.set(
      a.key,
      await makeAgency(ctx, tenant, {
        name: a.name,
        kind: a.kind,
        parent: a.parentKey ? made.get(a.parentKey) : undefined,
      }),
    );
  }
  await seedDemoOfficers(ctx, tenant, now);
}, 60_000);
afterAll(async () => {
  await ctx.close();
});

describe('seedDemoTransfers', () => {
  it('writes minimums, an accepted and two submitted plans, and secondments (one flagged); idempotent', async () => {
    await seedDemoTransfers(ctx, tenant, now);
    const plans = await ctx.db.select().from(transferPlans).where(eq(transferPlans.tenantId, tenant));
    expect(plans.map((p) => p.state).sort()).toEqual(['accepted', 'submitted', 'submitted']);
    expect(plans.every((p) => p.demo)).toBe(true);
    const flagged = plans.filter((p) => p.flagged);
    expect(flagged).toHaveLength(1);
    expect(flagged[0].balanceReason).toBeTruthy();
    const minimums = await ctx.db
      .select()
      .from(agencyStaffingMinimums)
      .where(eq(agencyStaffingMinimums.tenantId, tenant));
    expect(minimums.length).toBeGreaterThanOrEqual(4);
    const rows = await ctx.db.select().from(secondments).where(eq(secondments.tenantId, tenant));
    expect(rows).toHaveLength(3);
    const today = shanghaiDate(now);
    expect(rows.filter((s) => secondmentTimeFlags(s, today, 6).length > 0)).toHaveLength(1);
    const seconded = await ctx.db.select().from(officers).where(eq(officers.tenantId, tenant));
    for (const s of rows) expect(seconded.find((o) => o.id === s.officerId)?.status).toBe('seconded');

    await seedDemoTransfers(ctx, tenant, now);
    expect(await ctx.db.select().from(transferPlans).where(eq(transferPlans.tenantId, tenant))).toHaveLength(3);
    expect(await ctx.db.select().from(secondments).where(eq(secondments.tenantId, tenant))).toHaveLength(3);
  });
});
