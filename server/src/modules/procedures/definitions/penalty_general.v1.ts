// 行政处罚普通程序, version 1: DESIGN §4 (the life of a penalty case) under 行政处罚法 (2021) 第五章第一、三、四节
// and 第六章, with the court execution of 行政强制法 第五十三、五十四条.
import type { ProcedureDefinition } from '../../../../../contracts/procedure';
import { move, step } from './define';

/** The states a decided case may be in before it is closed (where disclosure and remedies are recorded). */
const AFTER_DECISION = ['decided', 'served', 'demanded', 'court_execution', 'executed'];
const BEING_ENFORCED = ['served', 'demanded', 'court_execution'];

export const penaltyGeneralV1: ProcedureDefinition = {
  code: 'penalty_general',
  version: 1,
  effectiveFrom: '2021-07-15',
  kind: 'penalty',
  label: { zh: '行政处罚普通程序', en: 'Administrative penalty — general procedure' },
  basis: [
    '《中华人民共和国行政处罚法》第五章第一节、第三节、第四节',
    '《中华人民共和国行政处罚法》第六章',
    '《中华人民共和国行政强制法》第三十五条至第三十七条、第五十三条、第五十四条',
    '《行政执法机关移送涉嫌犯罪案件的规定》',
  ],
  steps: [
    step('registered', '已登记（待立案）', 'Registered', 'start', 0, 0),
    step('investigating', '调查取证', 'Investigating', 'active', 1, 0),
    step('not_opened', '不予立案', 'Not opened', 'end', 1, 1),
    step('proposed', '拟处理意见', 'Proposal made', 'active', 2, 0),
    step('in_review', '法制审核', 'In legal review', 'active', 3, -1),
    step('reviewed', '审核完毕', 'Legal review done', 'active', 4, -1),
    step('notified', '事先告知（陈述申辩）', 'Notified (statement and defence)', 'active', 5, 0),
    step('hearing_requested', '申请听证', 'Hearing requested', 'active', 6, 1),
    step('hearing_scheduled', '听证通知', 'Hearing scheduled', 'active', 7, 1),
    step('heard', '听证完毕', 'Heard', 'active', 8, 1),
    step('decided', '作出决定', 'Decided', 'active', 9, 0),
    step('served', '送达', 'Served', 'active', 10, 0),
    step('demanded', '催告', 'Payment demanded', 'active', 11, 1),
    step('court_execution', '申请法院强制执行', 'Court execution applied', 'active', 12, 1),
    step('executed', '执行完毕', 'Executed', 'active', 12, 0),
    step('closed', '结案', 'Closed', 'end', 13, 0),
    step('suspended', '中止', 'Suspended', 'active', 0, 2),
    step('terminated', '终止', 'Terminated', 'end', 1, 2),
    step('withdrawn', '撤销立案', 'Withdrawn', 'end', 2, 2),
    step('referred', '移送司法机关', 'Referred to the judicial organs', 'end', 3, 2),
  ],
  transitions: [
    move('register', '登记案源', 'Register the lead', [], 'registered', { main: true }),
    // 立案 is approved by the agency's head (立案审批表): the head takes the step, the handlers' certificates are checked.
    move('open', '立案', 'Open the case', ['registered'], 'investigating', {
      actors: ['leader'],
      guards: ['two_certified_officers', 'within_limitation', 'power_in_agency_list', 'approval_recorded'],
      documents: ['case_opening_approval'],
      starts: [{ slot: 'decision', rule: 'XZCF-60' }],
      main: true,
    }),
    move('decline_to_open', '不予立案', 'Decline to open', ['registered'], 'not_opened', {
      actors: ['handler', 'leader'],
      guards: ['reason_given'],
    }),
    move('record_inspection', '现场检查', 'Record an inspection', ['investigating'], '$same', {
      documents: ['inspection_record'],
    }),
    move('record_inquiry', '询问调查', 'Record an inquiry', ['investigating'], '$same', {
      documents: ['inquiry_record'],
    }),
    move('preserve_evidence', '先行登记保存', 'Register and preserve evidence', ['investigating'], '$same', {
      // 经行政机关负责人批准 (处罚法 第五十六条): the head records the approval as the step.
      actors: ['leader'],
      guards: ['two_certified_officers', 'approval_recorded'],
      documents: ['preservation_notice'],
      starts: [{ slot: 'preservation', rule: 'XZCF-56' }],
    }),
    move(
      'decide_preservation',
      '先行登记保存处理决定',
      'Decide on preserved evidence',
      ['investigating', 'proposed', 'in_review', 'reviewed', 'notified'],
      '$same',
      { documents: ['preservation_decision'], stops: ['preservation'] },
    ),
    move('propose', '提出处理意见', 'Propose a decision', ['investigating'], 'proposed', {
      guards: ['proposal_within_benchmark'],
      main: true,
    }),
    move('submit_review', '提交法制审核', 'Submit for legal review', ['proposed'], 'in_review', {
      starts: [{ slot: 'review', rule: 'LEGAL-REVIEW' }],
    }),
    move('review_agree', '审核同意', 'Review: agree', ['in_review'], 'reviewed', {
      actors: ['reviewer'],
      guards: ['reviewer_not_handler'],
      documents: ['legal_review_opinion'],
      stops: ['review'],
    }),
    move('review_agree_with_changes', '审核修改后同意', 'Review: agree with changes', ['in_review'], 'reviewed', {
      actors: ['reviewer'],
      guards: ['reviewer_not_handler'],
      documents: ['legal_review_opinion'],
      stops: ['review'],
    }),
    move('review_disagree', '审核不同意（退回补充调查）', 'Review: disagree', ['in_review'], 'investigating', {
      actors: ['reviewer'],
      guards: ['reviewer_not_handler'],
      documents: ['legal_review_opinion'],
      stops: ['review'],
    }),
    move('notify', '事先告知', 'Notify the intended penalty', ['proposed', 'reviewed'], 'notified', {
      guards: ['legal_review_passed'],
      documents: ['penalty_prior_notice'],
      starts: [{ slot: 'hearing_request', rule: 'XZCF-64-REQUEST' }],
      main: true,
    }),
    move('record_statement', '记录陈述申辩', 'Record a statement and defence', ['notified'], '$same'),
    move('waive_hearing', '放弃听证', 'Hearing waived', ['notified'], '$same', { stops: ['hearing_request'] }),
    move('request_hearing', '申请听证', 'Hearing requested', ['notified'], 'hearing_requested', {
      guards: ['hearing_request_in_time'],
      stops: ['hearing_request'],
    }),
    move('schedule_hearing', '通知听证', 'Schedule the hearing', ['hearing_requested'], 'hearing_scheduled', {
      actors: ['handler', 'legal_office'],
      guards: ['hearing_notice_in_time', 'hearing_host_not_investigator'],
      documents: ['hearing_notice'],
    }),
    move('record_hearing', '举行听证', 'Hold the hearing', ['hearing_scheduled'], 'heard', {
      actors: ['handler', 'legal_office'],
      documents: ['hearing_record'],
    }),
    move('hold_collective_discussion', '集体讨论', 'Collective discussion', ['notified', 'heard'], '$same', {
      actors: ['leader'],
      documents: ['collective_discussion_record'],
    }),
    move('extend_decision_period', '延长办案期限', 'Extend the decision period', ['*active'], '$same', {
      actors: ['leader'],
      guards: ['approval_recorded', 'reason_given', 'extension_not_used'],
    }),
    move('decide', '作出处罚决定', 'Decide', ['notified', 'heard'], 'decided', {
      actors: ['handler', 'leader'],
      guards: [
        'rights_notified',
        'hearing_window_closed',
        'collective_discussion_if_required',
        'within_decision_period',
        'no_increase_after_defence',
        'legal_review_passed',
        'two_certified_officers',
      ],
      documents: ['penalty_decision'],
      starts: [
        { slot: 'service', rule: 'XZCF-61' },
        { slot: 'disclosure', rule: 'DISCLOSE-7' },
      ],
      stops: ['decision'],
      main: true,
    }),
    move('serve', '送达', 'Serve the decision', ['decided'], 'served', {
      documents: ['service_receipt'],
      starts: [
        { slot: 'payment', rule: 'XZCF-67' },
        { slot: 'review_window', rule: 'XZFY-20' },
        { slot: 'litigation_window', rule: 'XZSS-46' },
      ],
      stops: ['service'],
      main: true,
    }),
    move('disclose', '公示', 'Disclose the decision', AFTER_DECISION, '$same', {
      actors: ['handler', 'legal_office'],
      stops: ['disclosure'],
    }),
    move('start_remedy', '复议或诉讼开始', 'Review or litigation filed', BEING_ENFORCED, '$same', {
      actors: ['handler', 'legal_office'],
    }),
    move('end_remedy', '复议或诉讼终结', 'Review or litigation ended', BEING_ENFORCED, '$same', {
      actors: ['handler', 'legal_office'],
    }),
    move('record_payment', '执行（缴纳罚款）', 'Record payment', BEING_ENFORCED, 'executed', {
      stops: ['payment'],
      main: true,
    }),
    move('demand_payment', '催告', 'Demand payment', ['served'], 'demanded', {
      guards: ['payment_period_over'],
      documents: ['payment_demand'],
    }),
    move('apply_court_execution', '申请法院强制执行', 'Apply for court execution', ['demanded'], 'court_execution', {
      guards: ['demand_served_10_wd'],
      documents: ['enforcement_application'],
    }),
    move('close', '结案', 'Close the case', ['executed', 'served'], 'closed', {
      guards: ['referral_not_fine_only'],
      documents: ['case_closing_report'],
      main: true,
    }),
    move('suspend', '中止', 'Suspend', ['*active'], 'suspended', { guards: ['reason_given'], suspends: true }),
    move('resume', '恢复', 'Resume', ['suspended'], '$previous', { guards: ['reason_given'], resumes: true }),
    move('terminate', '终止', 'Terminate', ['*active'], 'terminated', {
      actors: ['handler', 'leader'],
      guards: ['reason_given'],
    }),
    move('withdraw', '撤销立案', 'Withdraw the case', ['registered', 'investigating'], 'withdrawn', {
      actors: ['leader'],
      guards: ['reason_given'],
    }),
    move('refer_criminal', '移送司法机关', 'Refer as a suspected crime', ['*active'], 'referred', {
      actors: ['handler', 'leader'],
      guards: ['approval_recorded'],
    }),
  ],
};
