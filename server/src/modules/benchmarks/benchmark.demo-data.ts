// Demo discretion benchmarks and exemption entries for 香格里拉市市场监督管理局 — DEMO DATA, written to show the
// platform, to be replaced by the agency's own published benchmarks. The statutory ranges are the real ones
// (食品安全法 第一百二十四条、第一百二十六条, 产品质量法 第五十条); the split into levels is illustrative.
import { parseConditions, type BenchmarkDraftBody, type ExemptionBody } from '../../../../contracts/benchmark';

const c = (text: string) => parseConditions(text);
const wan = (n: number) => Math.round(n * 1_000_000); // 万元 → fen

export const DEMO_MARK = '【演示数据，须由本单位核实后替换】';

export const DEMO_BENCHMARKS: BenchmarkDraftBody[] = [
  {
    code: 'SCJG-SP-124-05',
    violation: '经营超过保质期的食品',
    violatedText: '《中华人民共和国食品安全法》第三十四条第（十）项',
    penaltyText: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
    notes: `${DEMO_MARK}没收违法所得和违法经营的食品；货值金额不足一万元的，并处五万元以上十万元以下罚款；一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证。`,
    levels: [
      {
        key: 'slight',
        conditionsText: '初次违法，货值金额不足二千元，未造成危害后果，及时下架并召回',
        conditions: c('初次违法 且 货值金额<2000元 且 危害后果≤无'),
        penalties: [
          { kind: 'confiscate_gains' },
          { kind: 'confiscate_property', note: '违法经营的食品' },
          {
            kind: 'fine',
            fine: {
              mode: 'multiple',
              base: 'goodsValue',
              minTimes: 10,
              maxTimes: 12,
              below: { thresholdFen: wan(1), minFen: wan(5), maxFen: wan(6) },
            },
          },
        ],
      },
      {
        key: 'ordinary',
        conditionsText: '货值金额二千元以上，或者非初次违法',
        conditions: c('货值金额≥2000元 或 非初次违法'),
        penalties: [
          { kind: 'confiscate_gains' },
          { kind: 'confiscate_property', note: '违法经营的食品' },
          {
            kind: 'fine',
            fine: {
              mode: 'multiple',
              base: 'goodsValue',
              minTimes: 12,
              maxTimes: 16,
              below: { thresholdFen: wan(1), minFen: wan(6), maxFen: wan(8) },
            },
          },
        ],
      },
      {
        key: 'serious',
        conditionsText:
          '货值金额一万元以上；或者二年内第二次违法；或者已造成一般以上危害后果；或者涉及婴幼儿、老年人等特定人群',
        conditions: c('货值金额≥10000元 或 违法次数≥2 或 危害后果≥一般 或 涉及特定人群'),
        penalties: [
          { kind: 'confiscate_gains' },
          { kind: 'confiscate_property', note: '违法经营的食品及用于违法经营的工具、设备、原料' },
          {
            kind: 'fine',
            fine: {
              mode: 'multiple',
              base: 'goodsValue',
              minTimes: 16,
              maxTimes: 20,
              below: { thresholdFen: wan(1), minFen: wan(8), maxFen: wan(10) },
            },
          },
        ],
      },
      {
        key: 'severe',
        conditionsText:
          '货值金额五万元以上；或者二年内第三次违法；或者造成较重以上危害后果；或者拒不改正、隐匿销毁证据（情节严重）',
        conditions: c('货值金额≥50000元 或 违法次数≥3 或 危害后果≥较重 或 拒不改正 或 隐匿销毁证据'),
        penalties: [
          { kind: 'confiscate_gains' },
          { kind: 'confiscate_property', note: '违法经营的食品及用于违法经营的工具、设备、原料' },
          {
            kind: 'fine',
            fine: {
              mode: 'multiple',
              base: 'goodsValue',
              minTimes: 18,
              maxTimes: 20,
              below: { thresholdFen: wan(1), minFen: wan(9), maxFen: wan(10) },
            },
          },
          { kind: 'revoke_licence', note: '食品经营许可证' },
        ],
      },
    ],
  },
  {
    code: 'SCJG-SP-126-06',
    violation: '安排未取得健康证明的人员从事接触直接入口食品的工作',
    violatedText: '《中华人民共和国食品安全法》第四十五条第二款',
    penaltyText: '《中华人民共和国食品安全法》第一百二十六条第一款第（六）项',
    notes: `${DEMO_MARK}责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证。`,
    levels: [
      {
        key: 'slight',
        conditionsText: '责令改正后及时改正',
        conditions: null,
        penalties: [{ kind: 'warning' }],
      },
      {
        key: 'ordinary',
        conditionsText: '拒不改正',
        conditions: c('拒不改正'),
        penalties: [{ kind: 'warning' }, { kind: 'fine', fine: { mode: 'fixed', minFen: wan(0.5), maxFen: wan(2) } }],
      },
      {
        key: 'serious',
        conditionsText: '拒不改正，且涉及从业人员三人以上或者二年内第二次违法',
        conditions: c('拒不改正 且 违法次数≥2'),
        penalties: [{ kind: 'warning' }, { kind: 'fine', fine: { mode: 'fixed', minFen: wan(2), maxFen: wan(3.5) } }],
      },
      {
        key: 'severe',
        conditionsText: '拒不改正，且造成食源性疾病等较重以上危害后果（情节严重）',
        conditions: c('拒不改正 且 危害后果≥较重'),
        penalties: [
          { kind: 'warning' },
          { kind: 'fine', fine: { mode: 'fixed', minFen: wan(3.5), maxFen: wan(5) } },
          { kind: 'suspend_business', period: { min: 7, max: 30, unit: 'day' }, optional: true },
        ],
      },
    ],
  },
  {
    code: 'SCJG-CP-50',
    violation: '在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品',
    violatedText: '《中华人民共和国产品质量法》第三十二条、第三十九条',
    penaltyText: '《中华人民共和国产品质量法》第五十条',
    notes: `${DEMO_MARK}责令停止生产、销售，没收违法生产、销售的产品，并处货值金额百分之五十以上三倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照。`,
    levels: [
      {
        key: 'slight',
        conditionsText: '货值金额不足五千元，初次违法，未造成危害后果',
        conditions: c('货值金额<5000元 且 初次违法 且 危害后果≤无'),
        penalties: [
          { kind: 'confiscate_property', note: '违法生产、销售的产品' },
          { kind: 'confiscate_gains', optional: true, note: '有违法所得的' },
          { kind: 'fine', fine: { mode: 'multiple', base: 'goodsValue', minTimes: 0.5, maxTimes: 1 } },
        ],
      },
      {
        key: 'ordinary',
        conditionsText: '货值金额五千元以上，或者非初次违法',
        conditions: c('货值金额≥5000元 或 非初次违法'),
        penalties: [
          { kind: 'confiscate_property', note: '违法生产、销售的产品' },
          { kind: 'confiscate_gains', optional: true, note: '有违法所得的' },
          { kind: 'fine', fine: { mode: 'multiple', base: 'goodsValue', minTimes: 1, maxTimes: 1.5 } },
        ],
      },
      {
        key: 'serious',
        conditionsText: '货值金额五万元以上，或者二年内第二次违法，或者造成一般以上危害后果',
        conditions: c('货值金额≥50000元 或 违法次数≥2 或 危害后果≥一般'),
        penalties: [
          { kind: 'confiscate_property', note: '违法生产、销售的产品' },
          { kind: 'confiscate_gains', optional: true, note: '有违法所得的' },
          { kind: 'fine', fine: { mode: 'multiple', base: 'goodsValue', minTimes: 1.5, maxTimes: 2.5 } },
        ],
      },
      {
        key: 'severe',
        conditionsText: '货值金额二十万元以上，或者造成较重以上危害后果，或者阻碍执法（情节严重）',
        conditions: c('货值金额≥200000元 或 危害后果≥较重 或 阻碍执法'),
        penalties: [
          { kind: 'confiscate_property', note: '违法生产、销售的产品' },
          { kind: 'confiscate_gains', optional: true, note: '有违法所得的' },
          { kind: 'fine', fine: { mode: 'multiple', base: 'goodsValue', minTimes: 2.5, maxTimes: 3 } },
          { kind: 'other', optional: true, note: '吊销营业执照' },
        ],
      },
    ],
  },
];

