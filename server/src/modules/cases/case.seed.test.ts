// The demo case history against a real database: a Shangri-La-shaped tenant under a code of its own (so that it never
// meets the e2e server's 533401), its personnel seeded, then seedDemoCases. Checks what the history must be: every
// state of every procedure, numbers gapless per agency/kind/year and continued by a case created afterwards, certified
// handlers, reviewers who never handle, hash chains, explained deadlines, referrals, and the same history twice.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidResidentId, isValidUscc } from '../../../../contracts/identifiers';
import { decryptPersonal } from '../../platform/crypto/personal-data';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { DEMO_TEST_PASSWORD, randomCountyCode } from '../../testing/factories';
import { accounts } from '../accounts/account.schema';
import { certificates } from '../certificates/certificate.schema';
import { caseDocuments } from '../documents/document.schema';
import { officers } from '../personnel/officer.schema';
import { PROCEDURES } from '../procedures/procedure-catalogue';
import { seedDemoTenant } from '../seed/seed';
import {
  caseDeadlines,
  caseEvents,
  caseHandlers,
  caseNumberSequences,
  caseParties,
  caseReviews,
  cases,
} from './case.schema';
import { DEMO_CASE_HISTORY, seedDemoCases } from './case.seed';
import { seedUscc } from './case-seed-data';
import { prng } from '../personnel/officer.demo-data';
import { eventHash, GENESIS_HASH, parsePayload } from './case-transition';

const COUNT = 3000;

async function seededTenant(ctx: TestContext): Promise<string> {
  const code = randomCountyCode();
  ctx.clock.now = new Date('2026-11-26T02:00:00Z');
  await seedDemoTenant(ctx, {
    password: DEMO_TEST_PASSWORD,
    tenant: { code, name: `演示${code}`, parentCode: '533400' },
  });
  return code;
}

