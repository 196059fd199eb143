import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OFFICER_STATUSES, STAFFING_TYPES } from '../../../../contracts/personnel';
import { eligibilityWindow, evaluateEligibility, type EligibilityFacts } from './certificate-eligibility';

const facts = fc.record<EligibilityFacts>({
  status: fc.constantFrom(...OFFICER_STATUSES),
  staffingType: fc.constantFrom(...STAFFING_TYPES),
  passedExamOn: fc.option(fc.constant('2026-03-01'), { nil: null }),
  hours: fc.integer({ min: 0, max: 1200 }).map((t) => t / 10),
  requiredHours: fc.integer({ min: 1, max: 120 }),
});

describe('certificate eligibility', () => {
  it('is eligible exactly when in post, on an establishment, exam passed and hours met', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const out = evaluateEligibility(f);
        const expected =
          f.status === 'in_post' && f.staffingType !== 'other' && f.passedExamOn !== null && f.hours >= f.requiredHours;
        expect(out.eligible).toBe(expected);
        expect(out.checks.map((c) => c.check)).toEqual([
          'in_post',
          'on_establishment',
          'exam_passed',
          'training_hours',
        ]);
        // Each failed condition is named, and only those.
        const failed = out.checks.filter((c) => !c.ok).map((c) => c.check);
        expect(failed.includes('in_post')).toBe(f.status !== 'in_post');
        expect(failed.includes('on_establishment')).toBe(f.staffingType === 'other');
        expect(failed.includes('exam_passed')).toBe(f.passedExamOn === null);
        expect(failed.includes('training_hours')).toBe(f.hours < f.requiredHours);
      }),
    );
  });

  it('is monotone: more hours or a passed exam never make an eligible officer ineligible', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 100 }), (f, more) => {
        if (!evaluateEligibility(f).eligible) return;
        expect(evaluateEligibility({ ...f, hours: f.hours + more }).eligible).toBe(true);
      }),
    );
  });

  it('words the failures as the issue form and the API show them', () => {
    const out = evaluateEligibility({
      status: 'in_post',
      staffingType: 'administrative',
      passedExamOn: null,
      hours: 42.5,
      requiredHours: 60,
    });
    expect(out.checks.filter((c) => !c.ok).map((c) => c.message.zh)).toEqual([
      '未通过执法资格考试',
      '培训学时 42.5/60 未达标',
    ]);
  });

  it('counts the window back from the issue date, inclusive', () => {
    expect(eligibilityWindow('2026-06-15', 12)).toEqual({ from: '2025-06-16', to: '2026-06-15' });
    expect(eligibilityWindow('2024-02-29', 12)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(eligibilityWindow('2026-03-31', 1)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
  });
});
