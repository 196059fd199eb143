// The filing (备案) of a powers-list change request as data: its states, the one transition table, and who may
// take each action. Pure: the service loads the request, asks `nextState`, and writes state + event + access log
// in one transaction.
import type { FilingAction, FilingState } from '../../../../contracts/power';
import type { Permission } from '../../../../contracts/roles';

/** The actions that act on an existing request ('create' only starts one). */
export type RequestAction = Exclude<FilingAction, 'create'>;

export const REQUEST_ACTIONS: readonly RequestAction[] = ['edit', 'submit', 'return', 'accept', 'withdraw'];

/**
 * The transition table, every state × every action (the type makes it exhaustive): draft → submitted →
 * accepted | returned; a returned request is edited and resubmitted; the agency may withdraw anything not yet
 * decided. 'edit' changes the content, not the state. Accepted and withdrawn are final.
 */
const TRANSITIONS: Record<FilingState, Record<RequestAction, FilingState | null>> = {
  draft: { edit: 'draft', submit: 'submitted', return: null, accept: null, withdraw: 'withdrawn' },
  submitted: { edit: null, submit: null, return: 'returned', accept: 'accepted', withdraw: 'withdrawn' },
  returned: { edit: 'returned', submit: 'submitted', return: null, accept: null, withdraw: 'withdrawn' },
  accepted: { edit: null, submit: null, return: null, accept: null, withdraw: null },
  withdrawn: { edit: null, submit: null, return: null, accept: null, withdraw: null },
};

/** The state after `action`, or null when the state does not allow it. */
export function nextState(state: FilingState, action: RequestAction): FilingState | null {
  const row = TRANSITIONS[state];
  if (!row) throw new Error(`unknown filing state ${String(state)}`);
  const to = row[action];
  if (to === undefined) throw new Error(`unknown filing action ${String(action)}`);
  return to;
}

/**
 * The permission each action needs over the request's agency: the agency keeps its list (power.write); the
 * justice bureau decides on the filing (filing.review, held over the whole tenant).
 */
export const ACTION_PERMISSION: Record<RequestAction, Permission> = {
  edit: 'power.write',
  submit: 'power.write',
  withdraw: 'power.write',
  return: 'filing.review',
  accept: 'filing.review',
};

/** The actions the state allows (before asking who may take them). */
export function actionsFrom(state: FilingState): RequestAction[] {
  return REQUEST_ACTIONS.filter((a) => nextState(state, a) !== null);
}

/** A decision of the justice bureau: recorded on the request as decided by / at. */
export const isDecision = (action: RequestAction): boolean => action === 'return' || action === 'accept';