/** Exemption entries; `benchmarkCode` links an entry to the demo benchmark of the same violation. */
export const DEMO_EXEMPTIONS: Array<ExemptionBody & { benchmarkCode?: string }> = [
  {
    kind: 'first_violation',
    code: 'SCJG-SWBF-01',
    benchmarkCode: 'SCJG-SP-126-06',
    violation: '安排未取得健康证明的人员从事接触直接入口食品的工作',
    conditionsText: '初次违法，危害后果轻微，责令改正后及时改正（安排相关人员取得健康证明或调离岗位）',
    conditions: c('初次违法 且 危害后果≤轻微 且 及时改正'),
    basisText:
      '《中华人民共和国行政处罚法》第三十三条第一款；《中华人民共和国食品安全法》第一百二十六条第一款第（六）项',
    measures: `${DEMO_MARK}责令改正，对当事人进行教育`,
  },
  {
    kind: 'no_penalty',
    code: 'SCJG-BYCF-01',
    violation: '食品的标签、说明书存在瑕疵但不影响食品安全且不会对消费者造成误导',
    conditionsText: '标签瑕疵不影响食品安全、不会误导消费者，责令改正后及时改正',
    conditions: c('及时改正 且 危害后果≤无'),
    basisText: '《中华人民共和国行政处罚法》第三十三条第一款；《中华人民共和国食品安全法》第一百二十五条第二款',
    measures: `${DEMO_MARK}责令改正；拒不改正的，依食品安全法第一百二十五条第二款处二千元以下罚款`,
  },
];
