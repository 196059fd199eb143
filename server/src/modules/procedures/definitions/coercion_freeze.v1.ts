// 冻结存款、汇款, version 1: 行政强制法 第三章第三节 — the decision delivered within 3 working days (第三十一条),
// a decision within 30 days, once extendable (第三十二条), release (第三十三条).
import type { ProcedureDefinition } from '../../../../../contracts/procedure';
import { move, step } from './define';

export const coercionFreezeV1: ProcedureDefinition = {
  code: 'coercion_freeze',
  version: 1,
  effectiveFrom: '2012-01-01',
  kind: 'coercion',
  label: { zh: '行政强制措施：冻结存款、汇款', en: 'Coercive measure — freezing deposits and remittances' },
  basis: [
    '《中华人民共和国行政强制法》第三章第一节（第十八条）',
    '《中华人民共和国行政强制法》第三章第三节（第二十九条至第三十三条）',
  ],
  steps: [
    step('registered', '已登记', 'Registered', 'start', 0, 0),
    step('approved', '负责人批准', 'Approved', 'active', 1, 0),
    step('implemented', '实施冻结', 'Frozen', 'active', 2, 0),
    step('released', '解除冻结', 'Released', 'active', 3, 0),
    step('disposed', '依法划拨', 'Transferred by law', 'active', 3, 1),
    step('closed', '结案', 'Closed', 'end', 4, 0),
    step('terminated', '终止', 'Terminated', 'end', 0, 2),
  ],
  transitions: [
    move('register', '登记', 'Register', [], 'registered', { main: true }),
    move('approve_measure', '报批', 'Approve the measure', ['registered'], 'approved', {
      actors: ['leader'],
      guards: ['approval_recorded'],
      main: true,
    }),
    move('implement', '实施冻结', 'Freeze', ['approved'], 'implemented', {
      guards: ['two_certified_officers'],
      documents: ['freeze_decision'],
      starts: [
        { slot: 'delivery', rule: 'XZQZ-31' },
        { slot: 'measure', rule: 'XZQZ-32' },
      ],
      main: true,
    }),
    move('deliver_decision', '交付冻结决定书', 'Deliver the freeze decision', ['implemented'], '$same', {
      documents: ['service_receipt'],
      stops: ['delivery'],
    }),
    move('extend_measure', '延长冻结期限', 'Extend the freeze', ['implemented'], '$same', {
      actors: ['leader'],
      guards: ['approval_recorded', 'extension_not_used'],
    }),
    move('release', '解除冻结', 'Release', ['implemented'], 'released', {
      documents: ['freeze_release_decision'],
      stops: ['measure'],
      main: true,
    }),
    move('dispose', '依法划拨', 'Transfer by law', ['implemented'], 'disposed', {
      actors: ['handler', 'leader'],
      stops: ['measure'],
    }),
    move('close', '结案', 'Close', ['released', 'disposed'], 'closed', { main: true }),
    move('terminate', '终止', 'Terminate', ['*active'], 'terminated', {
      actors: ['handler', 'leader'],
      guards: ['reason_given'],
    }),
  ],
};
