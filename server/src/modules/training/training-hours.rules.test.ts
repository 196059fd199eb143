import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOfYear, daysInYear, hoursStanding, percent, toHours, toTenths, yearProgress } from './training-hours.rules';

const date = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const halfHours = fc.integer({ min: 1, max: 400 }).map((n) => n / 2);

describe('hours in tenths', () => {
  it('sums half hours exactly', () => {
    fc.assert(
      fc.property(fc.array(halfHours, { maxLength: 50 }), (hs) => {
        const tenths = hs.reduce((s, h) => s + toTenths(h), 0);
        const exact = hs.reduce((s, h) => s + h * 2, 0) / 2;
        expect(toHours(tenths)).toBe(exact);
      }),
    );
  });
});

describe('yearProgress', () => {
  it('knows leap years and days of the year', () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2026)).toBe(365);
    expect(daysInYear(2000)).toBe(366);
    expect(daysInYear(2100)).toBe(365);
    expect(dayOfYear('2026-01-01')).toBe(1);
    expect(dayOfYear('2026-12-31')).toBe(365);
    expect(dayOfYear('2024-12-31')).toBe(366);
  });

  it('is whole for past years, empty for future ones, and counts today as elapsed', () => {
    expect(yearProgress(2025, '2026-11-26')).toEqual({ elapsedShare: 1, daysLeft: 0 });
    expect(yearProgress(2027, '2026-11-26')).toEqual({ elapsedShare: 0, daysLeft: 365 });
    const nov26 = yearProgress(2026, '2026-11-26');
    expect(nov26.daysLeft).toBe(35);
    expect(nov26.elapsedShare).toBeCloseTo(330 / 365, 10);
    expect(yearProgress(2026, '2026-12-31')).toEqual({ elapsedShare: 1, daysLeft: 0 });
  });

  it('elapsed days and days left always make the whole year', () => {
    fc.assert(
      fc.property(date, (d) => {
        const y = Number(d.slice(0, 4));
        const p = yearProgress(y, d);
        expect(p.elapsedShare).toBeGreaterThan(0);
        expect(p.elapsedShare).toBeLessThanOrEqual(1);
        expect(Math.round(p.elapsedShare * daysInYear(y)) + p.daysLeft).toBe(daysInYear(y));
      }),
    );
  });
});

describe('hoursStanding', () => {
  it('applies the threshold and the pro-rata rule', () => {
    expect(hoursStanding(60, 60, 0.5)).toEqual({ met: true, shortfall: 0, expectedByNow: 30, behindSchedule: false });
    expect(hoursStanding(29.5, 60, 0.5)).toEqual({
      met: false,
      shortfall: 30.5,
      expectedByNow: 30,
      behindSchedule: true,
    });
    expect(hoursStanding(30, 60, 0.5).behindSchedule).toBe(false);
    // A past year: everything below the threshold is behind.
    expect(hoursStanding(59.5, 60, 1)).toMatchObject({ met: false, behindSchedule: true, shortfall: 0.5 });
    // A future year: nobody is behind yet.
    expect(hoursStanding(0, 60, 0).behindSchedule).toBe(false);
  });

  it('holds its invariants for any hours, threshold and share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }).map((n) => n / 2),
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (hours, threshold, share) => {
          const s = hoursStanding(hours, threshold, share);
          expect(s.met).toBe(hours >= threshold);
          expect(s.shortfall).toBeCloseTo(Math.max(0, threshold - hours), 5);
          // Met officers are never behind; behind means below the pro-rata figure, which never exceeds the threshold.
          if (s.met) expect(s.behindSchedule).toBe(false);
          if (s.behindSchedule) expect(hours).toBeLessThan(s.expectedByNow);
          expect(s.expectedByNow).toBeLessThanOrEqual(threshold);
          // More hours never make an officer more behind.
          const more = hoursStanding(hours + 0.5, threshold, share);
          if (!s.behindSchedule) expect(more.behindSchedule).toBe(false);
        },
      ),
    );
  });

  it('percent has one decimal and null without officers', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBeNull();
  });
});
