// 行政检查, version 1: two certified officers who show their certificates (行政处罚法 第四十二条, 第五十五条), an
// on-site record, the result told to the inspected party, and the result disclosed within 20 working days
// (国办发〔2018〕118号: decisions other than penalties and licences).
import type { ProcedureDefinition } from '../../../../../contracts/procedure';
import { move, step } from './define';

export const inspectionV1: ProcedureDefinition = {
  code: 'inspection',
  version: 1,
  effectiveFrom: '2019-01-01',
  kind: 'inspection',
  label: { zh: '行政检查', en: 'Administrative inspection' },
  basis: [
    '《中华人民共和国行政处罚法》第四十二条、第五十五条',
    '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
  ],
  steps: [
    step('registered', '已登记（检查任务）', 'Registered (inspection task)', 'start', 0, 0),
    step('inspecting', '实施检查', 'Inspecting', 'active', 1, 0),
    step('inspected', '检查完毕', 'Inspected', 'active', 2, 0),
    step('closed', '办结', 'Closed', 'end', 3, 0),
    step('terminated', '终止', 'Terminated', 'end', 0, 2),
  ],
  transitions: [
    move('register', '登记检查任务', 'Register the inspection', [], 'registered', { main: true }),
    move('start_inspection', '开始检查（出示证件）', 'Start (show certificates)', ['registered'], 'inspecting', {
      guards: ['two_certified_officers'],
      main: true,
    }),
    move('record_inspection', '现场检查', 'Record an inspection', ['inspecting'], '$same', {
      documents: ['inspection_record'],
    }),
    move('finish_inspection', '告知检查结果', 'Tell the result', ['inspecting'], 'inspected', {
      documents: ['inspection_result'],
      starts: [{ slot: 'disclosure', rule: 'DISCLOSE-20' }],
      main: true,
    }),
    move('disclose', '公示检查结果', 'Disclose the result', ['inspected'], '$same', {
      actors: ['handler', 'legal_office'],
      stops: ['disclosure'],
    }),
    move('close', '办结', 'Close', ['inspected'], 'closed', { main: true }),
    move('terminate', '终止', 'Terminate', ['*active'], 'terminated', {
      actors: ['handler', 'leader'],
      guards: ['reason_given'],
    }),
  ],
};
