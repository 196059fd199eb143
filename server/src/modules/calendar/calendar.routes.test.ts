// The calendar routes against the real app and database: reads for every signed-in user, a national year entered
// (validation naming each field, zh and en; who may), a tenant's local holidays, and the days of a range.
// National writes use years of the 2090s, which no other test reads.
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/access-log.schema';
import { makeAccount, makeAgency, makeTenant, signIn } from '../../testing/factories';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import {
  ensureCalendarSeeded,
  firstWeekdayOf,
  firstWeekendOf,
  localEntriesSnapshot,
  yearBodyFor,
  yearSnapshot,
} from './calendar.test-helpers';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let otherTenant: string;
const cookie = {} as Record<
  'officer' | 'supervisor' | 'sysadmin' | 'subtreeSysadmin' | 'otherSupervisor' | 'multiSupervisor',
  string
>;

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2026-11-27T10:00:00+08:00');
  await ensureCalendarSeeded(ctx);
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx, '日历测试县');
  otherTenant = await makeTenant(ctx, '日历他县');
  const bureau = await makeAgency(ctx, tenant, { name: `司法局${tenant}` });
  const market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  const otherBureau = await makeAgency(ctx, otherTenant, { name: `司法局${otherTenant}` });
  cookie.officer = await signIn(app, await makeAccount(ctx, market, [{ role: 'officer', scopeKind: 'own_agency' }]));
  cookie.supervisor = await signIn(app, await makeAccount(ctx, bureau, [{ role: 'supervisor', scopeKind: 'tenant' }]));
  cookie.sysadmin = await signIn(app, await makeAccount(ctx, bureau, [{ role: 'sysadmin', scopeKind: 'tenant' }]));
  cookie.subtreeSysadmin = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'sysadmin', scopeKind: 'agency_subtree' }]),
  );
  cookie.otherSupervisor = await signIn(
    app,
    await makeAccount(ctx, otherBureau, [{ role: 'supervisor', scopeKind: 'tenant' }]),
  );
  // A provincial supervisor whose account sits in the other tenant and whose scope lists both.
  cookie.multiSupervisor = await signIn(
    app,
    await makeAccount(ctx, otherBureau, [
      { role: 'supervisor', scopeKind: 'tenants', scopeTenants: [tenant, otherTenant] },
    ]),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

type Who = keyof typeof cookie;
const call = (who: Who, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object, lang?: string) =>
  app.inject({
    method,
    url,
    headers: { cookie: cookie[who], ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload ? { payload } : {}),
  });

describe('reading the calendar', () => {
  it('lists the years: seeded ones published with their notice, next year provisional', async () => {
    const res = await call('officer', 'GET', '/api/calendar/years');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.tenantId).toBe(tenant);
    expect(body.version).toMatch(/^cal-/);
    expect(body.abilities).toEqual({ editNational: false, editLocal: false });
    const y2026 = body.items.find((y: { year: number }) => y.year === 2026);
    expect(y2026).toMatchObject({
      published: true,
      holidayCount: 33,
      workdayCount: 6,
      localCount: 0,
      notice: { number: '国办发明电〔2025〕7号', source: 'package', publishedOn: '2025-11-04' },
    });
    expect(body.items.find((y: { year: number }) => y.year === 2027)).toMatchObject({
      published: false,
      notice: null,
      holidayCount: 0,
    });
    const sup = (await call('supervisor', 'GET', '/api/calendar/years')).json();
    expect(sup.abilities).toEqual({ editNational: true, editLocal: true });
  });

  it('gives a year’s entries; a year without a national calendar is provisional', async () => {
    const y2026 = (await call('officer', 'GET', '/api/calendar/years/2026')).json();
    expect(y2026).toMatchObject({ year: 2026, published: true, provisional: false, tenantId: tenant });
    expect(y2026.entries).toContainEqual({ date: '2026-02-14', kind: 'workday', name: '春节调休上班', note: null });
    expect(y2026.entries).toContainEqual({ date: '2026-10-07', kind: 'holiday', name: '国庆节', note: '调休休息' });
    const y2027 = (await call('officer', 'GET', '/api/calendar/years/2027')).json();
    expect(y2027).toMatchObject({ year: 2027, published: false, provisional: true, notice: null, entries: [] });
  });

  it('gives each day of a range, and refuses a reversed or too long one by field', async () => {
    const res = await call('officer', 'GET', '/api/calendar/days?from=2026-02-13&to=2026-02-16');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().days.map((d: { reason: string }) => d.reason)).toEqual([
      'workday',
      'swapped_workday',
      'holiday',
      'holiday',
    ]);
    const provisional = (await call('officer', 'GET', '/api/calendar/days?from=2027-01-01&to=2027-01-01')).json();
    expect(provisional.days[0]).toMatchObject({ date: '2027-01-01', working: true, provisional: true });

    const reversed = await call('officer', 'GET', '/api/calendar/days?from=2026-02-16&to=2026-02-13');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields.to).toBe('结束日期不能早于开始日期');
    const long = await call('officer', 'GET', '/api/calendar/days?from=2026-01-01&to=2027-03-01', undefined, 'en-US');
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields.to).toBe('The range may not exceed 400 days');
    const bad = await call('officer', 'GET', '/api/calendar/days?from=2026-02-30&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['from']);
  });

  it('another tenant’s calendar is not found, unless the caller’s scope lists it', async () => {
    const res = await call('officer', 'GET', `/api/calendar/days?tenant=${otherTenant}&from=2026-02-13&to=2026-02-13`);
    expect(res.statusCode).toBe(404);
    expect((await call('officer', 'GET', `/api/calendar/years?tenant=${otherTenant}`)).statusCode).toBe(404);
    const multi = await call('multiSupervisor', 'GET', `/api/calendar/years/2026?tenant=${tenant}`);
    expect(multi.statusCode, multi.body).toBe(200);
    expect(multi.json()).toMatchObject({ tenantId: tenant, abilities: { editNational: true, editLocal: true } });
  });
});

