// The deadline routes and settings, and the CLI command's body, through the API on a real database.
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEADLINE_RULE_IDS } from '../../../../contracts/procedure';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { ensureNationalCalendar } from '../calendar/calendar.service';
import { deadlineCommand } from './deadline.cli';
import { deadlineSettings } from './deadline.schema';
import { loadDeadlineSettings } from './deadline.service';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let otherTenant: string;
let market: MadeAgency;
let station: MadeAgency;
let nature: MadeAgency;
const cookies = {} as Record<'officer' | 'supervisor' | 'legal' | 'leaderNature' | 'auditor' | 'otherOfficer', string>;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  await ensureNationalCalendar(ctx.db);
  tenant = await makeTenant(ctx);
  otherTenant = await makeTenant(ctx, '另一县');
  const justice = await makeAgency(ctx, tenant, { name: `司法局${tenant}` });
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  station = await makeAgency(ctx, tenant, { parent: market, name: `建塘市场监管所${tenant}` });
  nature = await makeAgency(ctx, tenant, { name: `自然资源局${tenant}` });
  const elsewhere = await makeAgency(ctx, otherTenant);
  cookies.officer = await signIn(app, await makeAccount(ctx, station, [{ role: 'officer', scopeKind: 'own_agency' }]));
  cookies.supervisor = await signIn(
    app,
    await makeAccount(ctx, justice, [{ role: 'supervisor', scopeKind: 'tenant' }]),
  );
  cookies.legal = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookies.leaderNature = await signIn(
    app,
    await makeAccount(ctx, nature, [{ role: 'agency_leader', scopeKind: 'agency_subtree' }]),
  );
  cookies.auditor = await signIn(app, await makeAccount(ctx, justice, [{ role: 'auditor', scopeKind: 'tenant' }]));
  cookies.otherOfficer = await signIn(
    app,
    await makeAccount(ctx, elsewhere, [{ role: 'officer', scopeKind: 'own_agency' }]),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

type Who = keyof typeof cookies;
const get = (who: Who, url: string, lang = 'zh-CN') =>
  app.inject({ method: 'GET', url, headers: { cookie: cookies[who], 'accept-language': lang } });
const put = (who: Who, url: string, payload: object, lang = 'zh-CN') =>
  app.inject({ method: 'PUT', url, payload, headers: { cookie: cookies[who], 'accept-language': lang } });
const compute = (who: Who, q: string, lang?: string) => get(who, `/api/deadlines/compute?tenant=${tenant}&${q}`, lang);
const settingRows = () => ctx.db.select().from(deadlineSettings).where(eq(deadlineSettings.tenantId, tenant));

describe('GET /api/deadlines/compute', () => {
  it('computes and explains a due date on the tenant’s calendar', async () => {
    const res = await compute('officer', 'rule=XZCF-56&start=2026-02-12');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // 2/13 (1), 2/14 Sat worked (2), 2/15–2/23 春节, 2/24–2/27 (3–6), 2/28 Sat worked (7).
    expect(body).toMatchObject({ rule: 'XZCF-56', due: '2026-02-28', dueAt: null, provisional: false, flags: [] });
    expect(body.explanation.basis).toBe('《中华人民共和国行政处罚法》第五十六条');
    expect(body.explanation.steps.map((s: { text: { zh: string } }) => s.text.zh)).toContain(
      '2026-02-15 至 2026-02-23 春节假期（9天）不计',
    );
    expect(typeof body.calendarVersion).toBe('string');
  });

  it('takes suspensions and an approved extension from the query', async () => {
    // 4/5 + 10 suspended days = 4/15, + 30 approved = 5/15.
    const res = await compute(
      'officer',
      'rule=XZCF-60&start=2026-01-05&suspensions=2026-02-10..2026-02-20&extension=30&extensionApprovedOn=2026-03-20',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ due: '2026-05-15' });
    expect(res.json().flags).toEqual(expect.arrayContaining(['suspended', 'extended']));
  });

  it('counts a still-running suspension through today', async () => {
    ctx.clock.now = new Date('2026-03-10T04:00:00Z');
    try {
      const res = await compute('officer', 'rule=XZCF-60&start=2026-01-05&suspensions=2026-03-01..');
      expect(res.json()).toMatchObject({ due: '2026-04-15' });
      expect(res.json().flags).toContain('still_suspended');
    } finally {
      ctx.clock.now = null;
    }
  });

  it('gives hour rules as date-times in Beijing time', async () => {
    const res = await compute('officer', `rule=XZQZ-19&start=${encodeURIComponent('2026-03-10T23:30:00+08:00')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ due: '2026-03-11', dueAt: '2026-03-11T23:30:00+08:00' });
  });

  it('names the bad field, in Chinese and in English', async () => {
    const badRule = await compute('officer', 'rule=XZCF-99&start=2026-01-05');
    expect(badRule.statusCode).toBe(400);
    expect(Object.keys(badRule.json().error.fields)).toEqual(['rule']);
    expect(badRule.json().error.message).toContain('期限规则');

    const badStart = await compute('officer', 'rule=XZCF-60&start=2026-02-30');
    expect(badStart.statusCode).toBe(400);
    expect(badStart.json().error.fields).toEqual({ start: '不是有效的日期（YYYY-MM-DD）' });
    expect(badStart.json().error.message).toContain('起算日');

    const en = await compute('officer', 'rule=XZCF-60&start=2026-02-30', 'en-US');
    expect(en.json().error.fields).toEqual({ start: 'Not a valid date (YYYY-MM-DD)' });
    expect(en.json().error.message).toBe('The request has invalid fields: start');

    const hourNeedsTime = await compute('officer', 'rule=XZQZ-19&start=2026-03-10', 'en-US');
    expect(hourNeedsTime.json().error.fields.start).toContain('start time');

    const badSuspension = await compute('officer', 'rule=XZCF-60&start=2026-01-05&suspensions=2026-02-10');
    expect(Object.keys(badSuspension.json().error.fields)).toEqual(['suspensions']);

    const noExtension = await compute('officer', 'rule=XZCF-67&start=2026-01-05&extension=5');
    expect(noExtension.json().error.fields).toEqual({ extension: '该期限不能延长' });

    const tooMuch = await compute('officer', 'rule=XZQZ-25&start=2026-01-31&extension=31', 'en-US');
    expect(tooMuch.json().error.fields).toEqual({ extension: 'Extensions may total at most 30 days' });
  });

  it('refuses a tenant outside the caller’s reach, and callers who are not signed in', async () => {
    expect(
      (await get('otherOfficer', `/api/deadlines/compute?tenant=${tenant}&rule=XZCF-60&start=2026-01-05`)).statusCode,
    ).toBe(404);
    expect((await get('otherOfficer', '/api/deadlines/compute?rule=XZCF-60&start=2026-01-05')).statusCode).toBe(200);
    const anon = await app.inject({ method: 'GET', url: `/api/deadlines/compute?rule=XZCF-60&start=2026-01-05` });
    expect(anon.statusCode).toBe(401);
    // An agency the caller does not reach is not found.
    expect((await compute('officer', `rule=LEGAL-REVIEW&start=2026-01-05&agency=${nature.id}`)).statusCode).toBe(404);
  });
});

describe('settings of configurable rules', () => {
  it('reads the statutory defaults until someone sets them', async () => {
    const res = await get('officer', `/api/deadlines/settings?tenant=${tenant}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.abilities).toEqual({ configureTenant: false, configureAgency: false });
    expect(body.items.map((i: { rule: string }) => i.rule)).toEqual(['XZCF-60', 'LEGAL-REVIEW']);
    expect(body.items[0]).toMatchObject({ amount: 90, extensionMax: 30, amountSource: 'default' });
    expect(body.items[1]).toMatchObject({ amount: 5, extensionMax: null, amountSource: 'default' });
    expect((await get('supervisor', `/api/deadlines/settings?tenant=${tenant}`)).json().abilities.configureTenant).toBe(
      true,
    );
  });

  it('refuses bad values naming the field, and writes nothing', async () => {
    const cases: Array<[object, string]> = [
      [{ tenant, rule: 'LEGAL-REVIEW', amount: 11 }, 'amount'],
      [{ tenant, rule: 'LEGAL-REVIEW', amount: 2 }, 'amount'],
      [{ tenant, rule: 'XZCF-60', extensionMax: 61 }, 'extensionMax'],
      [{ tenant, rule: 'LEGAL-REVIEW', extensionMax: 3 }, 'extensionMax'],
      [{ tenant, rule: 'XZCF-56', amount: 7 }, 'rule'],
      [{ tenant, rule: 'NOPE', amount: 7 }, 'rule'],
    ];
    for (const [payload, field] of cases) {
      const res = await put('supervisor', '/api/deadlines/settings', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(Object.keys(res.json().error.fields), JSON.stringify(payload)).toEqual([field]);
    }
    const en = await put(
      'supervisor',
      '/api/deadlines/settings',
      { tenant, rule: 'LEGAL-REVIEW', amount: 11 },
      'en-US',
    );
    expect(en.json().error.fields.amount).toBe('Must be between 3 and 10');
    expect(await settingRows()).toEqual([]);
  });

  it('lets only the whole-tenant supervisor set the tenant’s values', async () => {
    expect(
      (await put('legal', '/api/deadlines/settings', { tenant, rule: 'XZCF-60', extensionMax: 60 })).statusCode,
    ).toBe(403);
    expect(
      (await put('officer', '/api/deadlines/settings', { tenant, rule: 'XZCF-60', extensionMax: 60 })).statusCode,
    ).toBe(403);
    expect(
      (await put('supervisor', '/api/deadlines/settings', { tenant: otherTenant, rule: 'XZCF-60', extensionMax: 60 }))
        .statusCode,
    ).toBe(403);
    expect(await settingRows()).toEqual([]);

    const res = await put('supervisor', '/api/deadlines/settings', { tenant, rule: 'XZCF-60', extensionMax: 60 });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ amount: 90, extensionMax: 60, extensionMaxSource: 'tenant' });
    // An extension of 45 days is now allowed: 4/5 + 45 = 5/20.
    const c = await compute('officer', 'rule=XZCF-60&start=2026-01-05&extension=45&extensionApprovedOn=2026-03-01');
    expect(c.json().due).toBe('2026-05-20');
    const rules = await get('officer', `/api/deadlines/rules?tenant=${tenant}`);
    const xzcf60 = rules.json().items.find((r: { id: string }) => r.id === 'XZCF-60');
    expect(xzcf60.extension).toMatchObject({ max: 60, defaultMax: 30 });
    // The other tenant keeps the default.
    expect((await loadDeadlineSettings(ctx.db, otherTenant))['XZCF-60']).toBeUndefined();
    // null clears it: back to the default and no row left.
    const cleared = await put('supervisor', '/api/deadlines/settings', { tenant, rule: 'XZCF-60', extensionMax: null });
    expect(cleared.json().items[0]).toMatchObject({ extensionMax: 30, extensionMaxSource: 'default' });
    expect(await settingRows()).toEqual([]);
  });

  it('takes an agency’s own legal-review limit over the tenant’s, over the default', async () => {
    expect(
      (await put('supervisor', '/api/deadlines/settings', { tenant, rule: 'LEGAL-REVIEW', amount: 7 })).statusCode,
    ).toBe(200);
    const res = await put('legal', `/api/deadlines/settings/agencies/${station.id}`, {
      rule: 'LEGAL-REVIEW',
      amount: 10,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ agencyId: station.id, abilities: { configureAgency: true } });
    expect(res.json().items[1]).toMatchObject({ amount: 10, amountSource: 'agency' });
    expect(await loadDeadlineSettings(ctx.db, tenant, station.id)).toMatchObject({ 'LEGAL-REVIEW': { amount: 10 } });
    expect(await loadDeadlineSettings(ctx.db, tenant, market.id)).toMatchObject({ 'LEGAL-REVIEW': { amount: 7 } });

    // 2/13 + 10 WD: 2/14 Sat (1), 2/24–27 (2–5), 2/28 Sat (6), 3/2–3/5 (7–10); the tenant's 7: → 3/2 (7).
    const own = await compute('officer', `rule=LEGAL-REVIEW&start=2026-02-13&agency=${station.id}`);
    expect(own.json().due).toBe('2026-03-05');
    const tenantWide = await compute('officer', 'rule=LEGAL-REVIEW&start=2026-02-13');
    expect(tenantWide.json().due).toBe('2026-03-02');

    // Only its own agencies, only the legal-review limit, only in range.
    expect(
      (await put('legal', `/api/deadlines/settings/agencies/${nature.id}`, { rule: 'LEGAL-REVIEW', amount: 4 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await put('leaderNature', `/api/deadlines/settings/agencies/${station.id}`, { rule: 'LEGAL-REVIEW', amount: 4 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await put('officer', `/api/deadlines/settings/agencies/${station.id}`, { rule: 'LEGAL-REVIEW', amount: 4 }))
        .statusCode,
    ).toBe(403);
    const wrongRule = await put('legal', `/api/deadlines/settings/agencies/${station.id}`, {
      rule: 'XZCF-60',
      amount: 4,
    });
    expect(Object.keys(wrongRule.json().error.fields)).toEqual(['rule']);
    const outOfRange = await put('legal', `/api/deadlines/settings/agencies/${station.id}`, {
      rule: 'LEGAL-REVIEW',
      amount: 12,
    });
    expect(outOfRange.json().error.fields).toEqual({ amount: '应在 3 至 10 之间' });
    const row = await ctx.db
      .select()
      .from(deadlineSettings)
      .where(and(eq(deadlineSettings.tenantId, tenant), eq(deadlineSettings.scopeKey, station.id)));
    expect(row.map((r) => r.amount)).toEqual([10]);

    // Cleared: the agency falls back to the tenant's value.
    await put('legal', `/api/deadlines/settings/agencies/${station.id}`, { rule: 'LEGAL-REVIEW', amount: null });
    expect(await loadDeadlineSettings(ctx.db, tenant, station.id)).toMatchObject({ 'LEGAL-REVIEW': { amount: 7 } });
    await put('supervisor', '/api/deadlines/settings', { tenant, rule: 'LEGAL-REVIEW', amount: null });
  });
});

describe('GET /api/deadlines/rules', () => {
  it('lists every rule with its basis, for every business role (not the audit administrator)', async () => {
    expect((await get('auditor', `/api/deadlines/rules?tenant=${tenant}`)).statusCode).toBe(403);
    const res = await get('officer', `/api/deadlines/rules?tenant=${tenant}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ id: string; basis: string; unit: string; rollForward: boolean }>;
    expect(items.map((r) => r.id)).toEqual([...DEADLINE_RULE_IDS]);
    expect(items.find((r) => r.id === 'XZFY-62')).toMatchObject({
      basis: '《中华人民共和国行政复议法》第六十二条第一款',
      unit: 'calendar_days',
      rollForward: true,
    });
  });
});

describe('xzzf deadline (the command’s body)', () => {
  it('prints the due date and the explanation in Chinese', async () => {
    const { output, exitCode } = await deadlineCommand(ctx.db, 'XZCF-60', '2026-01-05', { tenant }, new Date());
    expect(exitCode).toBe(0);
    expect(output).toContain('XZCF-60  行政处罚法：作出行政处罚决定');
    expect(output).toContain('依据：《中华人民共和国行政处罚法》第六十条');
    expect(output).toContain('期满日：2026-04-05');
    expect(output).toContain('1. 起算日 2026-01-05（星期一）');
  });

  it('prints JSON on request, and refuses bad input with exit code 2', async () => {
    const json = await deadlineCommand(ctx.db, 'XZCF-67', '2026-09-17', { tenant, json: true }, new Date());
    expect(JSON.parse(json.output)).toMatchObject({ due: '2026-10-08', flags: ['rolled_forward'] });
    const bad = await deadlineCommand(ctx.db, 'XZCF-99', '2026-01-05', { tenant }, new Date());
    expect(bad).toEqual({ output: '输入有误（期限规则）：没有这条期限规则', exitCode: 2 });
    const badStart = await deadlineCommand(ctx.db, 'XZCF-60', '2026-13-01', { tenant }, new Date());
    expect(badStart.exitCode).toBe(2);
    expect(badStart.output).toContain('起算日');
  });
});
