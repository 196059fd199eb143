// The annual filing (年度备案) as data: states, the one transition table, and who may take each action. Pure: the
// service loads the filing, asks `nextFilingState`, and writes state + event + access log in one transaction.
import type { AnnualFilingAction, AnnualFilingState } from '../../../../contracts/annual-filing';
import type { Permission } from '../../../../contracts/roles';

export type FilingStepAction = Exclude<AnnualFilingAction, 'create'>;
export const FILING_STEP_ACTIONS: readonly FilingStepAction[] = ['edit', 'submit', 'withdraw', 'return', 'accept'];

/**
 * draft → submitted → accepted | returned; a returned filing is edited and resubmitted; the agency may withdraw a
 * submitted filing back to draft before the bureau decides. 'edit' (content, documents) keeps the state. Accepted
 * is final.
 */
const TRANSITIONS: Record<AnnualFilingState, Record<FilingStepAction, AnnualFilingState | null>> = {
  draft: { edit: 'draft', submit: 'submitted', withdraw: null, return: null, accept: null },
  submitted: { edit: null, submit: null, withdraw: 'draft', return: 'returned', accept: 'accepted' },
  returned: { edit: 'returned', submit: 'submitted', withdraw: null, return: null, accept: null },
  accepted: { edit: null, submit: null, withdraw: null, return: null, accept: null },
};

export function nextFilingState(state: AnnualFilingState, action: FilingStepAction): AnnualFilingState | null {
  const row = TRANSITIONS[state];
  if (!row) throw new Error(`unknown filing state ${String(state)}`);
  const to = row[action];
  if (to === undefined) throw new Error(`unknown filing action ${String(action)}`);
  return to;
}

export function filingActionsFrom(state: AnnualFilingState): FilingStepAction[] {
  return FILING_STEP_ACTIONS.filter((a) => nextFilingState(state, a) !== null);
}

/**
 * The agency keeps its filing (personnel.write over it); the justice bureau decides (filing.review, which must be
 * held over the whole tenant: checked in the service with tenantsWithWholeScope).
 */
export const FILING_ACTION_PERMISSION: Record<FilingStepAction, Permission> = {
  edit: 'personnel.write',
  submit: 'personnel.write',
  withdraw: 'personnel.write',
  return: 'filing.review',
  accept: 'filing.review',
};

export const isFilingDecision = (a: FilingStepAction): boolean => a === 'return' || a === 'accept';
