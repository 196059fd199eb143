// The demo seeds of annual filings and leaders' records on a tenant with the demo agencies: fast, idempotent, and
// showing what the pages are meant to show (accepted, late, returned and missing filings; appearances).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { AnnualFilingOverview, AnnualFilingView } from '../../../../contracts/annual-filing';
import { CASE_NUMBER_RE, type LeaderSummaryView } from '../../../../contracts/leader-record';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { SHANGRI_LA_AGENCIES } from '../seed/shangri-la.data';
import { leaderCourtAppearances, leaderStudySessions } from '../leader-records/leader-record.schema';
import { seedDemoLeaderRecords } from '../leader-records/leader-record.seed';
import { annualFilings } from './annual-filing.schema';
import { seedDemoAnnualFilings } from './annual-filing.seed';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let supervisor: string;
const NOW = new Date('2026-11-26T04:00:00Z');

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  const agencyOf = new Map<string, MadeAgency>();
  for (const a of SHANGRI_LA_AGENCIES) {
    agencyOf.set(
      a.key,
      await makeAgency(ctx, tenant, {
        name: a.name,
        kind: a.kind,
        parent: a.parentKey ? agencyOf.get(a.parentKey) : undefined,
      }),
    );
  }
  supervisor = await signIn(
    app,
    await makeAccount(ctx, agencyOf.get('sfj')!, [{ role: 'supervisor', scopeKind: 'tenant' }]),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie: supervisor } });

describe('demo annual filings and leaders’ records', () => {
  it('seed, and a second run writes nothing', async () => {
    await seedDemoAnnualFilings(ctx, tenant, NOW);
    await seedDemoLeaderRecords(ctx, tenant, NOW);
    const count = async () => [
      (await ctx.db.select().from(annualFilings).where(eq(annualFilings.tenantId, tenant))).length,
      (await ctx.db.select().from(leaderStudySessions).where(eq(leaderStudySessions.tenantId, tenant))).length,
      (await ctx.db.select().from(leaderCourtAppearances).where(eq(leaderCourtAppearances.tenantId, tenant))).length,
    ];
    const first = await count();
    expect(first.every((n) => n > 0)).toBe(true);
    await seedDemoAnnualFilings(ctx, tenant, NOW);
    await seedDemoLeaderRecords(ctx, tenant, NOW);
    expect(await count()).toEqual(first);
  });

  it('the 2026 overview shows mostly accepted filings, some late, some returned, a few missing', async () => {
    const o = (await get('/api/annual-filings/overview?year=2026')).json() as AnnualFilingOverview;
    expect(o.counts.required).toBeGreaterThan(60);
    expect(o.counts.accepted / o.counts.required).toBeGreaterThan(0.5);
    expect(o.counts.late).toBeGreaterThan(0);
    expect(o.counts.returned).toBeGreaterThan(0);
    expect(o.counts.missing).toBeGreaterThan(0);
    expect(o.rows.find((r) => r.agency.name === '建塘镇综合行政执法队')).toBeUndefined();
    expect(o.rows.find((r) => r.agency.name === '香格里拉市建塘镇人民政府')?.cells).toHaveLength(3);
    const last = (await get('/api/annual-filings/overview?year=2025')).json() as AnnualFilingOverview;
    expect(last.counts.accepted).toBeGreaterThan(0);
  });

  it('a seeded filing has its history and a real .docx to download', async () => {
    const items = (await get('/api/annual-filings?year=2026&state=accepted')).json().items as AnnualFilingView[];
    const detail = (await get(`/api/annual-filings/${items[0].id}`)).json() as AnnualFilingView;
    expect(detail.events[0].action).toBe('create');
    expect(detail.events.at(-1)).toMatchObject({ action: 'accept', toState: 'accepted' });
    const doc = await get(`/api/annual-filings/${detail.id}/documents/${detail.documents[0].fileId}`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    expect(doc.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('leaders’ records: court case numbers as courts write them, sessions up to today, a yearly summary', async () => {
    const hearings = await ctx.db
      .select()
      .from(leaderCourtAppearances)
      .where(eq(leaderCourtAppearances.tenantId, tenant));
    for (const h of hearings) {
      expect(h.caseNumber).toMatch(CASE_NUMBER_RE);
      expect(h.hearingDate <= '2026-11-26').toBe(true);
      if (!h.appeared) expect(h.delegateName).toBeTruthy();
    }
    const sessions = await ctx.db.select().from(leaderStudySessions).where(eq(leaderStudySessions.tenantId, tenant));
    expect(sessions.some((s) => s.agencyId === null && s.kind === 'pre_meeting')).toBe(true);
    expect(sessions.every((s) => s.date <= '2026-11-26')).toBe(true);
    const summary = (await get('/api/leader-records/summary?year=2026')).json() as LeaderSummaryView;
    expect(summary.totals.sessions).toBeGreaterThan(30);
    expect(summary.totals.hearings).toBeGreaterThan(0);
    expect(summary.totals.appearanceRate).toBeGreaterThan(50);
  });
});
