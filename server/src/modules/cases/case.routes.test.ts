// Cases through the API against a real database: the general procedure from registration to closing with a legal
// review that first disagrees, the guards the law imposes (each tried and refused), the summary procedure's
// limits, bad input that writes nothing, and the event chain.
import type { FastifyInstance } from 'fastify';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificate } from '../certificates/certificate.test-helpers';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeOfficer, makeResidentId } from '../../testing/factories';
import { caseDeadlines, caseEvents, cases } from './case.schema';
import { putCalendarYear } from '../calendar/calendar.service';
import { createCase } from './case.service';
import { serviceActor } from '../powers/power.test-helpers';
import { docxText } from '../documents/document.test-helpers';
import { caseBody, makeCaseWorld, type CaseWorld } from './case.test-helpers';
import { eventHash, GENESIS_HASH } from './case-transition';

let ctx: TestContext;
let app: FastifyInstance;
let w: CaseWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  w = await makeCaseWorld(ctx, app);
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const create = (cookie: string, body: unknown, lang = 'zh-CN') =>
  app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie, 'accept-language': lang },
    payload: body as object,
  });
const step = (cookie: string, id: string, action: string, payload: Record<string, unknown> = {}) =>
  app.inject({
    method: 'POST',
    url: `/api/cases/${id}/transitions`,
    headers: { cookie },
    payload: { action, payload },
  });

describe('the general procedure, end to end', () => {
  it('registers, opens, reviews (first disagreeing), notifies, decides, serves, executes and closes', async () => {
    const made = await create(w.cookies.handler, caseBody(w));
    expect(made.statusCode, made.body).toBe(201);
    const c = made.json();
    expect(c.state).toBe('registered');
    expect(c.number).toBeNull();
    expect(c.partiesDetail[0].idNumber).toMatch(/^[0-9A-Z]{18}$/);

    // 立案 needs the head's approval: a handler cannot open.
    expect((await step(w.cookies.handler, c.id, 'open', { opinion: '同意立案' })).statusCode).toBe(403);
    const opened = await step(w.cookies.leader, c.id, 'open', { opinion: '同意立案调查' });
    expect(opened.statusCode, opened.body).toBe(200);
    const o = opened.json().case;
    expect(o.state).toBe('investigating');
    expect(o.number).toMatch(/^测市监罚〔\d{4}〕1号$/);
    // 立案审批表 is generated, numbered and stored with the case; it downloads as a .docx with the case's data.
    const approval = o.documents.find((d: { kind: string }) => d.kind === 'case_opening_approval');
    expect(approval.number).toMatch(/〔\d{4}〕1号$/);
    const docx = await app.inject({
      method: 'GET',
      url: `/api/cases/${c.id}/documents/${approval.id}/download`,
      headers: { cookie: w.cookies.handler },
    });
    expect(docx.statusCode).toBe(200);
    expect(docxText(docx.rawPayload)).toContain('测试市某某餐饮有限公司');
    const decision = o.deadlines.find((d: { slot: string }) => d.slot === 'decision');
    expect(decision.rule).toBe('XZCF-60');
    expect(decision.status).toBe('running');
    expect(decision.explanation.basis).toContain('第六十条');

    const proposal = {
      factsText: '当事人经营超过保质期的食品，货值金额 8,000 元。',
      violatedArticles: '《中华人民共和国食品安全法》第三十四条第十项',
      appliedArticles: '《中华人民共和国食品安全法》第一百二十四条第一款',
      penaltyKinds: ['fine'],
      fineFen: 20_000_000,
    };
    const proposed = await step(w.cookies.handler, c.id, 'propose', proposal);
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().case.review.required).toBe(true);

    // No notice before the review passes (处罚法 第五十八条).
    const early = await step(w.cookies.handler, c.id, 'notify');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('第五十八条');

    expect((await step(w.cookies.handler, c.id, 'submit_review')).statusCode).toBe(200);
    // A handler never reviews its own case.
    expect((await step(w.cookies.handler2, c.id, 'review_agree', { opinion: '同意' })).statusCode).toBe(403);
    const disagreed = await step(w.cookies.reviewer, c.id, 'review_disagree', { opinion: '证据不足，补充货值证据' });
    expect(disagreed.statusCode, disagreed.body).toBe(200);
    expect(disagreed.json().case.state).toBe('investigating');
    expect(disagreed.json().case.review.outcome).toBe('disagree');

    expect((await step(w.cookies.handler, c.id, 'propose', proposal)).statusCode).toBe(200);
    expect((await step(w.cookies.handler, c.id, 'submit_review')).statusCode).toBe(200);
    const agreed = await step(w.cookies.reviewer, c.id, 'review_agree', { opinion: '事实清楚，证据确凿，同意' });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json().case.state).toBe('reviewed');

    const notified = await step(w.cookies.handler, c.id, 'notify');
    expect(notified.statusCode, notified.body).toBe(200);
    expect(notified.json().case.deadlines.some((d: { slot: string }) => d.slot === 'hearing_request')).toBe(true);

    // Within the hearing-request window the case cannot be decided.
    const tooSoon = await step(w.cookies.handler, c.id, 'decide', { penaltyKinds: ['fine'], fineFen: 20_000_000 });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json().error.message).toContain('第六十四条');
    expect((await step(w.cookies.handler, c.id, 'waive_hearing', { note: '当事人书面放弃听证' })).statusCode).toBe(200);

    // The penalty may not rise because the party defended itself.
    const heavier = await step(w.cookies.handler, c.id, 'decide', { penaltyKinds: ['fine'], fineFen: 25_000_000 });
    expect(heavier.statusCode).toBe(409);
    expect(heavier.json().error.message).toContain('第四十五条');
    const decided = await step(w.cookies.handler, c.id, 'decide', { penaltyKinds: ['fine'], fineFen: 20_000_000 });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().case.state).toBe('decided');
    const decisionDoc = decided.json().case.documents.find((d: { kind: string }) => d.kind === 'penalty_decision');
    const decisionText = docxText(
      (
        await app.inject({
          method: 'GET',
          url: `/api/cases/${c.id}/documents/${decisionDoc.id}/download`,
          headers: { cookie: w.cookies.handler },
        })
      ).rawPayload,
    );
    expect(decisionText).toContain('200,000.00');
    expect(decisionText).toContain('测试市人民政府');

    const badService = await step(w.cookies.handler, c.id, 'serve', { method: 'electronic', recipient: '扎西' });
    expect(badService.statusCode).toBe(400);
    expect(Object.keys(badService.json().error.fields)).toEqual(['payload.consentRef']);
    const served = await step(w.cookies.handler, c.id, 'serve', { method: 'direct', recipient: '扎西' });
    expect(served.statusCode, served.body).toBe(200);
    expect(served.json().case.payment.fineFen).toBe(20_000_000);

    const short = await step(w.cookies.handler, c.id, 'record_payment', { amountFen: 100 });
    expect(short.statusCode).toBe(400);
    expect((await step(w.cookies.handler, c.id, 'record_payment', { amountFen: 20_000_000 })).statusCode).toBe(200);
    const closed = await step(w.cookies.handler, c.id, 'close');
    expect(closed.statusCode, closed.body).toBe(200);
    const final = closed.json().case;
    expect(final.state).toBe('closed');
    expect(final.ended).toBe(true);
    expect(final.actions).toEqual([]);

    // The events form one chain: recomputing each hash from the stored event and the previous hash gives it back.
    const [row] = await ctx.db
      .select()
      .from(cases)
      .where(and(eq(cases.tenantId, w.tenantId), eq(cases.id, c.id)));
    const stored = await ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.tenantId, w.tenantId), eq(caseEvents.caseId, c.id)))
      .orderBy(asc(caseEvents.seq));
    expect(stored).toHaveLength(row.eventCount);
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
      expect(hash, `event ${e.seq} ${e.action}`).toBe(e.hash);
      previous = hash;
    }
    expect(row.lastHash).toBe(previous);
  });
});

