// 查封、扣押, version 1: 行政强制法 第三章 — prior approval and the on-site procedure (第十八条), the emergency
// measure reported within 24 hours (第十九条), 30 days once extendable by 30, testing and appraisal time excluded
// (第二十五条), release (第二十八条) and disposal (第二十七条).
import type { ProcedureDefinition } from '../../../../../contracts/procedure';
import { move, step } from './define';

export const coercionSealSeizeV1: ProcedureDefinition = {
  code: 'coercion_seal_seize',
  version: 1,
  effectiveFrom: '2012-01-01',
  kind: 'coercion',
  label: { zh: '行政强制措施：查封、扣押', en: 'Coercive measure — seal-up and seizure' },
  basis: [
    '《中华人民共和国行政强制法》第三章第一节（第十八条、第十九条）',
    '《中华人民共和国行政强制法》第三章第二节（第二十二条至第二十八条）',
  ],
  steps: [
    step('registered', '已登记', 'Registered', 'start', 0, 0),
    step('approved', '负责人批准', 'Approved', 'active', 1, 0),
    step('implemented', '实施查封、扣押', 'Implemented', 'active', 2, 0),
    step('released', '解除', 'Released', 'active', 3, 0),
    step('disposed', '依法处理（没收、销毁）', 'Disposed of', 'active', 3, 1),
    step('closed', '结案', 'Closed', 'end', 4, 0),
    step('suspended', '中止（检测、检验、鉴定）', 'Suspended (testing, appraisal)', 'active', 0, 2),
    step('terminated', '终止', 'Terminated', 'end', 1, 2),
  ],
  transitions: [
    move('register', '登记', 'Register', [], 'registered', { main: true }),
    move('approve_measure', '报批', 'Approve the measure', ['registered'], 'approved', {
      actors: ['leader'],
      guards: ['approval_recorded'],
      main: true,
    }),
    move('implement', '实施', 'Implement', ['approved'], 'implemented', {
      guards: ['two_certified_officers'],
      documents: ['coercion_decision', 'coercion_record'],
      starts: [{ slot: 'measure', rule: 'XZQZ-25' }],
      main: true,
    }),
    move(
      'implement_emergency',
      '当场实施（紧急情况）',
      'Implement at once (emergency)',
      ['registered'],
      'implemented',
      {
        guards: ['two_certified_officers'],
        documents: ['coercion_record'],
        starts: [
          { slot: 'emergency_report', rule: 'XZQZ-19' },
          { slot: 'measure', rule: 'XZQZ-25' },
        ],
      },
    ),
    move(
      'report_emergency',
      '二十四小时内报告补办批准',
      'Report and obtain approval (24 h)',
      ['implemented'],
      '$same',
      {
        actors: ['handler', 'leader'],
        guards: ['approval_recorded'],
        stops: ['emergency_report'],
      },
    ),
    move('extend_measure', '延长期限', 'Extend the measure', ['implemented'], '$same', {
      actors: ['leader'],
      guards: ['approval_recorded', 'extension_not_used'],
      documents: ['coercion_extension_notice'],
    }),
    move('release', '解除查封、扣押', 'Release', ['implemented'], 'released', {
      documents: ['coercion_release_decision'],
      stops: ['measure'],
      main: true,
    }),
    move('dispose', '依法没收或销毁', 'Confiscate or destroy by law', ['implemented'], 'disposed', {
      actors: ['handler', 'leader'],
      stops: ['measure'],
    }),
    move('close', '结案', 'Close', ['released', 'disposed'], 'closed', { main: true }),
    move('suspend', '中止（检测、检验、检疫、鉴定）', 'Suspend (testing, appraisal)', ['implemented'], 'suspended', {
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
