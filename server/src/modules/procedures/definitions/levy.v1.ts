// 行政征收, version 1: the agency registers the matter, assesses it, decides and serves the decision (the party may
// seek review or sue: 行政复议法 第二十条, 行政诉讼法 第四十六条); the decision is disclosed within 20 working days
// (国办发〔2018〕118号). The amounts and grounds come from the sector's law.
import type { ProcedureDefinition } from '../../../../../contracts/procedure';
import { move, step } from './define';

export const levyV1: ProcedureDefinition = {
  code: 'levy',
  version: 1,
  effectiveFrom: '2019-01-01',
  kind: 'levy',
  label: { zh: '行政征收', en: 'Administrative levy' },
  basis: [
    '《中华人民共和国行政复议法》第二十条',
    '《中华人民共和国行政诉讼法》第四十六条',
    '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
  ],
  steps: [
    step('registered', '已登记', 'Registered', 'start', 0, 0),
    step('accepted', '审核核定', 'Under assessment', 'active', 1, 0),
    step('decided', '作出征收决定', 'Levy decided', 'active', 2, 0),
    step('served', '送达', 'Served', 'active', 3, 0),
    step('closed', '办结', 'Closed', 'end', 4, 0),
    step('suspended', '中止', 'Suspended', 'active', 0, 2),
    step('terminated', '终止', 'Terminated', 'end', 1, 2),
  ],
  transitions: [
    move('register', '登记征收事项', 'Register the matter', [], 'registered', { main: true }),
    move('accept', '立项审核', 'Take up for assessment', ['registered'], 'accepted', { main: true }),
    move('decide', '作出征收决定', 'Decide the levy', ['accepted'], 'decided', {
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
    move('suspend', '中止', 'Suspend', ['registered', 'accepted'], 'suspended', {
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
