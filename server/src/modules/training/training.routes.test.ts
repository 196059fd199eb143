import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import {
  makeAccount,
  makeAgency,
  makeOfficer,
  makeTenant,
  signIn,
  type MadeAgency,
  type MadeOfficer,
} from '../../testing/factories';
import type {
  AttendanceListView,
  CourseListView,
  CourseView,
  HoursView,
  PlanView,
} from '../../../../contracts/training';
import { personnelSettings } from '../personnel/officer.schema';
import { trainingAttendance, trainingCourses } from './training.schema';
import { attend, makeCourse } from './training.test-helpers';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let bureau: MadeAgency;
let market: MadeAgency;
let station: MadeAgency; // 市场监管所 below market
let forestry: MadeAgency;
const off = {} as Record<'m1' | 'm2' | 'm3' | 's1' | 'f1' | 'retired', MadeOfficer>;
const cookie = {} as Record<'supervisor' | 'marketLegal' | 'marketOfficer' | 'forestryOnly' | 'forestryMixed', string>;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  bureau = await makeAgency(ctx, tenant, { name: `司法局${tenant}` });
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  station = await makeAgency(ctx, tenant, { parent: market, name: `建塘市场监管所${tenant}` });
  forestry = await makeAgency(ctx, tenant, { name: `林业和草原局${tenant}` });
  off.m1 = await makeOfficer(ctx, market, { name: '扎西' });
  off.m2 = await makeOfficer(ctx, market, { name: '卓玛' });
  off.m3 = await makeOfficer(ctx, market, { name: '李明' });
  off.s1 = await makeOfficer(ctx, station, { name: '王芳' });
  off.f1 = await makeOfficer(ctx, forestry, { name: '次仁' });
  off.retired = await makeOfficer(ctx, market, { name: '老张', status: 'retired' });
  cookie.supervisor = await signIn(app, await makeAccount(ctx, bureau, [{ role: 'supervisor', scopeKind: 'tenant' }]));
  cookie.marketLegal = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookie.marketOfficer = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'officer', scopeKind: 'own_agency' }]),
  );
  cookie.forestryOnly = await signIn(
    app,
    await makeAccount(ctx, forestry, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  // Reads the whole tenant (officer role, tenant scope) but keeps training only for forestry.
  cookie.forestryMixed = await signIn(
    app,
    await makeAccount(ctx, forestry, [
      { role: 'legal_office', scopeKind: 'agency_subtree' },
      { role: 'officer', scopeKind: 'tenant' },
    ]),
  );
  ctx.clock.now = new Date('2026-11-26T04:00:00Z');
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (who: keyof typeof cookie, method: Method, url: string, payload?: object, lang?: string) =>
  app.inject({
    method,
    url,
    headers: { cookie: cookie[who], ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload ? { payload } : {}),
  });

const course = (over: Record<string, unknown> = {}) => ({
  agencyId: market.id,
  title: '《市场监督管理行政处罚程序规定》专题培训',
  hours: 8,
  provider: '州市场监督管理局',
  kind: 'professional',
  domains: ['market_regulation'],
  startDate: '2026-05-11',
  endDate: '2026-05-12',
  ...over,
});
const coursesOf = (agencyId: string) =>
  ctx.db
    .select()
    .from(trainingCourses)
    .where(and(eq(trainingCourses.tenantId, tenant), eq(trainingCourses.agencyId, agencyId)));

describe('courses', () => {
  it('rejects bad input naming the fields in zh-CN and en-US, and writes nothing', async () => {
    const before = (await coursesOf(market.id)).length;
    const res = await call('marketLegal', 'POST', '/api/training/courses', course({ title: '', hours: 1.3 }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.message).toContain('学时');
    expect(body.error.fields.hours).toBe('学时须为 0.5 的整数倍');
    expect(Object.keys(body.error.fields)).toContain('title');

    const en = await call('marketLegal', 'POST', '/api/training/courses', course({ hours: 0 }), 'en-US');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toContain('hours');

    const order = await call('marketLegal', 'POST', '/api/training/courses', course({ endDate: '2026-05-10' }));
    expect(order.statusCode).toBe(400);
    expect(order.json().error.fields.endDate).toBe('结束日期不能早于开始日期');
    expect(order.json().error.message).toContain('结束日期');

    const badDate = await call('marketLegal', 'POST', '/api/training/courses', course({ startDate: '2026-02-30' }));
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.fields).toHaveProperty('startDate');

    const open = await call('marketLegal', 'POST', '/api/training/courses', course({ openToAll: true }), 'en-US');
    expect(open.statusCode).toBe(400);
    expect(open.json().error.fields.openToAll).toMatch(/justice bureau/);
    expect((await coursesOf(market.id)).length).toBe(before);
  });

  it('creates, reads and scopes courses: own agency, the bureau’s open courses for all, others not found', async () => {
    const res = await call('marketLegal', 'POST', '/api/training/courses', course({ hours: 7.5 }));
    expect(res.statusCode).toBe(201);
    const c = res.json() as CourseView;
    expect(c).toMatchObject({ hours: 7.5, agency: { id: market.id }, abilities: { update: true, delete: true } });

    const open = await call('supervisor', 'POST', '/api/training/courses', {
      ...course({ agencyId: bureau.id, kind: 'public_law', title: '《行政处罚法》全员轮训', openToAll: true }),
    });
    expect(open.statusCode).toBe(201);

    const forestryList = (
      await call('forestryOnly', 'GET', '/api/training/courses?year=2026')
    ).json() as CourseListView;
    const ids = forestryList.items.map((i) => i.id);
    expect(ids).toContain(open.json().id);
    expect(ids).not.toContain(c.id);
    expect(forestryList.items.find((i) => i.id === open.json().id)!.abilities.update).toBe(false);

    expect((await call('forestryOnly', 'GET', `/api/training/courses/${c.id}`)).statusCode).toBe(404);
    expect((await call('forestryOnly', 'PATCH', `/api/training/courses/${c.id}`, { hours: 4 })).statusCode).toBe(404);
    expect((await call('forestryMixed', 'PATCH', `/api/training/courses/${c.id}`, { hours: 4 })).statusCode).toBe(403);
    expect((await call('marketOfficer', 'POST', '/api/training/courses', course())).statusCode).toBe(403);
    // Creating for an agency one reads but does not keep: forbidden.
    expect((await call('forestryMixed', 'POST', '/api/training/courses', course())).statusCode).toBe(403);

    const patched = await call('marketLegal', 'PATCH', `/api/training/courses/${c.id}`, { endDate: '2026-05-01' });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.fields).toHaveProperty('endDate');
    const ok = await call('marketLegal', 'PATCH', `/api/training/courses/${c.id}`, { hours: 8, online: true });
    expect(ok.json()).toMatchObject({ hours: 8, online: true });
  });
});

describe('attendance', () => {
  it('records many officers at once, credits less only with a reason, refuses duplicates with 409', async () => {
    const c = (
      await call('marketLegal', 'POST', '/api/training/courses', course({ title: '执法文书制作' }))
    ).json() as CourseView;

    const noReason = await call('marketLegal', 'POST', '/api/training/attendance', {
      courseId: c.id,
      entries: [
        { officerId: off.m1.id, status: 'attended' },
        { officerId: off.m2.id, status: 'attended', hours: 6 },
      ],
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields['entries.1.reason']).toBe('计入学时少于课程学时时须说明原因');
    expect(noReason.json().error.message).toContain('学时核减原因');

    const over = await call('marketLegal', 'POST', '/api/training/attendance', {
      courseId: c.id,
      entries: [{ officerId: off.m1.id, status: 'attended', hours: 9 }],
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields['entries.0.hours']).toContain('8');
    const overEn = await call(
      'marketLegal',
      'POST',
      '/api/training/attendance',
      { courseId: c.id, entries: [{ officerId: off.m1.id, status: 'attended', hours: 9 }] },
      'en-US',
    );
    expect(overEn.json().error.message).toContain('credited hours');
    expect(overEn.json().error.fields['entries.0.hours']).toBe('Credited hours cannot exceed the course’s 8 hours');

    const res = await call('marketLegal', 'POST', '/api/training/attendance', {
      courseId: c.id,
      entries: [
        { officerId: off.m1.id, status: 'attended' },
        { officerId: off.m2.id, status: 'attended', hours: 6, reason: '下午请假半天' },
        { officerId: off.s1.id, status: 'absent' },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().created).toBe(3);

    const dup = await call('marketLegal', 'POST', '/api/training/attendance', {
      courseId: c.id,
      entries: [
        { officerId: off.m3.id, status: 'attended' },
        { officerId: off.m1.id, status: 'attended' },
      ],
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields['entries.1.officerId']).toContain('不能重复计入学时');
    // All or nothing: m3 was not written either.
    const m3 = (await call('marketLegal', 'GET', `/api/training/attendance?officerId=${off.m3.id}`)).json();
    expect(m3.total).toBe(0);

    const inBody = await call('marketLegal', 'POST', '/api/training/attendance', {
      courseId: c.id,
      entries: [
        { officerId: off.m3.id, status: 'attended' },
        { officerId: off.m3.id, status: 'absent' },
      ],
    });
    expect(inBody.statusCode).toBe(400);

    const retired = await call('marketLegal', 'POST', '/api/training/attendance', {
      courseId: c.id,
      entries: [{ officerId: off.retired.id, status: 'attended' }],
    });
    expect(retired.statusCode).toBe(400);
    expect(retired.json().error.fields['entries.0.officerId']).toContain('退休');

    const byCourse = (
      await call('marketLegal', 'GET', `/api/training/attendance?courseId=${c.id}`)
    ).json() as AttendanceListView;
    expect(byCourse.total).toBe(3);
    expect(byCourse.totalHours).toBe(14);
    const m2 = byCourse.items.find((i) => i.officer.id === off.m2.id)!;
    expect(m2).toMatchObject({ hours: 6, reason: '下午请假半天', status: 'attended', abilities: { update: true } });
    expect(byCourse.items.find((i) => i.officer.id === off.s1.id)!.hours).toBe(0);

    // Change: full credit after all (the reason is dropped), then the course cannot be deleted.
    const upd = await call('marketLegal', 'PATCH', `/api/training/attendance/${m2.id}`, { hours: 8 });
    expect(upd.json()).toMatchObject({ hours: 8, reason: null });
    const del = await call('marketLegal', 'DELETE', `/api/training/courses/${c.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().error.fields.id).toContain('3');
  });

  it('scopes attendance by the officer’s agency: 404 outside read scope, 403 readable but not kept', async () => {
    const open = await makeCourse(ctx, bureau, { openToAll: true, hours: 4, endDate: '2026-06-01' });
    const marketRec = await call('marketLegal', 'POST', '/api/training/attendance', {
      courseId: open.id,
      entries: [{ officerId: off.m3.id, status: 'attended' }],
    });
    expect(marketRec.statusCode).toBe(201);
    const id = marketRec.json().items[0].id as string;

    // Forestry keeps its own officer on the bureau's open course …
    const f = await call('forestryOnly', 'POST', '/api/training/attendance', {
      courseId: open.id,
      entries: [{ officerId: off.f1.id, status: 'attended' }],
    });
    expect(f.statusCode).toBe(201);
    // … but cannot record a market officer (not visible to it: named as unknown) …
    const unknown = await call('forestryOnly', 'POST', '/api/training/attendance', {
      courseId: open.id,
      entries: [{ officerId: off.m1.id, status: 'attended' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields['entries.0.officerId']).toBeDefined();
    // … or, reading the tenant, is refused.
    const mixed = await call('forestryMixed', 'POST', '/api/training/attendance', {
      courseId: open.id,
      entries: [{ officerId: off.m1.id, status: 'attended' }],
    });
    expect(mixed.statusCode).toBe(403);

    expect(
      (await call('forestryOnly', 'PATCH', `/api/training/attendance/${id}`, { status: 'absent' })).statusCode,
    ).toBe(404);
    expect(
      (await call('forestryMixed', 'PATCH', `/api/training/attendance/${id}`, { status: 'absent' })).statusCode,
    ).toBe(403);
    expect((await call('forestryMixed', 'DELETE', `/api/training/attendance/${id}`)).statusCode).toBe(403);
    const seen = (await call('forestryOnly', 'GET', `/api/training/attendance?officerId=${off.m3.id}`)).json();
    expect(seen.total).toBe(0);
    // A market course is not found for forestry at all.
    const marketCourse = await makeCourse(ctx, market, { endDate: '2026-06-02' });
    const hidden = await call('forestryOnly', 'POST', '/api/training/attendance', {
      courseId: marketCourse.id,
      entries: [{ officerId: off.f1.id, status: 'attended' }],
    });
    expect(hidden.statusCode).toBe(404);

    // Candidates: officers the actor keeps, in post, not yet recorded on the course.
    const cand = (await call('forestryOnly', 'GET', `/api/training/courses/${open.id}/candidates`)).json();
    expect(cand.items.map((o: { id: string }) => o.id)).not.toContain(off.f1.id);
    const mc = (await call('marketLegal', 'GET', `/api/training/courses/${open.id}/candidates`)).json();
    const names = mc.items.map((o: { name: string }) => o.name);
    expect(names).toEqual(expect.arrayContaining(['扎西', '卓玛', '王芳']));
    expect(names).not.toContain('李明');
    expect(names).not.toContain('老张');
    expect(names).not.toContain('次仁');
  });

  it('judges "not started" and the hours year on Asia/Shanghai dates', async () => {
    // 2025-12-31T17:00Z is already 1 January 2026 in Shanghai.
    ctx.clock.now = new Date('2025-12-31T17:00:00Z');
    try {
      const nye = await makeCourse(ctx, market, { hours: 3, startDate: '2025-12-31', endDate: '2025-12-31' });
      const nyd = await makeCourse(ctx, market, { hours: 2.5, startDate: '2026-01-01', endDate: '2026-01-01' });
      const tomorrow = await makeCourse(ctx, market, { hours: 2, startDate: '2026-01-02', endDate: '2026-01-02' });
      const officer = await makeOfficer(ctx, market);
      for (const c of [nye, nyd]) {
        const r = await call('marketLegal', 'POST', '/api/training/attendance', {
          courseId: c.id,
          entries: [{ officerId: officer.id, status: 'attended' }],
        });
        expect(r.statusCode).toBe(201);
      }
      const early = await call('marketLegal', 'POST', '/api/training/attendance', {
        courseId: tomorrow.id,
        entries: [{ officerId: officer.id, status: 'attended' }],
      });
      expect(early.statusCode).toBe(400);
      expect(early.json().error.fields['entries.0.status']).toContain('2026-01-02');
      // Registering ahead is fine.
      const reg = await call('marketLegal', 'POST', '/api/training/attendance', {
        courseId: tomorrow.id,
        entries: [{ officerId: officer.id, status: 'registered' }],
      });
      expect(reg.statusCode).toBe(201);

      const y2025 = (
        await call('marketLegal', 'GET', `/api/training/hours?year=2025&q=${encodeURIComponent(officer.name)}`)
      ).json() as HoursView;
      const y2026 = (
        await call('marketLegal', 'GET', `/api/training/hours?q=${encodeURIComponent(officer.name)}`)
      ).json() as HoursView;
      expect(y2026.year).toBe(2026);
      expect(y2026.on).toBe('2026-01-01');
      expect(y2025.officers.find((o) => o.officerId === officer.id)!.hours).toBe(3);
      expect(y2026.officers.find((o) => o.officerId === officer.id)!.hours).toBe(2.5);
    } finally {
      ctx.clock.now = new Date('2026-11-26T04:00:00Z');
    }
  });
});

describe('hours per officer per year', () => {
  it('compares each officer with the configured threshold and lists who is behind, with agency totals', async () => {
    const t = await makeTenant(ctx);
    const jb = await makeAgency(ctx, t, { name: `司法局${t}` });
    const a = await makeAgency(ctx, t, { name: `交通运输局${t}` });
    const b = await makeAgency(ctx, t, { name: `卫生健康局${t}` });
    const sup = await signIn(app, await makeAccount(ctx, jb, [{ role: 'supervisor', scopeKind: 'tenant' }]));
    const aLegal = await signIn(
      app,
      await makeAccount(ctx, a, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
    );
    await ctx.db.insert(personnelSettings).values({ tenantId: t, trainingHoursPerYear: 40 });
    const done = await makeOfficer(ctx, a, { name: '达标' });
    const close = await makeOfficer(ctx, a, { name: '接近' });
    const late = await makeOfficer(ctx, b, { name: '滞后' });
    await makeOfficer(ctx, b, { name: '退休', status: 'retired' });
    const big = await makeCourse(ctx, jb, { hours: 40, endDate: '2026-09-30', openToAll: true });
    const mid = await makeCourse(ctx, jb, { hours: 36, endDate: '2026-10-30', openToAll: true });
    const small = await makeCourse(ctx, jb, { hours: 10, endDate: '2026-04-30', openToAll: true });
    const prev = await makeCourse(ctx, jb, { hours: 40, endDate: '2025-12-31', openToAll: true });
    await attend(ctx, big, done.id, { hours: 40 });
    await attend(ctx, mid, close.id, { hours: 36 });
    await attend(ctx, small, late.id, { hours: 10 });
    await attend(ctx, prev, late.id, { hours: 40 });

    const get = (c: string, qs: string) =>
      app.inject({ method: 'GET', url: `/api/training/hours?${qs}`, headers: { cookie: c } });
    const res = await get(sup, 'year=2026');
    expect(res.statusCode).toBe(200);
    const v = res.json() as HoursView;
    expect(v.threshold).toBe(40);
    expect(v.on).toBe('2026-11-26');
    expect(v.daysLeft).toBe(35);
    expect(v.expectedByNow).toBeCloseTo(36.2, 5);
    const by = Object.fromEntries(v.officers.map((o) => [o.name, o]));
    expect(Object.keys(by).sort()).toEqual(['接近', '滞后', '达标'].sort());
    expect(by['达标']).toMatchObject({ hours: 40, met: true, shortfall: 0, behindSchedule: false });
    expect(by['接近']).toMatchObject({ hours: 36, met: false, shortfall: 4, behindSchedule: true });
    expect(by['滞后']).toMatchObject({ hours: 10, met: false, shortfall: 30, behindSchedule: true });
    expect(v.total).toMatchObject({ officers: 3, met: 1, notMet: 2, metPercent: 33.3 });
    expect(v.agencies.find((x) => x.agencyId === a.id)).toMatchObject({ officers: 2, met: 1, metPercent: 50 });

    const behind = (await get(sup, 'year=2026&filter=not_met')).json() as HoursView;
    expect(behind.officers.map((o) => o.name).sort()).toEqual(['接近', '滞后'].sort());
    // 2025 is over: the 40 hours of New Year's Eve met it.
    const y2025 = (await get(sup, 'year=2025&filter=not_met')).json() as HoursView;
    expect(y2025.officers.map((o) => o.name).sort()).toEqual(['接近', '达标'].sort());
    expect(y2025).toMatchObject({ elapsedShare: 1, daysLeft: 0 });

    // An agency's legal office sees its own officers only; the agency filter narrows the bureau's view.
    const own = (await get(aLegal, 'year=2026')).json() as HoursView;
    expect(own.officers.map((o) => o.name).sort()).toEqual(['接近', '达标'].sort());
    const filtered = (await get(sup, `year=2026&agencyId=${b.id}`)).json() as HoursView;
    expect(filtered.officers.map((o) => o.name)).toEqual(['滞后']);
    expect((await get(sup, 'year=20x6')).statusCode).toBe(400);
    expect((await get(sup, `agencyId=${randomUUID()}`)).statusCode).toBe(404);
    // The officer's own list (the officers page): by year, with the hours credited over all rows.
    const list = await app.inject({
      method: 'GET',
      url: `/api/training/attendance?officerId=${late.id}&year=2025`,
      headers: { cookie: sup },
    });
    expect(list.json()).toMatchObject({ total: 1, totalHours: 40 });
  });
});

describe('training plans', () => {
  it('keeps an agency’s annual plan, links courses to its items, shows progress, and locks it once published', async () => {
    const body = {
      agencyId: market.id,
      year: 2026,
      items: [
        { title: '《行政处罚法》专题', kind: 'public_law', plannedMonth: 3, hours: 16, audience: '全体执法人员' },
        { title: '食品安全抽检业务', kind: 'professional', plannedMonth: 9, hours: 24, audience: '一线执法人员' },
      ],
    };
    const bad = await call('marketLegal', 'POST', '/api/training/plans', {
      ...body,
      items: [{ ...body.items[0], plannedMonth: 13 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('计划月份');

    const res = await call('marketLegal', 'POST', '/api/training/plans', body);
    expect(res.statusCode).toBe(201);
    const plan = res.json() as PlanView;
    expect(plan.progress).toMatchObject({ plannedHours: 40, plannedItems: 2, deliveredItems: 0 });
    expect((await call('marketLegal', 'POST', '/api/training/plans', body)).statusCode).toBe(409);
    expect((await call('forestryOnly', 'GET', `/api/training/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await call('forestryMixed', 'POST', `/api/training/plans/${plan.id}/publish`)).statusCode).toBe(403);

    // A course delivers the first item; another agency's plan item is refused.
    const linked = await call(
      'marketLegal',
      'POST',
      '/api/training/courses',
      course({
        title: '《行政处罚法》专题培训',
        hours: 16,
        startDate: '2026-03-20',
        endDate: '2026-03-21',
        planItemId: plan.items[0].id,
      }),
    );
    expect(linked.statusCode).toBe(201);
    const foreign = await call('supervisor', 'POST', '/api/training/courses', {
      ...course({ agencyId: forestry.id, planItemId: plan.items[0].id }),
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toHaveProperty('planItemId');

    const read = (await call('marketLegal', 'GET', `/api/training/plans/${plan.id}`)).json() as PlanView;
    expect(read.items[0]).toMatchObject({ delivered: true, courses: [{ title: '《行政处罚法》专题培训' }] });
    expect(read.progress.deliveredItems).toBe(1);
    expect(read.progress.deliveredHours).toBeGreaterThanOrEqual(16);

    // Removing a delivered item is refused; editing the rest is fine.
    const drop = await call('marketLegal', 'PATCH', `/api/training/plans/${plan.id}`, {
      items: [{ ...body.items[1], id: plan.items[1].id }],
    });
    expect(drop.statusCode).toBe(409);
    const edit = await call('marketLegal', 'PATCH', `/api/training/plans/${plan.id}`, {
      note: '按季度组织',
      items: [
        { ...body.items[0], id: plan.items[0].id },
        { ...body.items[1], id: plan.items[1].id, hours: 20 },
      ],
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().progress.plannedHours).toBe(36);

    const pub = await call('marketLegal', 'POST', `/api/training/plans/${plan.id}/publish`);
    expect(pub.json()).toMatchObject({ status: 'published', abilities: { update: false } });
    expect((await call('marketLegal', 'PATCH', `/api/training/plans/${plan.id}`, { note: 'x' })).statusCode).toBe(409);
    expect((await call('marketLegal', 'DELETE', `/api/training/plans/${plan.id}`)).statusCode).toBe(409);
    const list = (await call('supervisor', 'GET', '/api/training/plans?year=2026')).json();
    expect(list.items.map((p: PlanView) => p.id)).toContain(plan.id);
  });
});

describe('course hours change', () => {
  it('moves full credit with the course and caps reduced credit', async () => {
    const c = await makeCourse(ctx, market, { hours: 8, endDate: '2026-07-01' });
    const full = await attend(ctx, c, off.m1.id, { hours: 8 });
    const part = randomUUID();
    await ctx.db.insert(trainingAttendance).values({
      tenantId: tenant,
      id: part,
      courseId: c.id,
      officerId: off.m2.id,
      status: 'attended',
      hoursTenths: 70,
      reason: '迟到',
    });
    const res = await call('marketLegal', 'PATCH', `/api/training/courses/${c.id}`, { hours: 6 });
    expect(res.statusCode).toBe(200);
    const rows = await ctx.db.select().from(trainingAttendance).where(eq(trainingAttendance.courseId, c.id));
    expect(rows.find((r) => r.id === full)!.hoursTenths).toBe(60);
    expect(rows.find((r) => r.id === part)!.hoursTenths).toBe(60);
  });
});
