// The demo exams seed on a small tenant made with factories (the whole demo seed runs once, in officer.seed.test):
// every demo question is well formed and cites an article the law library holds, the open exam can be sat by
// scjg_officer2 and no other demo account, and the demo accounts' officers passed the earlier exam.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeOfficer, makeTenant } from '../../testing/factories';
import { findRootDir } from '../../platform/config';
import { importLawPath } from '../laws/law-import.service';
import { officers } from '../personnel/officer.schema';
import { questionProblems } from './exam-paper';
import { DEMO_QUESTIONS } from './exam.demo-data';
import { latestPassedExams } from './exam-result.service';
import { examQuestions, exams, examSittings } from './exam.schema';
import { DEMO_BLUEPRINT_RULES, DEMO_FREE_CANDIDATE, seedDemoExams } from './exam.seed';

const NOW = new Date('2026-11-26T02:00:00Z');
let ctx: TestContext;
let tenant: string;
const officerOf: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  await importLawPath(ctx, join(findRootDir(), '..', 'shared', 'data', 'laws'));
  tenant = await makeTenant(ctx);
  const agency = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  for (const username of ['scjg_officer1', DEMO_FREE_CANDIDATE]) {
    const account = await makeAccount(ctx, agency, [{ role: 'officer', scopeKind: 'own_agency' }], { username });
    officerOf[username] = (await makeOfficer(ctx, agency, { accountId: account.id })).id;
  }
  for (let i = 0; i < 40; i++) await makeOfficer(ctx, agency);
  await ctx.db.update(officers).set({ demo: true }).where(eq(officers.tenantId, tenant));
  await seedDemoExams(ctx, tenant, NOW);
});
afterAll(async () => {
  await ctx.close();
});

describe('the demo exams', () => {
  it('hold 80–120 well-formed questions, every basis linked to an article of the law library', async () => {
    expect(DEMO_QUESTIONS.length).toBeGreaterThanOrEqual(80);
    expect(DEMO_QUESTIONS.length).toBeLessThanOrEqual(120);
    const rows = await ctx.db.select().from(examQuestions).where(eq(examQuestions.tenantId, tenant));
    expect(rows).toHaveLength(DEMO_QUESTIONS.length);
    for (const q of rows) {
      expect(questionProblems({ kind: q.kind as 'single', options: q.options, correct: q.correct }), q.stem).toEqual(
        {},
      );
      expect(q.basisUnlinked, q.basisText ?? '').toBe(false);
      expect(q.basisRefs.length).toBeGreaterThan(0);
    }
    // The bank fills the standard paper.
    for (const r of DEMO_BLUEPRINT_RULES) {
      expect(rows.filter((q) => q.domain === r.domain && q.kind === r.kind).length).toBeGreaterThanOrEqual(r.count);
    }
  });

  it('open one exam now, which every demo account but scjg_officer2 has sat; the earlier one all passed', async () => {
    const all = await ctx.db.select().from(exams).where(eq(exams.tenantId, tenant));
    const open = all.find((e) => e.opensAt <= NOW && NOW < e.closesAt)!;
    expect(open).toBeDefined();
    const sittingsOf = (officerId: string, examId: string) =>
      ctx.db
        .select()
        .from(examSittings)
        .where(
          and(
            eq(examSittings.tenantId, tenant),
            eq(examSittings.officerId, officerId),
            eq(examSittings.examId, examId),
          ),
        );
    expect(await sittingsOf(officerOf[DEMO_FREE_CANDIDATE], open.id)).toHaveLength(0);
    expect(await sittingsOf(officerOf.scjg_officer1, open.id)).toHaveLength(1);
    const passed = await latestPassedExams(ctx.db, tenant, Object.values(officerOf), {
      from: '2025-11-27',
      to: '2026-11-26',
    });
    expect(passed.size).toBe(2);
    const graded = await ctx.db.select().from(examSittings).where(eq(examSittings.tenantId, tenant));
    expect(graded.every((s) => s.status === 'graded' && s.demo)).toBe(true);
  });

  it('is idempotent', async () => {
    const before = await ctx.db.select().from(examSittings).where(eq(examSittings.tenantId, tenant));
    await seedDemoExams(ctx, tenant, NOW);
    const after = await ctx.db.select().from(examSittings).where(eq(examSittings.tenantId, tenant));
    expect(after.length).toBe(before.length);
  });
});
