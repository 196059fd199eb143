// The tenant's personnel settings and the per-agency indicators, through the API on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PersonnelIndicatorsView } from '../../../../contracts/personnel';
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
import { makeCertificate, makeEligible } from '../certificates/certificate.test-helpers';
import { examSittings } from '../exams/exam.schema';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let market: MadeAgency;
let station: MadeAgency;
let nature: MadeAgency;
const natureOfficers: MadeOfficer[] = [];
const cookies = {} as Record<'supervisor' | 'branchSupervisor' | 'legal' | 'officer', string>;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  const justice = await makeAgency(ctx, tenant, { name: `司法局${tenant}` });
  market = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  station = await makeAgency(ctx, tenant, { parent: market, name: `建塘市场监管所${tenant}` });
  nature = await makeAgency(ctx, tenant, { name: `自然资源局${tenant}` });
  cookies.supervisor = await signIn(
    app,
    await makeAccount(ctx, justice, [{ role: 'supervisor', scopeKind: 'tenant' }]),
  );
  cookies.branchSupervisor = await signIn(
    app,
    await makeAccount(ctx, justice, [{ role: 'supervisor', scopeKind: 'agency_subtree' }]),
  );
  cookies.legal = await signIn(
    app,
    await makeAccount(ctx, market, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookies.officer = await signIn(app, await makeAccount(ctx, nature, [{ role: 'officer', scopeKind: 'own_agency' }]));
  // 21 in post at the market regulator (1 reviewer: 4.8 %, below 5 %), 2 at its station (1 reviewer), 1 retired and
  // 1 seconded who do not count; 3 at natural resources.
  for (let i = 0; i < 21; i++) await makeOfficer(ctx, market, { legalReviewer: i === 0 });
  await makeOfficer(ctx, market, { status: 'retired', legalReviewer: true });
  await makeOfficer(ctx, market, { status: 'seconded' });
  await makeOfficer(ctx, station, { legalReviewer: true });
  await makeOfficer(ctx, station);
  for (let i = 0; i < 3; i++) natureOfficers.push(await makeOfficer(ctx, nature));
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const call = (who: keyof typeof cookies, method: 'GET' | 'PUT', url: string, payload?: unknown, lang = 'zh-CN') =>
  app.inject({ method, url, payload: payload as object, headers: { cookie: cookies[who], 'accept-language': lang } });

describe('personnel settings', () => {
  it('reads the defaults until the justice bureau sets them', async () => {
    const res = await call('officer', 'GET', '/api/personnel-settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      trainingHoursPerYear: 60,
      certificateAlertDays: [90, 30],
      certificateNumberPattern: null,
      eligibilityWindowMonths: 12,
      legalReviewerTargetPercent: 5,
    });
  });

  it('lets the tenant-wide supervisor change them; alert days are de-duplicated and sorted', async () => {
    const res = await call('supervisor', 'PUT', '/api/personnel-settings', {
      trainingHoursPerYear: 40,
      certificateAlertDays: [30, 60, 30, 90],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ trainingHoursPerYear: 40, certificateAlertDays: [90, 60, 30] });
    expect((await call('legal', 'GET', '/api/personnel-settings')).json().trainingHoursPerYear).toBe(40);
    // back to the defaults for the indicator tests below
    await call('supervisor', 'PUT', '/api/personnel-settings', {
      trainingHoursPerYear: 60,
      certificateAlertDays: [90, 30],
    });
  });

  it('refuses a supervisor whose grant does not cover the whole tenant, and the agency roles', async () => {
    expect(
      (await call('branchSupervisor', 'PUT', '/api/personnel-settings', { trainingHoursPerYear: 10 })).statusCode,
    ).toBe(403);
    expect((await call('legal', 'PUT', '/api/personnel-settings', { trainingHoursPerYear: 10 })).statusCode).toBe(403);
    expect((await call('officer', 'GET', '/api/personnel-settings')).json().trainingHoursPerYear).toBe(60);
  });

  it('names the field of a bad value, in Chinese and in English, and writes nothing', async () => {
    const zh = await call('supervisor', 'PUT', '/api/personnel-settings', { certificateNumberPattern: '([0-9' });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.fields.certificateNumberPattern).toContain('正则表达式');
    const en = await call('supervisor', 'PUT', '/api/personnel-settings', { trainingHoursPerYear: 0 }, 'en-US');
    expect(en.statusCode).toBe(400);
    expect(Object.keys(en.json().error.fields)).toEqual(['trainingHoursPerYear']);
    expect(en.json().error.message).toMatch(/[A-Za-z]/);
    const unknown = await call('supervisor', 'PUT', '/api/personnel-settings', { hours: 3 });
    expect(unknown.statusCode).toBe(400);
    expect((await call('supervisor', 'GET', '/api/personnel-settings')).json().certificateNumberPattern).toBeNull();
  });
});