describe('entering a national year', () => {
  it('enters a year: it becomes published, its days follow it, and the write is logged', async () => {
    const body = yearBodyFor(2091);
    const res = await call('sysadmin', 'PUT', '/api/calendar/years/2091', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      year: 2091,
      published: true,
      provisional: false,
      recomputedDeadlines: 0,
      notice: { title: body.noticeTitle, number: body.noticeNumber, source: 'admin', publishedOn: '2090-11-01' },
    });
    expect(res.json().entries).toHaveLength(2);
    const holiday = body.entries[0].date;
    const days = (await call('officer', 'GET', `/api/calendar/days?from=${holiday}&to=${holiday}`)).json();
    expect(days.days[0]).toMatchObject({ working: false, reason: 'holiday', name: '劳动节', provisional: false });
    expect(days.days[0].source).toBe(body.noticeNumber);
    const logged = await ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'calendar.year_put'), eq(accessLog.outcome, 'success')));
    expect(logged.some((r) => r.recordIds.includes('calendar_year:2091'))).toBe(true);

    // Replacing the year replaces every entry.
    const again = await call('supervisor', 'PUT', '/api/calendar/years/2091', { ...body, entries: [] });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().entries).toEqual([]);
    const after = (await call('officer', 'GET', `/api/calendar/days?from=${holiday}&to=${holiday}`)).json();
    expect(after.days[0]).toMatchObject({ working: true, reason: 'workday', provisional: false });
  });

  it('refuses bad entries, naming each field, in Chinese and in English, and writes nothing', async () => {
    const snapshot = yearSnapshot(ctx.db, 2092);
    const before = await snapshot();
    const weekday = firstWeekdayOf(2092, 3);
    const payload = {
      noticeTitle: '国务院办公厅关于2092年部分节假日安排的通知',
      entries: [
        { date: '2093-01-01', kind: 'holiday', name: '元旦' },
        { date: weekday, kind: 'holiday', name: '' },
        { date: firstWeekdayOf(2092, 5), kind: 'holiday', name: '劳动节' },
        { date: firstWeekdayOf(2092, 5), kind: 'holiday', name: '劳动节' },
        { date: weekday, kind: 'workday', name: '调休上班' },
      ],
    };
    // The name is checked by the schema first.
    const missingName = await call('sysadmin', 'PUT', '/api/calendar/years/2092', payload);
    expect(missingName.statusCode).toBe(400);
    expect(missingName.json().error.fields).toEqual({ 'entries.1.name': '必填' });
    expect(missingName.json().error.message).toContain('节日名称');

    payload.entries[1].name = '春节';
    const res = await call('sysadmin', 'PUT', '/api/calendar/years/2092', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_input');
    expect(res.json().error.fields).toEqual({
      'entries.0.date': '日期不在 2092 年内',
      'entries.3.date': `日期 ${firstWeekdayOf(2092, 5)} 重复（与第 3 行相同）`,
      'entries.4.date': `日期 ${weekday} 重复（与第 2 行相同）`,
    });
    payload.entries = [{ date: weekday, kind: 'workday', name: '调休上班' }];
    const en = await call('sysadmin', 'PUT', '/api/calendar/years/2092', payload, 'en-US');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toEqual({
      'entries.0.date': `A swapped working day falls on a Saturday or Sunday; ${weekday} does not`,
    });
    expect(en.json().error.message).toContain('date');
    const outOfRange = await call('sysadmin', 'PUT', '/api/calendar/years/2101', yearBodyFor(2092));
    expect(outOfRange.statusCode).toBe(400);
    expect(Object.keys(outOfRange.json().error.fields)).toEqual(['year']);
    expect(await snapshot()).toEqual(before);
  });

  it('is for the system administrator and whole-tenant supervisors only', async () => {
    const snapshot = yearSnapshot(ctx.db, 2093);
    const before = await snapshot();
    const officer = await call('officer', 'PUT', '/api/calendar/years/2093', yearBodyFor(2093));
    expect(officer.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
    const subtree = await call('subtreeSysadmin', 'PUT', '/api/calendar/years/2093', yearBodyFor(2093));
    expect(subtree.statusCode, subtree.body).toBe(200);
    const multi = await call('multiSupervisor', 'PUT', '/api/calendar/years/2093', yearBodyFor(2093));
    expect(multi.statusCode, multi.body).toBe(200);
  });
});

