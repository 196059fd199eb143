// The transfer plan's filing (调动计划备案) as data: states, the one transition table, and who takes each action.
// Pure: the service loads the plan, asks `nextState`, and writes state + event + access log in one transaction.
import type { TransferPlanAction, TransferPlanState } from '../../../../contracts/transfer';
import type { Permission } from '../../../../contracts/roles';

const TABLE: Record<TransferPlanState, Partial<Record<TransferPlanAction, TransferPlanState>>> = {
  draft: { edit: 'draft', submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { accept: 'accepted', return: 'returned', withdraw: 'withdrawn' },
  returned: { edit: 'returned', submit: 'submitted', withdraw: 'withdrawn' },
  // 「执行」 may apply the items in several goes (each on or after its effective date); the last one moves the plan
  // to executed. The service decides which of the two applies.
  accepted: { execute: 'executed' },
  executed: {},
  withdrawn: {},
};

/** The agency files, edits, withdraws and executes; the justice bureau (filing.review) accepts and returns. */
export const ACTION_PERMISSION: Record<TransferPlanAction, Permission> = {
  edit: 'personnel.write',
  submit: 'personnel.write',
  withdraw: 'personnel.write',
  execute: 'personnel.write',
  accept: 'filing.review',
  return: 'filing.review',
};

export function nextState(state: TransferPlanState, action: TransferPlanAction): TransferPlanState | null {
  const row = TABLE[state];
  if (!row) throw new Error(`unknown transfer plan state ${String(state)}`);
  if (!(action in ACTION_PERMISSION)) throw new Error(`unknown transfer plan action ${String(action)}`);
  return row[action] ?? null;
}

export function actionsFrom(state: TransferPlanState): TransferPlanAction[] {
  return Object.keys(TABLE[state]) as TransferPlanAction[];
}

/** The organisation department's filing may be recorded while the plan is alive (not withdrawn). */
export const canRecordOrgFiling = (state: TransferPlanState): boolean => state !== 'withdrawn';
