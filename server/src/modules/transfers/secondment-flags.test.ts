import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, agencySecondmentFlags, daysBetween, secondmentTimeFlags } from './secondment-flags';

describe('addMonths', () => {
  it('adds calendar months, clamped to the end of the month', () => {
    expect(addMonths('2024-01-15', 6)).toBe('2024-07-15');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-03-10', -3)).toBe('2023-12-10');
  });
  it('is never earlier for more months', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.nat(40),
        (d, n) => {
          const day = d.toISOString().slice(0, 10);
          expect(addMonths(day, n + 1) > addMonths(day, n)).toBe(true);
        },
      ),
    );
  });
});

describe('secondment time flags (清理整顿人员随意借调)', () => {
  const s = { startDate: '2024-01-10', expectedEndDate: '2024-04-10', endedOn: null };
  it('nothing while within the expected end and the limit', () => {
    expect(secondmentTimeFlags(s, '2024-04-10', 6)).toEqual([]);
  });
  it('overdue the day after the expected end; long-running after the limit', () => {
    expect(secondmentTimeFlags(s, '2024-04-11', 6)).toEqual(['overdue']);
    expect(secondmentTimeFlags(s, '2024-07-11', 6)).toEqual(['overdue', 'long_running']);
    expect(secondmentTimeFlags({ ...s, expectedEndDate: '2025-01-01' }, '2024-07-11', 6)).toEqual(['long_running']);
  });
  it('an ended secondment raises nothing', () => {
    expect(secondmentTimeFlags({ ...s, endedOn: '2024-12-01' }, '2025-01-01', 6)).toEqual([]);
  });
  it('daysBetween counts calendar days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('agency secondment flags', () => {
  const base = { current: 10, minimum: 10, seconded: 1, secondedFrontLine: 1, enforcement: 20 };
  it('below the minimum only when front-line officers are seconded away', () => {
    expect(agencySecondmentFlags({ ...base, current: 9 }, 10)).toEqual(['below_minimum']);
    expect(agencySecondmentFlags({ ...base, current: 9, secondedFrontLine: 0 }, 10)).toEqual([]);
    expect(agencySecondmentFlags({ ...base, current: 9, minimum: null }, 10)).toEqual([]);
  });
  it('share exceeded strictly above the threshold (2 of 20 is 10 %: not above)', () => {
    expect(agencySecondmentFlags({ ...base, seconded: 2 }, 10)).toEqual([]);
    expect(agencySecondmentFlags({ ...base, seconded: 3 }, 10)).toEqual(['share_exceeded']);
  });
  it('the share flag agrees with the percentage for any figures', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.integer({ min: 1, max: 100 }), (seconded, enforcement, pct) => {
        const flags = agencySecondmentFlags({ ...base, minimum: null, seconded, enforcement }, pct);
        expect(flags.includes('share_exceeded')).toBe(enforcement > 0 && (seconded / enforcement) * 100 > pct + 1e-9);
      }),
    );
  });
});
