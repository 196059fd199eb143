import { it } from 'vitest';
import { createTestContext } from '../../testing/test-context';
import { DEMO_TEST_PASSWORD, randomCountyCode } from '../../testing/factories';
import { seedDemoTenant } from '../seed/seed';
import { seedDemoCases } from './case.seed';
import { loadSeedWorld } from './case-seed-world';
import { SeedEnvironment } from './case-seed-sim';
import { planCases, DEMO_CASE_HISTORY } from './case.seed';
it('profiles', async () => {
  const ctx = await createTestContext();
  const code = randomCountyCode();
  ctx.clock.now = new Date('2026-11-26T02:00:00Z');
  let t = Date.now();
  await seedDemoTenant(ctx, {
    password: DEMO_TEST_PASSWORD,
    tenant: { code, name: `演示${code}`, parentCode: '533400' },
  });
  console.log('tenant+personnel', Date.now() - t);
  const world = (await loadSeedWorld(ctx, code))!;
  for (const validate of [true, false]) {
    const env = new SeedEnvironment(world.calendar, (id) => world.settings.get(id) ?? {}, validate);
    t = Date.now();
    const p = planCases(
      world,
      env,
      { seed: 1, start: DEMO_CASE_HISTORY.start, end: DEMO_CASE_HISTORY.end, validatePayloads: validate },
      3000,
      true,
    );
    console.log('plan validate', validate, Date.now() - t, p.length);
  }
  const r = await seedDemoCases(ctx, code, { showcase: 8 });
  console.log(r);
  await ctx.close();
}, 600_000);
