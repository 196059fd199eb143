import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorsOf, shareOf, sumCounts, type AgencyCounts } from './personnel-indicators';

const counts = (over: Partial<AgencyCounts> = {}): AgencyCounts => ({
  agencyId: 'a',
  agencyName: '甲局',
  officersInPost: 0,
  withValidCertificate: 0,
  legalReviewers: 0,
  trainingHoursMet: 0,
  examSat: 0,
  examPassed: 0,
  ...over,
});

describe('shareOf', () => {
  it.each([
    [0, 0, null],
    [0, 7, 0],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [1, 200, 0.5],
    [1, 2000, 0.1],
    [1, 20001, 0],
    [5, 5, 100],
  ])('%i of %i is %s %', (n, d, percent) => {
    expect(shareOf(n, d)).toEqual({ numerator: n, denominator: d, percent });
  });

  it('stays within 0–100 and keeps its operands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 100000 }), (d, n0) => {
        const n = n0 % (d + 1);
        const s = shareOf(n, d);
        expect(s.numerator).toBe(n);
        expect(s.denominator).toBe(d);
        expect(s.percent).toBeGreaterThanOrEqual(0);
        expect(s.percent).toBeLessThanOrEqual(100);
        expect(Math.abs(s.percent! - (100 * n) / d)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});

describe('indicatorsOf: the legal-reviewer target (5 % by default)', () => {
  it.each([
    [20, 1, 5, true],
    [21, 1, 5, false], // 4.76 % rounds to 4.8: below, never rounded up into the target
    [40, 2, 5, true],
    [100, 4, 5, false],
    [0, 0, 5, false], // no officers: nothing meets a target
    [10, 1, 10, true],
  ])('%i officers with %i reviewers, target %i %: %s', (officersInPost, legalReviewers, target, meets) => {
    expect(indicatorsOf(counts({ officersInPost, legalReviewers }), target).legalReviewers.meetsTarget).toBe(meets);
  });

  it('agrees with the exact comparison for any counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.nat(), fc.integer({ min: 1, max: 100 }), (o, r0, t) => {
        const r = o === 0 ? 0 : r0 % (o + 1);
        const view = indicatorsOf(counts({ officersInPost: o, legalReviewers: r }), t);
        expect(view.legalReviewers.meetsTarget).toBe(o > 0 && r / o >= t / 100);
        expect(view.legalReviewers.targetPercent).toBe(t);
      }),
    );
  });

  it('takes the exam pass rate over those who sat, not over officers in post', () => {
    const view = indicatorsOf(counts({ officersInPost: 50, examSat: 8, examPassed: 6 }), 5);
    expect(view.examPassRate).toEqual({ numerator: 6, denominator: 8, percent: 75 });
    expect(view.trainingHoursMet.denominator).toBe(50);
  });
});

describe('sumCounts', () => {
  it('adds every count and names the total row', () => {
    const arb = fc.record({
      officersInPost: fc.nat(1000),
      withValidCertificate: fc.nat(1000),
      legalReviewers: fc.nat(1000),
      trainingHoursMet: fc.nat(1000),
      examSat: fc.nat(1000),
      examPassed: fc.nat(1000),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 20 }), (rows) => {
        const total = sumCounts(
          rows.map((r) => counts(r)),
          '合计',
        );
        expect(total.agencyId).toBeNull();
        expect(total.agencyName).toBe('合计');
        expect(total.officersInPost).toBe(rows.reduce((s, r) => s + r.officersInPost, 0));
        expect(total.examPassed).toBe(rows.reduce((s, r) => s + r.examPassed, 0));
        expect(total.withValidCertificate).toBe(rows.reduce((s, r) => s + r.withValidCertificate, 0));
      }),
    );
  });
});
