import { describe, expect, it } from 'vitest';
import { TRANSFER_PLAN_ACTIONS, TRANSFER_PLAN_STATES, type TransferPlanState } from '../../../../contracts/transfer';
import { ACTION_PERMISSION, actionsFrom, canRecordOrgFiling, nextState } from './transfer-plan.machine';

describe('the transfer plan filing table', () => {
  it('draft → submitted → returned → submitted → accepted → executed', () => {
    let s: TransferPlanState = 'draft';
    for (const [action, to] of [
      ['edit', 'draft'],
      ['submit', 'submitted'],
      ['return', 'returned'],
      ['edit', 'returned'],
      ['submit', 'submitted'],
      ['accept', 'accepted'],
      ['execute', 'executed'],
    ] as const) {
      const next = nextState(s, action);
      expect(next, `${s} --${action}-->`).toBe(to);
      s = next!;
    }
  });

  it('allows exactly these moves; nothing out of executed or withdrawn', () => {
    expect(Object.fromEntries(TRANSFER_PLAN_STATES.map((s) => [s, actionsFrom(s)]))).toEqual({
      draft: ['edit', 'submit', 'withdraw'],
      submitted: ['accept', 'return', 'withdraw'],
      returned: ['edit', 'submit', 'withdraw'],
      accepted: ['execute'],
      executed: [],
      withdrawn: [],
    });
  });

  it('refuses editing a submitted plan, accepting a draft, executing what is not accepted', () => {
    expect(nextState('submitted', 'edit')).toBeNull();
    expect(nextState('draft', 'accept')).toBeNull();
    expect(nextState('returned', 'accept')).toBeNull();
    for (const s of TRANSFER_PLAN_STATES.filter((x) => x !== 'accepted')) expect(nextState(s, 'execute')).toBeNull();
    for (const a of TRANSFER_PLAN_ACTIONS) {
      expect(nextState('executed', a)).toBeNull();
      expect(nextState('withdrawn', a)).toBeNull();
    }
  });

  it('throws on a state or action outside the table', () => {
    expect(() => nextState('archived' as TransferPlanState, 'submit')).toThrow(/unknown transfer plan state/);
    expect(() => nextState('draft', 'approve' as 'submit')).toThrow(/unknown transfer plan action/);
  });

  it('the agency files and executes; the justice bureau accepts and returns', () => {
    expect(ACTION_PERMISSION).toEqual({
      edit: 'personnel.write',
      submit: 'personnel.write',
      withdraw: 'personnel.write',
      execute: 'personnel.write',
      accept: 'filing.review',
      return: 'filing.review',
    });
  });

  it('the organisation department filing is recorded on any plan but a withdrawn one', () => {
    expect(TRANSFER_PLAN_STATES.filter(canRecordOrgFiling)).toEqual([
      'draft',
      'submitted',
      'returned',
      'accepted',
      'executed',
    ]);
  });
});