let ctx: TestContext;
let app: FastifyInstance;
let code: string;
let result: Awaited<ReturnType<typeof seedDemoCases>>;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  code = await seededTenant(ctx);
  result = await seedDemoCases(ctx, code, { count: COUNT });
  console.log(
    `demo cases: ${result.cases} cases, ${result.events} events, ${result.documents} documents in ${result.ms} ms`,
    result.phases,
  );
}, 300_000);
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('the demo case history', () => {
  it('has about 3,000 demo cases over 2024–2026, every state of every procedure', async () => {
    expect(result.cases).toBeGreaterThanOrEqual(COUNT);
    const rows = await ctx.db
      .select({
        procedure: cases.procedureCode,
        state: cases.state,
        n: sql<number>`count(*)::int`,
        demo: sql<boolean>`bool_and(demo)`,
      })
      .from(cases)
      .where(eq(cases.tenantId, code))
      .groupBy(cases.procedureCode, cases.state);
    expect(rows.every((r) => r.demo)).toBe(true);
    const missing: string[] = [];
    for (const def of PROCEDURES) {
      for (const s of def.steps)
        if (!rows.some((r) => r.procedure === def.code && r.state === s.code)) missing.push(`${def.code}:${s.code}`);
    }
    expect(missing).toEqual([]);
    const total = rows.reduce((s, r) => s + r.n, 0);
    const by = (code: string) => rows.filter((r) => r.procedure === code).reduce((s, r) => s + r.n, 0);
    expect(by('penalty_general') + by('penalty_summary')).toBeGreaterThan(total / 2);
    expect(by('confirmation')).toBeLessThan(by('inspection'));
    const [span] = await ctx.db
      .select({ first: sql<string>`min(registered_on)::text`, last: sql<string>`max(last_event_on)::text` })
      .from(cases)
      .where(eq(cases.tenantId, code));
    expect(span.first.slice(0, 4)).toBe('2024');
    expect(span.last <= DEMO_CASE_HISTORY.end).toBe(true);
  });

  it('numbers cases without gaps or duplicates per agency, kind and year, and the counters agree', async () => {
    const rows = await ctx.db
      .select({
        agencyId: cases.agencyId,
        kind: cases.kind,
        year: cases.numberYear,
        seq: cases.numberSeq,
        number: cases.number,
      })
      .from(cases)
      .where(and(eq(cases.tenantId, code), sql`${cases.number} is not null`));
    const groups = new Map<string, number[]>();
    for (const r of rows)
      groups.set(`${r.agencyId}|${r.kind}|${r.year}`, [
        ...(groups.get(`${r.agencyId}|${r.kind}|${r.year}`) ?? []),
        r.seq!,
      ]);
    expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    const counters = await ctx.db.select().from(caseNumberSequences).where(eq(caseNumberSequences.tenantId, code));
    for (const [key, seqs] of groups) {
      const sorted = [...seqs].sort((a, b) => a - b);
      expect(sorted, key).toEqual(sorted.map((_, i) => i + 1));
      const [agencyId, kind, year] = key.split('|');
      expect(
        counters.find((c) => c.agencyId === agencyId && c.kind === kind && c.year === Number(year))?.lastValue,
      ).toBe(seqs.length);
    }
    expect(rows.some((r) => /^香市监罚〔2025〕\d+号$/.test(r.number!))).toBe(true);
    // The general procedure takes its number on opening (立案); a case not opened has none.
    const unopened = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(cases)
      .where(
        and(
          eq(cases.tenantId, code),
          eq(cases.procedureCode, 'penalty_general'),
          sql`opened_on is null and number is not null`,
        ),
      );
    expect(unopened[0].n).toBe(0);
  });

  it('has two or more handlers per case, each certified for its domain on the opening date; reviewers never handle', async () => {
    const rows = await ctx.db
      .select({
        id: cases.id,
        domain: cases.domain,
        on: sql<string>`coalesce(opened_on, registered_on)::text`,
        officerId: caseHandlers.officerId,
      })
      .from(cases)
      .innerJoin(caseHandlers, and(eq(caseHandlers.tenantId, cases.tenantId), eq(caseHandlers.caseId, cases.id)))
      .where(eq(cases.tenantId, code));
    const certs = await ctx.db
      .select()
      .from(certificates)
      .where(and(eq(certificates.tenantId, code), eq(certificates.status, 'valid')));
    const perCase = new Map<string, number>();
    for (const r of rows) {
      perCase.set(r.id, (perCase.get(r.id) ?? 0) + 1);
      const ok = certs.some(
        (c) => c.officerId === r.officerId && c.domains.includes(r.domain) && c.issuedOn <= r.on && c.expiresOn >= r.on,
      );
      expect(ok, `${r.id} ${r.officerId} ${r.on}`).toBe(true);
    }
    expect(Math.min(...perCase.values())).toBeGreaterThanOrEqual(2);
    const reviews = await ctx.db
      .select({ caseId: caseReviews.caseId, reviewer: caseReviews.reviewerOfficerId, outcome: caseReviews.outcome })
      .from(caseReviews)
      .where(eq(caseReviews.tenantId, code));
    expect(reviews.filter((r) => r.outcome === 'disagree').length).toBeGreaterThan(5);
    const handlerSet = new Set(rows.map((r) => `${r.id}|${r.officerId}`));
    const decided = reviews.filter((r) => r.outcome);
    expect(decided.length).toBeGreaterThan(50);
    for (const r of decided) expect(handlerSet.has(`${r.caseId}|${r.reviewer}`)).toBe(false);
    const reviewerIds = [...new Set(decided.map((r) => r.reviewer!))];
    const flagged = await ctx.db
      .select({ id: officers.id, legal: officers.legalReviewer })
      .from(officers)
      .where(inArray(officers.id, reviewerIds));
    expect(flagged.every((o) => o.legal)).toBe(true);
  });

  it('chains every event of a sample of cases exactly as eventHash computes, with payloads the actions accept', async () => {
    const sample = await ctx.db
      .select()
      .from(cases)
      .where(eq(cases.tenantId, code))
      .orderBy(sql`md5(${cases.title})`)
      .limit(150);
    for (const c of sample) {
      const stored = await ctx.db
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.tenantId, code), eq(caseEvents.caseId, c.id)))
        .orderBy(asc(caseEvents.seq));
      expect(stored).toHaveLength(c.eventCount);
      let previous = GENESIS_HASH;
      for (const e of stored) {
        const hash = eventHash(previous, {
          caseId: c.id,
          seq: e.seq,
          action: e.action,
          from: e.fromState,
          to: e.toState,
          occurredOn: e.occurredOn,
          recordedAt: e.recordedAt.toISOString(),
          actor: e.actorAccountId,
          payload: e.payload,
        });
        expect(hash, `${c.title} event ${e.seq} ${e.action}`).toBe(e.hash);
        previous = hash;
      }
      expect(c.lastHash).toBe(previous);
      expect(c.state).toBe(stored.at(-1)!.toState);
      expect(c.lastEventOn).toBe(stored.at(-1)!.occurredOn);
    }
  });

  it('records every step with a payload its action accepts unchanged', async () => {
    const rows = await ctx.db
      .select({ seq: caseEvents.seq, action: caseEvents.action, payload: caseEvents.payload })
      .from(caseEvents)
      .where(eq(caseEvents.tenantId, code));
    expect(rows.length).toBe(result.events);
    for (const e of rows) {
      if (e.seq === 1) continue;
      expect(parsePayload(e.action, e.payload as Record<string, unknown>), e.action).toEqual(e.payload);
    }
  });

  it('stores deadlines with their explanation and calendar version, some met late, some running around the end', async () => {
    const rows = await ctx.db
      .select({
        status: caseDeadlines.status,
        dueOn: caseDeadlines.dueOn,
        metOn: caseDeadlines.metOn,
        explanation: caseDeadlines.explanation,
        version: caseDeadlines.calendarVersion,
        slot: caseDeadlines.slot,
      })
      .from(caseDeadlines)
      .where(eq(caseDeadlines.tenantId, code));
    expect(rows.length).toBeGreaterThan(COUNT);
    for (const r of rows) {
      expect((r.explanation as { basis: string }).basis.length).toBeGreaterThan(0);
      expect(r.version).toMatch(/^cal-/);
    }
    const late = rows.filter((r) => r.status === 'met' && r.metOn! > r.dueOn);
    expect(late.some((r) => r.slot === 'decision')).toBe(true);
    expect(late.some((r) => r.slot === 'service')).toBe(true);
    const end = DEMO_CASE_HISTORY.end;
    const running = rows.filter(
      (r) =>
        r.status === 'running' &&
        !['hearing_request', 'payment', 'review_window', 'litigation_window'].includes(r.slot),
    );
    expect(running.filter((r) => r.dueOn < end).length).toBeGreaterThan(5);
    expect(running.filter((r) => r.dueOn >= end && r.dueOn <= '2026-12-10').length).toBeGreaterThan(5);
  });

  it('flags a few cases for criminal referral and refers them; none closes on a fine', async () => {
    const flagged = await ctx.db
      .select({ state: cases.state, reasons: cases.referralReasons })
      .from(cases)
      .where(and(eq(cases.tenantId, code), eq(cases.referralFlagged, true)));
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    expect(flagged.length).toBeLessThan(60);
    expect(flagged.filter((f) => f.state === 'referred').length).toBeGreaterThanOrEqual(2);
    expect(flagged.some((f) => f.state === 'closed')).toBe(false);
    expect(JSON.stringify(flagged[0].reasons)).toContain('涉嫌');
  });

  it('stores parties as createCase does: valid identifiers, personal data encrypted and digested', async () => {
    const rows = await ctx.db.select().from(caseParties).where(eq(caseParties.tenantId, code)).limit(400);
    const people = rows.filter((r) => r.type === 'natural_person');
    const orgs = rows.filter((r) => r.type === 'organisation');
    expect(people.length).toBeGreaterThan(20);
    for (const p of people) {
      const id = decryptPersonal(ctx.dataKey, p.idNumberEnc!);
      expect(isValidResidentId(id, new Date('2026-11-20T00:00:00Z'))).toBe(true);
      expect(p.idNumberMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    }
    for (const o of orgs) {
      expect(isValidUscc(o.idNumberDigest)).toBe(true);
      expect(o.idNumberDigest.slice(2, 8)).toBe('533401');
    }
  });

  it('generates the documents of a few showcase cases only', async () => {
    const docs = await ctx.db
      .select({ caseId: caseDocuments.caseId })
      .from(caseDocuments)
      .where(eq(caseDocuments.tenantId, code));
    expect(docs.length).toBe(result.documents);
    expect(docs.length).toBeGreaterThan(10);
    expect(new Set(docs.map((d) => d.caseId)).size).toBeLessThanOrEqual(8);
  });

  it('is seeded once: a second call adds nothing', async () => {
    const again = await seedDemoCases(ctx, code, { count: 10 });
    expect(again.cases).toBe(0);
  });

  it('continues the number series for a case created through the API afterwards', async () => {
    const [officer1] = await ctx.db
      .select({ id: accounts.id, agencyId: accounts.agencyId })
      .from(accounts)
      .where(and(eq(accounts.tenantId, code), eq(accounts.username, 'scjg_officer1')));
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { tenant: code, username: 'scjg_officer1', password: DEMO_TEST_PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = `xzzf_session=${login.cookies.find((c) => c.name === 'xzzf_session')!.value}`;
    const handlers = await ctx.db
      .select({ id: officers.id })
      .from(officers)
      .innerJoin(
        certificates,
        and(eq(certificates.tenantId, officers.tenantId), eq(certificates.officerId, officers.id)),
      )
      .where(
        and(
          eq(officers.tenantId, code),
          eq(officers.agencyId, officer1.agencyId),
          eq(officers.status, 'in_post'),
          eq(certificates.status, 'valid'),
        ),
      )
      .limit(2);
    const [before] = await ctx.db
      .select({ last: caseNumberSequences.lastValue })
      .from(caseNumberSequences)
      .where(
        and(
          eq(caseNumberSequences.tenantId, code),
          eq(caseNumberSequences.agencyId, officer1.agencyId),
          eq(caseNumberSequences.kind, 'inspection'),
          eq(caseNumberSequences.year, 2026),
        ),
      );
    const made = await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie },
      payload: {
        agencyId: officer1.agencyId,
        procedure: 'inspection',
        title: '香格里拉独克宗餐饮有限公司食品经营监督检查',
        source: 'inspection',
        domain: 'market_regulation',
        parties: [
          { type: 'organisation', name: '香格里拉独克宗餐饮有限公司', uscc: seedUscc(prng(7), '91', new Set()) },
        ],
        handlerOfficerIds: handlers.map((h) => h.id),
        registeredOn: '2026-11-25',
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().number).toBe(`香市监检〔2026〕${before.last + 1}号`);
  });
});

