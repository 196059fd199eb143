// The powers module's own error: an action the request's state does not allow (409 invalid_transition).
import { FILING_ACTION_LABELS, FILING_STATE_LABELS, type FilingState } from '../../../../contracts/power';
import { AppError } from '../../platform/errors';
import type { RequestAction } from './power-filing.machine';

export function invalidTransition(state: FilingState, action: RequestAction): AppError {
  const s = FILING_STATE_LABELS[state];
  const a = FILING_ACTION_LABELS[action];
  return new AppError(
    'invalid_transition',
    409,
    'power_invalid_transition',
    {},
    {
      state: {
        key: 'power_invalid_transition',
        text: {
          zh: `备案申请当前为“${s.zh}”，不能${a.zh}`,
          en: `The request is ${s.en.toLowerCase()}: it cannot be ${a.en.toLowerCase()}`,
        },
      },
    },
  );
}