describe('personnel indicators', () => {
  const row = (v: PersonnelIndicatorsView, id: string) => v.agencies.find((a) => a.agencyId === id);

  it('counts officers in post per agency, and the legal-reviewer share against the 5 % target', async () => {
    const res = await call('supervisor', 'GET', '/api/personnel-indicators?year=2026');
    expect(res.statusCode).toBe(200);
    const v = res.json<PersonnelIndicatorsView>();
    expect(v.year).toBe(2026);
    expect(row(v, market.id)).toMatchObject({
      officersInPost: 21,
      legalReviewers: { numerator: 1, denominator: 21, percent: 4.8, meetsTarget: false, targetPercent: 5 },
    });
    expect(row(v, station.id)?.legalReviewers).toMatchObject({ numerator: 1, denominator: 2, meetsTarget: true });
    expect(row(v, nature.id)?.officersInPost).toBe(3);
    expect(v.total.officersInPost).toBe(26);
    expect(v.total.legalReviewers).toMatchObject({ numerator: 2, denominator: 26 });
    // Agencies without officers are left out.
    expect(v.agencies.every((a) => a.officersInPost > 0 || a.examPassRate.denominator > 0)).toBe(true);
  });

  it('keeps to the reader’s data scope', async () => {
    const legal = (await call('legal', 'GET', '/api/personnel-indicators')).json<PersonnelIndicatorsView>();
    expect(legal.agencies.map((a) => a.agencyId).sort()).toEqual([market.id, station.id].sort());
    expect(legal.total.officersInPost).toBe(23);
    const officer = (await call('officer', 'GET', '/api/personnel-indicators')).json<PersonnelIndicatorsView>();
    expect(officer.agencies.map((a) => a.agencyId)).toEqual([nature.id]);
  });

  it('follows the configured target', async () => {
    await call('supervisor', 'PUT', '/api/personnel-settings', { legalReviewerTargetPercent: 4 });
    const v = (await call('supervisor', 'GET', '/api/personnel-indicators?year=2026')).json<PersonnelIndicatorsView>();
    expect(row(v, market.id)?.legalReviewers.meetsTarget).toBe(true);
    await call('supervisor', 'PUT', '/api/personnel-settings', { legalReviewerTargetPercent: 5 });
  });

  it('refuses a year out of range naming the field', async () => {
    const res = await call('supervisor', 'GET', '/api/personnel-indicators?year=1800');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['year']);
  });

  it('counts certificates valid on the day, officers who met the hours, and the exam pass rate', async () => {
    ctx.clock.now = new Date('2026-11-26T04:00:00Z');
    try {
      const [a, b, c] = natureOfficers;
      await makeCertificate(ctx.db, { ...a, agencyId: nature.id }, { expiresOn: '2028-06-30' });
      await makeCertificate(ctx.db, { ...b, agencyId: nature.id }, { expiresOn: '2026-11-25' }); // expired yesterday
      await makeCertificate(ctx.db, { ...c, agencyId: nature.id }, { status: 'suspended' });
      // a: 60 h and a pass in 2026; b: 59.5 h and a fail; c: 60 h, but in 2025.
      await makeEligible(ctx, { ...a, agencyId: nature.id }, { on: '2026-05-10' });
      await makeEligible(ctx, { ...b, agencyId: nature.id }, { on: '2026-05-10', hours: 59.5, passed: false });
      await makeEligible(ctx, { ...c, agencyId: nature.id }, { on: '2025-12-31', passed: false });
      const at = new Date('2026-06-01T10:00:00+08:00');
      await ctx.db.insert(examSittings).values({
        tenantId: tenant,
        id: randomUUID(),
        examId: randomUUID(),
        officerId: b.id,
        attemptNo: 1,
        seed: 1,
        startedAt: new Date(at.getTime() - 3600_000),
        deadlineAt: at,
        submittedAt: at,
        gradedAt: at,
        score: 40,
        maxScore: 100,
        passMark: 60,
        passed: false,
        status: 'graded',
      });
      const v = (await call('officer', 'GET', '/api/personnel-indicators?year=2026')).json<PersonnelIndicatorsView>();
      expect(v.on).toBe('2026-11-26');
      expect(row(v, nature.id)).toMatchObject({
        officersInPost: 3,
        validCertificate: { numerator: 1, denominator: 3, percent: 33.3 },
        trainingHoursMet: { numerator: 1, denominator: 3 },
        examPassRate: { numerator: 1, denominator: 2, percent: 50 },
      });
      // For 2025 the certificates count as on 31 December 2025, and c's hours fall in that year.
      const last = (
        await call('officer', 'GET', '/api/personnel-indicators?year=2025')
      ).json<PersonnelIndicatorsView>();
      expect(last.on).toBe('2025-12-31');
      expect(row(last, nature.id)).toMatchObject({
        validCertificate: { numerator: 2 },
        trainingHoursMet: { numerator: 1 },
        examPassRate: { numerator: 0, denominator: 0, percent: null },
      });
    } finally {
      ctx.clock.now = null;
    }
  });
});
