import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS } from '../../../../contracts/agency';
import { ANNUAL_FILING_STATES, type AnnualFilingState } from '../../../../contracts/annual-filing';
import { FILING_STEP_ACTIONS, filingActionsFrom, nextFilingState } from './annual-filing.machine';
import { dueDateOf, requiredFilingKinds, timelinessOf } from './annual-filing.rules';

describe('the filing machine', () => {
  it('draft → submitted → accepted | returned; returned is resubmitted; withdraw goes back to draft', () => {
    expect(nextFilingState('draft', 'submit')).toBe('submitted');
    expect(nextFilingState('submitted', 'accept')).toBe('accepted');
    expect(nextFilingState('submitted', 'return')).toBe('returned');
    expect(nextFilingState('returned', 'edit')).toBe('returned');
    expect(nextFilingState('returned', 'submit')).toBe('submitted');
    expect(nextFilingState('submitted', 'withdraw')).toBe('draft');
  });

  it('accepted is final; a draft cannot be decided; a submitted filing cannot be edited', () => {
    expect(filingActionsFrom('accepted')).toEqual([]);
    expect(nextFilingState('draft', 'accept')).toBeNull();
    expect(nextFilingState('draft', 'return')).toBeNull();
    expect(nextFilingState('submitted', 'edit')).toBeNull();
    expect(nextFilingState('returned', 'accept')).toBeNull();
  });

  it('every decision starts from submitted, and every state reachable from draft can reach accepted', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FILING_STEP_ACTIONS), { maxLength: 12 }), (actions) => {
        let state: AnnualFilingState = 'draft';
        for (const a of actions) {
          const to = nextFilingState(state, a);
          if (to === null) continue;
          if (a === 'accept' || a === 'return') expect(state).toBe('submitted');
          state = to;
        }
        // From any state but accepted, submit (if needed) then accept finishes.
        if (state !== 'accepted') {
          const s = state === 'submitted' ? state : nextFilingState(state, 'submit');
          expect(s).toBe('submitted');
          expect(nextFilingState(s!, 'accept')).toBe('accepted');
        }
      }),
    );
  });

  it('throws on an unknown state rather than allowing anything', () => {
    expect(() => nextFilingState('gone' as AnnualFilingState, 'submit')).toThrow();
    expect(ANNUAL_FILING_STATES).toHaveLength(4);
  });
});

describe('who must file what', () => {
  it('enforcement agencies file the work plan and the training plan; townships also the squad plan', () => {
    expect(requiredFilingKinds({ kind: 'city_department' })).toEqual(['enforcement_work_plan', 'training_plan']);
    expect(requiredFilingKinds({ kind: 'vertical_branch' })).toEqual(['enforcement_work_plan', 'training_plan']);
    expect(requiredFilingKinds({ kind: 'authorised_organisation' })).toEqual([
      'enforcement_work_plan',
      'training_plan',
    ]);
    expect(requiredFilingKinds({ kind: 'justice_bureau' })).toEqual(['enforcement_work_plan', 'training_plan']);
    expect(requiredFilingKinds({ kind: 'township_government' })).toEqual([
      'enforcement_work_plan',
      'training_plan',
      'squad_training_plan',
    ]);
  });

  it('squads and entrusted organisations act in another body’s name and file nothing; nor does an abolished agency', () => {
    expect(requiredFilingKinds({ kind: 'squad' })).toEqual([]);
    expect(requiredFilingKinds({ kind: 'entrusted_organisation' })).toEqual([]);
    expect(requiredFilingKinds({ kind: 'township_government', status: 'abolished' })).toEqual([]);
  });

  it('only townships ever file the squad training plan, and every filer files the work plan', () => {
    for (const kind of AGENCY_KINDS) {
      const kinds = requiredFilingKinds({ kind });
      expect(kinds.includes('squad_training_plan')).toBe(kind === 'township_government');
      if (kinds.length) expect(kinds).toContain('enforcement_work_plan');
    }
  });
});

describe('on time: first submitted by 31 March, Asia/Shanghai', () => {
  const at = (iso: string) => new Date(iso);
  const later = at('2026-06-01T00:00:00Z');

  it('31 March 23:59 in Shanghai (15:59 UTC) is on time; 1 April 00:00 in Shanghai (31 March 16:00 UTC) is late', () => {
    expect(dueDateOf(2026)).toBe('2026-03-31');
    expect(timelinessOf(2026, at('2026-03-31T15:59:59Z'), later)).toBe('on_time');
    expect(timelinessOf(2026, at('2026-03-31T16:00:00Z'), later)).toBe('late');
    // Early on 31 March in UTC is already 31 March in Shanghai; late on 30 March UTC too.
    expect(timelinessOf(2026, at('2026-03-30T17:00:00Z'), later)).toBe('on_time');
  });

  it('not submitted: pending through 31 March (Shanghai), overdue from 1 April (Shanghai)', () => {
    expect(timelinessOf(2026, null, at('2026-03-31T15:59:59Z'))).toBe('pending');
    expect(timelinessOf(2026, null, at('2026-03-31T16:00:00Z'))).toBe('overdue');
    expect(timelinessOf(2026, null, at('2026-01-05T00:00:00Z'))).toBe('pending');
  });

  it('judged by the first submission only, whatever the clock says now', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('2025-10-01T00:00:00Z'), max: at('2026-09-30T00:00:00Z'), noInvalidDate: true }),
        fc.date({ min: at('2025-10-01T00:00:00Z'), max: at('2027-12-31T00:00:00Z'), noInvalidDate: true }),
        (submitted, now) => {
          const t = timelinessOf(2026, submitted, now);
          const shanghai = new Date(submitted.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
          expect(t).toBe(shanghai <= '2026-03-31' ? 'on_time' : 'late');
        },
      ),
    );
  });
});
