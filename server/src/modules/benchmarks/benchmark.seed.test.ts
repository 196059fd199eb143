import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { makeAgency, makeTenant } from '../../testing/factories';
import { findRootDir } from '../../platform/config';
import { lawCitations } from '../laws/law-citation.schema';
import { importLawText } from '../laws/law-import.service';
import { evaluateBenchmark } from './benchmark-evaluate';
import { DEMO_BENCHMARKS, DEMO_EXEMPTIONS, DEMO_MARK } from './benchmark.demo-data';
import { benchmarkExemptions, benchmarks } from './benchmark.schema';
import { seedDemoBenchmarks } from './benchmark.seed';
import { benchmarkVersionInForce } from './benchmark.service';

const LAWS_DIR = join(findRootDir(), '..', 'shared', 'data', 'laws');
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

describe('seedDemoBenchmarks', () => {
  it('publishes the demo benchmarks of 市场监督管理局 once, marked as demo data, and links them once the laws are there', async () => {
    const tenant = await makeTenant(ctx);
    const agency = await makeAgency(ctx, tenant, { name: '香格里拉市市场监督管理局' });
    await seedDemoBenchmarks(ctx, tenant);
    await seedDemoBenchmarks(ctx, tenant);
    const rows = await ctx.db.select().from(benchmarks).where(eq(benchmarks.tenantId, tenant));
    expect(rows.map((r) => r.code).sort()).toEqual(DEMO_BENCHMARKS.map((b) => b.code).sort());
    expect(rows.every((r) => r.agencyId === agency.id)).toBe(true);
    const exemptions = await ctx.db.select().from(benchmarkExemptions).where(eq(benchmarkExemptions.tenantId, tenant));
    expect(exemptions).toHaveLength(DEMO_EXEMPTIONS.length);
    const linked = exemptions.find((e) => e.code === 'SCJG-SWBF-01')!;
    expect(linked.benchmarkId).toBe(rows.find((r) => r.code === 'SCJG-SP-126-06')!.id);

    const food = rows.find((r) => r.code === 'SCJG-SP-124-05')!;
    const inForce = (await benchmarkVersionInForce(ctx.db, tenant, food.id, '2025-01-01'))!;
    expect(inForce).toMatchObject({ versionNo: 1, effectiveFrom: '2024-07-01' });
    expect(inForce.content.notes).toContain(DEMO_MARK);
    expect(evaluateBenchmark(inForce.content, { goodsValue: 1_200_000 }).level.key).toBe('serious');

    for (const f of ['食品安全法(2021-04-29).md', '产品质量法(2018-12-29).md', '行政处罚法(2021-01-22).md']) {
      await importLawText(ctx, { fileName: f, content: readFileSync(join(LAWS_DIR, f), 'utf8') });
    }
    await seedDemoBenchmarks(ctx, tenant);
    const linkedNow = (await benchmarkVersionInForce(ctx.db, tenant, food.id, '2025-01-01'))!;
    expect(linkedNow.content.violatedRefs).toHaveLength(1);
    expect(linkedNow.content.penaltyRefs).toHaveLength(1);
    const cites = await ctx.db
      .select()
      .from(lawCitations)
      .where(and(eq(lawCitations.tenantId, tenant), eq(lawCitations.subjectId, food.id)));
    expect(cites.map((c) => c.role).sort()).toEqual(['penalty', 'violated']);
  });

  it('does nothing in a tenant without the market regulation bureau', async () => {
    const tenant = await makeTenant(ctx);
    await makeAgency(ctx, tenant, { name: '另一个局' });
    await seedDemoBenchmarks(ctx, tenant);
    expect(await ctx.db.select().from(benchmarks).where(eq(benchmarks.tenantId, tenant))).toEqual([]);
  });
});
