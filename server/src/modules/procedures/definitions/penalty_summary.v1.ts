// 行政处罚简易程序, version 1: 行政处罚法 第五十一、五十二条 (decision on the spot) and 第六十八、六十九条
// (collection on the spot, recorded as the payment).
import type { ProcedureDefinition } from '../../../../../contracts/procedure';
import { move, step } from './define';

export const penaltySummaryV1: ProcedureDefinition = {
  code: 'penalty_summary',
  version: 1,
  effectiveFrom: '2021-07-15',
  kind: 'penalty',
  label: { zh: '行政处罚简易程序（当场处罚）', en: 'Administrative penalty — summary procedure (on the spot)' },
  basis: [
    '《中华人民共和国行政处罚法》第五章第二节（第五十一条、第五十二条）',
    '《中华人民共和国行政处罚法》第六十七条至第六十九条',
  ],
  steps: [
    step('registered', '已登记', 'Registered', 'start', 0, 0),
    step('decided', '当场作出决定', 'Decided on the spot', 'active', 1, 0),
    step('served', '当场交付（送达）', 'Handed over (served)', 'active', 2, 0),
    step('executed', '执行完毕', 'Executed', 'active', 3, 0),
    step('closed', '结案（备案）', 'Closed (filed)', 'end', 4, 0),
    step('terminated', '终止', 'Terminated', 'end', 0, 2),
  ],
  transitions: [
    move('register', '登记', 'Register', [], 'registered', { main: true }),
    move('decide_on_spot', '当场处罚', 'Decide on the spot', ['registered'], 'decided', {
      guards: ['summary_limits', 'two_certified_officers'],
      documents: ['summary_penalty_decision'],
      main: true,
    }),
    move('serve', '当场交付决定书', 'Hand over the decision', ['decided'], 'served', {
      documents: ['service_receipt'],
      starts: [
        { slot: 'payment', rule: 'XZCF-67' },
        { slot: 'review_window', rule: 'XZFY-20' },
        { slot: 'litigation_window', rule: 'XZSS-46' },
      ],
      main: true,
    }),
    move('record_payment', '缴纳罚款（含当场收缴）', 'Record payment (incl. on the spot)', ['served'], 'executed', {
      stops: ['payment'],
      main: true,
    }),
    move('close', '结案备案', 'Close and file', ['executed', 'served'], 'closed', {
      guards: ['referral_not_fine_only'],
      main: true,
    }),
    move('terminate', '终止', 'Terminate', ['*active'], 'terminated', {
      actors: ['handler', 'leader'],
      guards: ['reason_given'],
    }),
  ],
};
