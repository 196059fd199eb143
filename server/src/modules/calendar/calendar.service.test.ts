// The calendar against a real database: seeding from the package (idempotent, never over an administrator's
// correction), the tenant's working calendar (published and provisional years, local holidays, the version and its
// cache), and 2025/2026 as the State Council's notices set them. Changes to the shared national tables are made in
// transactions that are rolled back, so that test files sharing one PostgreSQL server do not see them.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/policy';
import type { Tx } from '../../platform/db/client';
import { makeTenant } from '../../testing/factories';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { packageYears } from './calendar.package';
import { calendarEntries, calendarYears } from './calendar.schema';
import { addLocalEntry, ensureNationalCalendar, loadWorkingCalendar, putCalendarYear } from './calendar.service';

let ctx: TestContext;

class Rollback extends Error {}
/** Runs `work` in a transaction that is always rolled back. */
async function rolledBack(work: (tx: Tx) => Promise<void>): Promise<void> {
  await expect(
    ctx.db.transaction(async (tx) => {
      await work(tx);
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
}

const actorOf = (tenantId: string, role: 'sysadmin' | 'supervisor' = 'sysadmin'): Actor => ({
  accountId: '00000000-0000-4000-8000-000000000001',
  username: 'calendar-test',
  displayName: '日历测试',
  tenantId,
  agencyId: '00000000-0000-4000-8000-000000000002',
  agencyPath: '/00000000-0000-4000-8000-000000000002/',
  grants: [
    {
      id: '00000000-0000-4000-8000-000000000003',
      role,
      scopeKind: 'tenant',
      scopeAgencyId: null,
      scopeAgencyPath: null,
      scopeTenants: [],
    },
  ],
  via: 'session',
  tokenPermissions: null,
  sessionId: null,
  mfaEnabled: false,
  mfaSetupRequired: false,
  mustChangePassword: false,
});

beforeAll(async () => {
  ctx = await createTestContext();
  await ensureNationalCalendar(ctx.db);
});
afterAll(async () => {
  await ctx.close();
});

describe('ensureNationalCalendar', () => {
  it('has every year the package covers, with the notice and all entries', async () => {
    const years = await ctx.db.select().from(calendarYears);
    const have = new Set(years.map((y) => y.year));
    for (const y of packageYears()) expect(have.has(y.year), String(y.year)).toBe(true);
    const y2026 = years.find((y) => y.year === 2026)!;
    expect(y2026).toMatchObject({
      noticeTitle: '国务院办公厅关于2026年部分节假日安排的通知',
      noticeNumber: '国办发明电〔2025〕7号',
      publishedOn: '2025-11-04',
      source: 'package',
    });
    const y2010 = years.find((y) => y.year === 2010)!;
    expect(y2010.noticeNumber).toBe('据 chinese-days 数据包');
    const entries2026 = await ctx.db.select().from(calendarEntries).where(eq(calendarEntries.year, 2026));
    expect(entries2026.filter((e) => e.kind === 'holiday')).toHaveLength(33);
    expect(entries2026.filter((e) => e.kind === 'workday').map((e) => e.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('is idempotent: a second run inserts nothing and changes nothing', async () => {
    const before = await ctx.db.select().from(calendarEntries);
    const versionBefore = (await loadWorkingCalendar(ctx.db, '533401')).version;
    expect(await ensureNationalCalendar(ctx.db)).toEqual([]);
    expect(await ctx.db.select().from(calendarEntries)).toHaveLength(before.length);
    expect((await loadWorkingCalendar(ctx.db, '533401')).version).toBe(versionBefore);
  });

  it('never overwrites an administrator’s correction, and fills in a year that is missing', async () => {
    await rolledBack(async (tx) => {
      // Correct 2026: National Day only 1–6 October (2026-10-07 removed), no swapped days.
      await putCalendarYear(
        tx,
        actorOf('533401'),
        2026,
        {
          noticeTitle: '更正测试',
          noticeNumber: '更正〔2026〕1号',
          entries: ['01', '02', '03', '04', '05', '06'].map((d) => ({
            date: `2026-10-${d}`,
            kind: 'holiday' as const,
            name: '国庆节',
          })),
        },
        new Date('2026-11-27T10:00:00+08:00'),
      );
      // And lose 2005 altogether.
      await tx.delete(calendarEntries).where(eq(calendarEntries.year, 2005));
      await tx.delete(calendarYears).where(eq(calendarYears.year, 2005));

      expect(await ensureNationalCalendar(tx)).toEqual([2005]);

      const y2026 = (await tx.select().from(calendarYears).where(eq(calendarYears.year, 2026)))[0];
      expect(y2026).toMatchObject({ source: 'admin', noticeNumber: '更正〔2026〕1号' });
      const cal = await loadWorkingCalendar(tx, '533401');
      expect(cal.day('2026-10-07')).toMatchObject({ working: true, reason: 'workday', provisional: false });
      expect(cal.day('2026-02-14')).toMatchObject({ working: false, reason: 'weekend' });
      expect(cal.day('2026-10-06')).toMatchObject({ working: false, reason: 'holiday', source: '更正〔2026〕1号' });
      expect(cal.isPublished(2005)).toBe(true);
      expect(cal.day('2005-10-07')).toMatchObject({ working: false, reason: 'holiday' });
    });
    // Rolled back: the seeded 2026 is back, and the calendar read afterwards is not the one cached inside.
    const cal = await loadWorkingCalendar(ctx.db, '533401');
    expect(cal.day('2026-10-07')).toMatchObject({ working: false, reason: 'holiday' });
  });
});

describe('loadWorkingCalendar', () => {
  it('2026 as 国办发明电〔2025〕7号 sets it; 2027 is provisional', async () => {
    const cal = await loadWorkingCalendar(ctx.db, '533401');
    expect(cal.day('2026-02-14')).toEqual({
      date: '2026-02-14',
      working: true,
      reason: 'swapped_workday',
      name: '春节调休上班',
      source: '国办发明电〔2025〕7号',
      local: false,
      provisional: false,
    });
    expect(cal.day('2026-02-28')).toMatchObject({ working: true, reason: 'swapped_workday' });
    expect(cal.day('2026-10-07')).toMatchObject({ working: false, reason: 'holiday', name: '国庆节' });
    expect(cal.day('2026-10-10')).toMatchObject({ working: true, reason: 'swapped_workday' });
    expect(cal.day('2026-04-06')).toMatchObject({ working: false, reason: 'holiday', name: '清明节' });
    expect(cal.day('2026-10-09')).toMatchObject({ working: true, reason: 'workday', provisional: false });
    expect(cal.day('2027-02-06')).toMatchObject({ working: false, reason: 'weekend', provisional: true });
    expect(cal.day('2027-10-01')).toMatchObject({ working: true, reason: 'workday', provisional: true });
    expect(cal.isPublished(2027)).toBe(false);
  });

  it('2025 as 国办发明电〔2024〕12号 sets it', async () => {
    const cal = await loadWorkingCalendar(ctx.db, '533401');
    expect(cal.day('2025-01-26')).toMatchObject({ working: true, reason: 'swapped_workday' });
    expect(cal.day('2025-02-08')).toMatchObject({ working: true, reason: 'swapped_workday' });
    expect(cal.day('2025-02-04')).toMatchObject({ working: false, reason: 'holiday', name: '春节' });
    expect(cal.day('2025-10-08')).toMatchObject({ working: false, reason: 'holiday' });
    expect(cal.day('2025-10-11')).toMatchObject({ working: true, reason: 'swapped_workday' });
    expect(cal.day('2025-02-05')).toMatchObject({ working: true, reason: 'workday', source: null });
  });

  it('is cached per version: the same value until the calendar changes', async () => {
    const tenant = await makeTenant(ctx);
    const a = await loadWorkingCalendar(ctx.db, tenant);
    expect(await loadWorkingCalendar(ctx.db, tenant)).toBe(a);
    // Without local entries two tenants have the same calendar, and so the same version.
    expect((await loadWorkingCalendar(ctx.db, '533401')).version).toBe(a.version);
    expect(a.version).toMatch(/^cal-[0-9a-f]{16}$/);
  });

  it('takes the tenant’s local holidays, in published and provisional years, and changes its version', async () => {
    const tenant = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const before = await loadWorkingCalendar(ctx.db, tenant);
    const now = new Date('2026-11-27T10:00:00+08:00');
    await ctx.db.transaction(async (tx) => {
      const actor = actorOf(tenant, 'supervisor');
      const basis = '测试：自治州人民政府关于藏历新年放假的通知';
      await addLocalEntry(tx, actor, {}, { date: '2026-03-02', kind: 'holiday', name: '藏历新年', basis }, now);
      await addLocalEntry(tx, actor, {}, { date: '2027-02-08', kind: 'holiday', name: '藏历新年', basis }, now);
      // A local holiday on a national swapped working day makes it a rest day (the local act is the later rule).
      await addLocalEntry(tx, actor, {}, { date: '2026-02-28', kind: 'holiday', name: '本地节日', basis }, now);
    });
    const cal = await loadWorkingCalendar(ctx.db, tenant);
    expect(cal.version).not.toBe(before.version);
    expect(cal.day('2026-03-02')).toMatchObject({
      working: false,
      reason: 'holiday',
      name: '藏历新年',
      local: true,
      provisional: false,
      source: '测试：自治州人民政府关于藏历新年放假的通知',
    });
    expect(cal.day('2027-02-08')).toMatchObject({ working: false, reason: 'holiday', local: true, provisional: true });
    expect(cal.day('2026-02-28')).toMatchObject({ working: false, local: true });
    // Another tenant is untouched.
    expect((await loadWorkingCalendar(ctx.db, other)).day('2026-03-02')).toMatchObject({ working: true, local: false });
  });

  it('a rolled-back change never reaches the cache', async () => {
    const tenant = await makeTenant(ctx);
    const now = new Date('2026-11-27T10:00:00+08:00');
    const before = await loadWorkingCalendar(ctx.db, tenant);
    await rolledBack(async (tx) => {
      await addLocalEntry(
        tx,
        actorOf(tenant, 'supervisor'),
        {},
        { date: '2026-03-03', kind: 'holiday', name: '回滚测试', basis: '测试' },
        now,
      );
      expect((await loadWorkingCalendar(tx, tenant)).day('2026-03-03').working).toBe(false);
    });
    const after = await loadWorkingCalendar(ctx.db, tenant);
    expect(after.day('2026-03-03').working).toBe(true);
    expect(after.version).toBe(before.version);
  });
});