describe('guards the law imposes', () => {
  it('refuses to open without two officers certified for the domain, naming who lacks a certificate', async () => {
    const uncertified = await makeOfficer(ctx, w.agency, { name: '无证队员' });
    const made = await create(
      w.cookies.handler,
      caseBody(w, { handlerOfficerIds: [w.handlers[0].id, uncertified.id] }),
    );
    expect(made.statusCode).toBe(201);
    const res = await step(w.cookies.leader, made.json().id, 'open', { opinion: '同意' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('无证队员');
    expect(res.json().error.message).toContain('第四十二条');
    // A certificate for another domain does not count either.
    await makeCertificate(ctx.db, uncertified, {
      domains: ['transport'],
      issuedOn: '2020-01-01',
      expiresOn: '2099-12-31',
    });
    expect((await step(w.cookies.leader, made.json().id, 'open', { opinion: '同意' })).statusCode).toBe(409);
  });

  it('refuses to open a case past the two-year limitation unless the reason is recorded', async () => {
    const made = await create(w.cookies.handler, caseBody(w, { actDate: '2021-03-01' }));
    const id = made.json().id;
    const refused = await step(w.cookies.leader, id, 'open', { opinion: '同意' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('第三十六条');
    const ok = await step(w.cookies.leader, id, 'open', {
      opinion: '同意',
      limitationReason: '违法行为处于继续状态，至 2026 年仍在经营',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().case.limitationNote).toContain('继续状态');
  });

  it('keeps the summary procedure within its limits (≤ 200 yuan for a citizen)', async () => {
    const body = caseBody(w, {
      procedure: 'penalty_summary',
      parties: [{ type: 'natural_person', name: '李四', residentId: makeResidentId() }],
    });
    const made = await create(w.cookies.handler, body);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().number).toMatch(/罚〔\d{4}〕\d+号$/);
    const spot = {
      factsText: '占道经营',
      violatedArticles: '《测试条例》第十条',
      appliedArticles: '《测试条例》第二十条',
      penaltyKinds: ['fine'],
    };
    const over = await step(w.cookies.handler, made.json().id, 'decide_on_spot', { ...spot, fineFen: 30_000 });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toContain('第五十一条');
    const ok = await step(w.cookies.handler, made.json().id, 'decide_on_spot', { ...spot, fineFen: 20_000 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().case.state).toBe('decided');
  });

  it('answers an action the state does not allow with invalid_transition', async () => {
    const made = await create(w.cookies.handler, caseBody(w));
    const res = await step(w.cookies.handler, made.json().id, 'decide', { penaltyKinds: ['warning'] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('invalid_transition');
  });
});

describe('bad input writes nothing', () => {
  it('names the party field whose USCC check character is wrong, in zh-CN and en-US', async () => {
    const before = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(cases)
      .where(eq(cases.tenantId, w.tenantId));
    const body = caseBody(w);
    const p = body.parties[0] as { uscc: string };
    p.uscc = p.uscc.slice(0, 17) + (p.uscc[17] === '0' ? '1' : '0');
    const zh = await create(w.cookies.handler, body);
    expect(zh.statusCode).toBe(400);
    expect(Object.keys(zh.json().error.fields)).toContain('parties.0.uscc');
    const en = await create(w.cookies.handler, body, 'en-US');
    expect(en.json().error.fields['parties.0.uscc']).toMatch(/check/i);
    const after = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(cases)
      .where(eq(cases.tenantId, w.tenantId));
    expect(after[0].n).toBe(before[0].n);
  });

  it('names the payload field of an action', async () => {
    const made = await create(w.cookies.handler, caseBody(w));
    const res = await step(w.cookies.leader, made.json().id, 'open', {});
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['payload.opinion']);
  });
});

describe('lists and the workbench', () => {
  it('finds cases by title, number and organisation name, within scope', async () => {
    const made = await create(w.cookies.handler, caseBody(w, { title: '列表检索测试案' }));
    expect(made.statusCode).toBe(201);
    const res = await app.inject({
      method: 'GET',
      url: `/api/cases?q=${encodeURIComponent('列表检索测试')}&status=active`,
      headers: { cookie: w.cookies.supervisor },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { id: string }) => i.id)).toContain(made.json().id);
    const mine = await app.inject({
      method: 'GET',
      url: '/api/cases?mine=true',
      headers: { cookie: w.cookies.handler },
    });
    expect(mine.json().items.length).toBeGreaterThan(0);
    const wb = await app.inject({ method: 'GET', url: '/api/cases/workbench', headers: { cookie: w.cookies.handler } });
    expect(wb.statusCode, wb.body).toBe(200);
    expect(wb.json().mine.total).toBeGreaterThan(0);
  });
});

describe('provisional deadlines', () => {
  it('are flagged on a year with no published calendar and recomputed when that year is entered', async () => {
    ctx.clock.now = new Date('2098-12-01T04:00:00Z');
    try {
      // Through the service: a session signed in today would have expired by 2098.
      const view = await ctx.db.transaction(async (tx) =>
        createCase(
          tx,
          ctx,
          serviceActor(w.agency, 'officer'),
          caseBody(w, { procedure: 'licence', actDate: undefined }),
          ctx.now(),
        ),
      );
      const made = { json: () => view.result };
      const acceptance = made.json().deadlines.find((d: { slot: string }) => d.slot === 'acceptance')!;
      expect(acceptance.provisional).toBe(true);
      expect(acceptance.dueOn).toBe('2098-12-08');
      // Entered in a transaction that is rolled back: the shared national tables stay as they were.
      const rolledBack = new Error('roll back');
      await expect(
        ctx.db.transaction(async (tx) => {
          const out = await putCalendarYear(
            tx,
            serviceActor(w.agency, 'sysadmin'),
            2098,
            {
              noticeTitle: '测试：2098年节假日安排',
              entries: [{ date: '2098-12-03', kind: 'holiday', name: '测试假日' }],
            },
            ctx.now(),
          );
          expect(out.result.recomputedDeadlines).toBeGreaterThanOrEqual(1);
          const [row] = await tx
            .select()
            .from(caseDeadlines)
            .where(and(eq(caseDeadlines.caseId, made.json().id), eq(caseDeadlines.slot, 'acceptance')));
          expect(row.provisional).toBe(false);
          expect(row.dueOn).toBe('2098-12-09');
          throw rolledBack;
        }),
      ).rejects.toBe(rolledBack);
    } finally {
      ctx.clock.now = null;
    }
  });
});
