// 行政许可, version 1: 行政许可法 (2019) 第四章 — application, acceptance or supplement (第三十二条), review and
// decision within 20 working days, once extendable by 10 (第四十二条), excluded time (第四十五条), issue within
// 10 working days (第四十四条).
import type { ProcedureDefinition } from '../../../../../contracts/procedure';
import { move, step } from './define';

export const licenceV1: ProcedureDefinition = {
  code: 'licence',
  version: 1,
  effectiveFrom: '2019-04-23',
  kind: 'licence',
  label: { zh: '行政许可', en: 'Administrative licence' },
  basis: ['《中华人民共和国行政许可法》第四章', '《中华人民共和国行政许可法》第四十条'],
  steps: [
    step('applied', '申请', 'Applied', 'start', 0, 0),
    step('supplementing', '补正材料', 'Supplementing', 'active', 1, -1),
    step('not_accepted', '不予受理', 'Not accepted', 'end', 1, 1),
    step('accepted', '受理（审查）', 'Accepted (under review)', 'active', 2, 0),
    step('granted', '准予许可', 'Granted', 'active', 3, 0),
    step('refused', '不予许可', 'Refused', 'active', 3, 1),
    step('issued', '颁发证件', 'Licence issued', 'active', 4, 0),
    step('closed', '办结', 'Closed', 'end', 5, 0),
    step('suspended', '中止（不计入期限）', 'Suspended (time excluded)', 'active', 0, 2),
    step('withdrawn', '撤回申请', 'Withdrawn', 'end', 1, 2),
  ],
  transitions: [
    move('register', '申请登记', 'Register the application', [], 'applied', {
      starts: [{ slot: 'acceptance', rule: 'XZXK-32' }],
      main: true,
    }),
    move('request_supplement', '一次告知补正', 'Ask to supplement (all at once)', ['applied'], 'supplementing', {
      documents: ['licence_supplement_notice'],
      stops: ['acceptance'],
    }),
    move('accept', '受理', 'Accept', ['applied', 'supplementing'], 'accepted', {
      guards: ['application_complete'],
      documents: ['licence_acceptance_notice'],
      starts: [{ slot: 'decision', rule: 'XZXK-42' }],
      stops: ['acceptance'],
      main: true,
    }),
    move('reject_application', '不予受理', 'Do not accept', ['applied', 'supplementing'], 'not_accepted', {
      guards: ['reason_given'],
      stops: ['acceptance'],
    }),
    move('extend_review', '延长审查期限', 'Extend the review period', ['accepted'], '$same', {
      actors: ['leader'],
      guards: ['approval_recorded', 'reason_given', 'extension_not_used'],
      documents: ['licence_extension_notice'],
    }),
    move('grant', '准予许可', 'Grant', ['accepted'], 'granted', {
      actors: ['handler', 'leader'],
      documents: ['licence_decision'],
      starts: [
        { slot: 'issue', rule: 'XZXK-44' },
        { slot: 'disclosure', rule: 'DISCLOSE-7' },
      ],
      stops: ['decision'],
      main: true,
    }),
    move('refuse', '不予许可', 'Refuse', ['accepted'], 'refused', {
      actors: ['handler', 'leader'],
      guards: ['reason_given'],
      documents: ['licence_decision'],
      starts: [
        { slot: 'review_window', rule: 'XZFY-20' },
        { slot: 'litigation_window', rule: 'XZSS-46' },
      ],
      stops: ['decision'],
    }),
    move('issue_licence', '颁发、送达许可证件', 'Issue the licence', ['granted'], 'issued', {
      stops: ['issue'],
      main: true,
    }),
    move('disclose', '公示', 'Disclose the decision', ['granted', 'issued'], '$same', {
      actors: ['handler', 'legal_office'],
      stops: ['disclosure'],
    }),
    move('close', '办结', 'Close', ['issued', 'refused'], 'closed', { main: true }),
    move(
      'suspend',
      '中止（听证、检验、鉴定、专家评审）',
      'Suspend (hearing, testing, expert review)',
      ['accepted'],
      'suspended',
      {
        guards: ['reason_given'],
        suspends: true,
      },
    ),
    move('resume', '恢复', 'Resume', ['suspended'], '$previous', { guards: ['reason_given'], resumes: true }),
    move(
      'withdraw',
      '申请人撤回申请',
      'Applicant withdraws',
      ['applied', 'supplementing', 'accepted', 'suspended'],
      'withdrawn',
      {
        guards: ['reason_given'],
      },
    ),
  ],
};