describe('local holidays', () => {
  const basis = '《迪庆藏族自治州自治条例》（测试引用）';

  it('the tenant’s supervisor adds one with its basis; it shows in the year and the days; then removes it', async () => {
    const date = firstWeekdayOf(2026, 3); // 2026-03-02, a Monday
    const add = await call('supervisor', 'POST', '/api/calendar/local-entries', {
      date,
      kind: 'holiday',
      name: '藏历新年',
      basis,
    });
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json()).toMatchObject({ entry: { date, name: '藏历新年', basis }, recomputedDeadlines: 0 });

    const list = (await call('officer', 'GET', '/api/calendar/local-entries?year=2026')).json();
    expect(list.items.map((e: { date: string }) => e.date)).toEqual([date]);
    const year = (await call('officer', 'GET', '/api/calendar/years/2026')).json();
    expect(year.localEntries).toHaveLength(1);
    expect(year.version).toBe(add.json().version);
    const day = (await call('officer', 'GET', `/api/calendar/days?from=${date}&to=${date}`)).json().days[0];
    expect(day).toMatchObject({ working: false, reason: 'holiday', local: true, source: basis });
    // The other tenant does not have it.
    const other = await call('otherSupervisor', 'GET', `/api/calendar/days?from=${date}&to=${date}`);
    expect(other.json().days[0]).toMatchObject({ working: true, local: false });

    const dup = await call('sysadmin', 'POST', '/api/calendar/local-entries', {
      date,
      kind: 'holiday',
      name: '重复',
      basis,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields.date).toBe('该日已有本地节假日（藏历新年），请先删除');

    const del = await call('supervisor', 'DELETE', `/api/calendar/local-entries/${date}`);
    expect(del.statusCode, del.body).toBe(200);
    expect(del.json().version).not.toBe(add.json().version);
    const gone = await call('supervisor', 'DELETE', `/api/calendar/local-entries/${date}`);
    expect(gone.statusCode).toBe(404);
  });

  it('checks the entry, by field', async () => {
    const snapshot = localEntriesSnapshot(ctx.db, tenant);
    const before = await snapshot();
    const weekday = firstWeekdayOf(2026, 6);
    const res = await call('supervisor', 'POST', '/api/calendar/local-entries', {
      date: weekday,
      kind: 'workday',
      name: '调休上班',
      basis,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['date']);
    const missing = await call('supervisor', 'POST', '/api/calendar/local-entries', {
      date: firstWeekendOf(2026, 6),
      kind: 'workday',
      name: '调休上班',
      basis: ' ',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual({ basis: '必填' });
    expect(await snapshot()).toEqual(before);
  });

  it('only within the tenant: officers and other tenants’ supervisors are refused', async () => {
    const snapshot = localEntriesSnapshot(ctx.db, tenant);
    const before = await snapshot();
    const body = { date: firstWeekdayOf(2026, 7), kind: 'holiday', name: '本地节日', basis };
    expect((await call('officer', 'POST', '/api/calendar/local-entries', body)).statusCode).toBe(403);
    const other = await call('otherSupervisor', 'POST', `/api/calendar/local-entries?tenant=${tenant}`, body);
    expect(other.statusCode).toBe(403);
    const subtree = await call('subtreeSysadmin', 'POST', '/api/calendar/local-entries', body);
    expect(subtree.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
    // A provincial supervisor whose scope lists the tenant may.
    const multi = await call('multiSupervisor', 'POST', `/api/calendar/local-entries?tenant=${tenant}`, body);
    expect(multi.statusCode, multi.body).toBe(201);
  });
});
