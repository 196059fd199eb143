import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appearanceProblems, appearanceRate } from './leader-record.rules';

const base = { hearingDate: '2026-03-10' };

describe('court appearance rules (行政诉讼法第三条第三款)', () => {
  it('a head who appeared is named, with post and rank', () => {
    expect(appearanceProblems({ ...base, appeared: true })).toEqual({
      appearedName: 'leader_appeared_required',
      appearedPost: 'leader_appeared_required',
      appearedRank: 'leader_appeared_required',
    });
    expect(
      appearanceProblems({
        ...base,
        appeared: true,
        appearedName: '张三',
        appearedPost: '局长',
        appearedRank: 'principal',
        spoke: true,
      }),
    ).toEqual({});
  });

  it('a head who did not appear gives a reason and entrusts an official, and cannot have spoken', () => {
    expect(appearanceProblems({ ...base, appeared: false, spoke: true })).toEqual({
      absenceReason: 'leader_absence_reason_required',
      delegateName: 'leader_delegate_required',
      delegatePost: 'leader_delegate_required',
      spoke: 'leader_spoke_without_appearing',
    });
    expect(
      appearanceProblems({
        ...base,
        appeared: false,
        absenceReason: '出差',
        delegateName: '李四',
        delegatePost: '法规股股长',
      }),
    ).toEqual({});
  });

  it('a judgment date needs an outcome and cannot precede the hearing', () => {
    const ok = { ...base, appeared: true, appearedName: '张三', appearedPost: '局长', appearedRank: 'principal' };
    expect(appearanceProblems({ ...ok, outcomeDate: '2026-04-01' })).toEqual({
      outcomeDate: 'leader_outcome_date_needs_outcome',
    });
    expect(appearanceProblems({ ...ok, outcome: 'upheld', outcomeDate: '2026-03-01' })).toEqual({
      outcomeDate: 'leader_outcome_before_hearing',
    });
    expect(appearanceProblems({ ...ok, outcome: 'upheld', outcomeDate: '2026-03-10' })).toEqual({});
  });

  it('the appearance rate is a percentage with one decimal, null without hearings, within 0–100', () => {
    expect(appearanceRate(0, 0)).toBeNull();
    expect(appearanceRate(3, 2)).toBe(66.7);
    expect(appearanceRate(4, 4)).toBe(100);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(), (n, k) => {
        const rate = appearanceRate(n, k % (n + 1))!;
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(100);
      }),
    );
  });
});
