// 行政确认, version 1: application, acceptance, decision (确认 or 不予确认), service and disclosure within 20
// working days (国办发〔2018〕118号); review and litigation windows from service (行政复议法 第二十条, 行政诉讼法
// 第四十六条).
import type { ProcedureDefinition } from '../../../../../contracts/procedure';
import { move, step } from './define';

export const confirmationV1: ProcedureDefinition = {
  code: 'confirmation',
  version: 1,
  effectiveFrom: '2019-01-01',
  kind: 'confirmation',
  label: { zh: '行政确认', en: 'Administrative confirmation' },
  basis: [
    '《中华人民共和国行政复议法》第二十条',
    '《中华人民共和国行政诉讼法》第四十六条',
    '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
  ],
  steps: [
    step('applied', '申请', 'Applied', 'start', 0, 0),
    step('accepted', '受理（审查）', 'Accepted (under review)', 'active', 1, 0),
    step('decided', '作出确认决定', 'Confirmation decided', 'active', 2, 0),
    step('served', '送达', 'Served', 'active', 3, 0),
    step('closed', '办结', 'Closed', 'end', 4, 0),
    step('suspended', '中止', 'Suspended', 'active', 0, 2),
    step('terminated', '终止', 'Terminated', 'end', 1, 2),
  ],
  transitions: [
    move('register', '申请登记', 'Register the application', [], 'applied', { main: true }),
    move('accept', '受理', 'Accept', ['applied'], 'accepted', { main: true }),
    move('decide', '作出确认（不予确认）决定', 'Decide', ['accepted'], 'decided', {
      actors: ['handler', 'leader'],
      documents: ['general_decision'],
      starts: [{ slot: 'disclosure', rule: 'DISCLOSE-20' }],
      main: true,
    }),
    move('serve', '送达', 'Serve the decision', ['decided'], 'served', {
      documents: ['service_receipt'],
      starts: [
        { slot: 'review_window', rule: 'XZFY-20' },
        { slot: 'litigation_window', rule: 'XZSS-46' },
      ],
      main: true,
    }),
    move('disclose', '公示', 'Disclose the decision', ['decided', 'served'], '$same', {
      actors: ['handler', 'legal_office'],
      stops: ['disclosure'],
    }),
    move('close', '办结', 'Close', ['served'], 'closed', { main: true }),
    move('suspend', '中止', 'Suspend', ['applied', 'accepted'], 'suspended', {
      guards: ['reason_given'],
      suspends: true,
    }),
    move('resume', '恢复', 'Resume', ['suspended'], '$previous', { guards: ['reason_given'], resumes: true }),
    move('terminate', '终止', 'Terminate', ['*active'], 'terminated', {
      actors: ['handler', 'leader'],
      guards: ['reason_given'],
    }),
  ],
};
