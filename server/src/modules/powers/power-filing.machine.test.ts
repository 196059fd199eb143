import { describe, expect, it } from 'vitest';
import { FILING_STATES, type FilingState } from '../../../../contracts/power';
import { ACTION_PERMISSION, actionsFrom, isDecision, nextState, REQUEST_ACTIONS } from './power-filing.machine';

describe('the filing transition table', () => {
  it('draft → submitted → returned → submitted → accepted, the path of a returned and corrected filing', () => {
    let s: FilingState = 'draft';
    for (const [action, to] of [
      ['edit', 'draft'],
      ['submit', 'submitted'],
      ['return', 'returned'],
      ['edit', 'returned'],
      ['submit', 'submitted'],
      ['accept', 'accepted'],
    ] as const) {
      const next = nextState(s, action);
      expect(next, `${s} --${action}-->`).toBe(to);
      s = next!;
    }
  });

  it('allows exactly these moves, and nothing out of accepted or withdrawn', () => {
    const allowed = Object.fromEntries(FILING_STATES.map((s) => [s, actionsFrom(s)]));
    expect(allowed).toEqual({
      draft: ['edit', 'submit', 'withdraw'],
      submitted: ['return', 'accept', 'withdraw'],
      returned: ['edit', 'submit', 'withdraw'],
      accepted: [],
      withdrawn: [],
    });
  });

  it('refuses what the state does not allow: no editing a submitted request, no accepting a draft', () => {
    expect(nextState('submitted', 'edit')).toBeNull();
    expect(nextState('submitted', 'submit')).toBeNull();
    expect(nextState('draft', 'accept')).toBeNull();
    expect(nextState('draft', 'return')).toBeNull();
    expect(nextState('returned', 'accept')).toBeNull();
    for (const a of REQUEST_ACTIONS) {
      expect(nextState('accepted', a)).toBeNull();
      expect(nextState('withdrawn', a)).toBeNull();
    }
  });

  it('every transition leads to a known state', () => {
    for (const s of FILING_STATES)
      for (const a of REQUEST_ACTIONS) {
        const to = nextState(s, a);
        if (to !== null) expect(FILING_STATES).toContain(to);
      }
  });

  it('throws on a state or action that is not in the table (data from outside the type system)', () => {
    expect(() => nextState('archived' as FilingState, 'submit')).toThrow(/unknown filing state/);
    expect(() => nextState('draft', 'approve' as 'submit')).toThrow(/unknown filing action/);
  });

  it('the agency edits, submits and withdraws; the justice bureau returns and accepts', () => {
    expect(ACTION_PERMISSION).toEqual({
      edit: 'power.write',
      submit: 'power.write',
      withdraw: 'power.write',
      return: 'filing.review',
      accept: 'filing.review',
    });
    expect(REQUEST_ACTIONS.filter(isDecision)).toEqual(['return', 'accept']);
  });
});