describe('determinism', () => {
  it('gives the same history on a second fresh database with the same personnel', async () => {
    const other = await createTestContext();
    try {
      const code2 = await seededTenant(other);
      // The demo certificates are drawn by officer id (random per run): give both tenants the same ones, so that only
      // the case seed is compared.
      for (const [c, t] of [
        [ctx, code],
        [other, code2],
      ] as const) {
        await c.db.execute(
          sql`update certificates set status = 'valid', issued_on = '2019-01-01', expires_on = '2099-12-31' where tenant_id = ${t}`,
        );
      }
      const digest = async (c: TestContext, t: string) => {
        const rows = await c.db
          .select({
            number: cases.number,
            title: cases.title,
            state: cases.state,
            registeredOn: cases.registeredOn,
            lastEventOn: cases.lastEventOn,
            fineFen: cases.fineFen,
            events: cases.eventCount,
          })
          .from(cases)
          .where(eq(cases.tenantId, t))
          .orderBy(asc(cases.title), asc(cases.registeredOn), asc(cases.number));
        return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
      };
      // Fresh histories on both (the first tenant's was seeded before its certificates were normalised).
      const code3 = await seededTenant(ctx);
      await ctx.db.execute(
        sql`update certificates set status = 'valid', issued_on = '2019-01-01', expires_on = '2099-12-31' where tenant_id = ${code3}`,
      );
      await seedDemoCases(ctx, code3, { count: 400, showcase: 0 });
      await seedDemoCases(other, code2, { count: 400, showcase: 0 });
      expect(await digest(other, code2)).toBe(await digest(ctx, code3));
    } finally {
      await other.close();
    }
  }, 300_000);
});
