import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AMOUNT_MEASURES,
  HARM_MEASURES,
  QUANTITY_MEASURES,
  referralFacts,
  type ReferralCondition,
  type ReferralFacts,
} from '../../../../contracts/referral-threshold';
import { evaluateReferral, monthsBefore, type EvaluableThreshold } from './referral-threshold.evaluate';

const YUAN = 100;
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const cond = (c: DistributiveOmit<ReferralCondition, 'id'>) => ({ ...c, id: id() }) as ReferralCondition;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
const facts = (f: Partial<ReferralFacts> = {}): ReferralFacts => referralFacts.parse(f);

// 滥伐林木罪 (刑法第三百四十五条第二款; 2008 立案追诉标准(一) 第七十三条): 十立方米 or 五百株 幼树.
const felling: EvaluableThreshold = {
  id: id(),
  violationType: '滥伐林木',
  offence: '滥伐林木罪',
  match: 'any',
  conditions: [
    cond({ kind: 'quantity', measure: 'timber_volume', min: 10 }),
    cond({ kind: 'quantity', measure: 'sapling_count', min: 500 }),
  ],
};
// 重大责任事故罪 (刑法第一百三十四条第一款): 死亡一人 or 重伤三人 or 直接经济损失一百万元.
const accident: EvaluableThreshold = {
  id: id(),
  violationType: '生产安全事故',
  offence: '重大责任事故罪',
  match: 'any',
  conditions: [
    cond({ kind: 'harm', measure: 'deaths', min: 1 }),
    cond({ kind: 'harm', measure: 'serious_injuries', min: 3 }),
    cond({ kind: 'amount', measure: 'direct_economic_loss', minFen: 1_000_000 * YUAN }),
  ],
};
// 生产、销售伪劣产品罪 (刑法第一百四十条): 销售金额五万元; 货值十五万元; 3×销售 + 货值 ≥ 十五万元.
const shoddy: EvaluableThreshold = {
  id: id(),
  violationType: '生产、销售伪劣产品',
  offence: '生产、销售伪劣产品罪',
  match: 'any',
  conditions: [
    cond({ kind: 'amount', measure: 'sales_amount', minFen: 50_000 * YUAN }),
    cond({ kind: 'amount', measure: 'goods_value', minFen: 150_000 * YUAN }),
    cond({
      kind: 'amount_sum',
      terms: [
        { measure: 'sales_amount', factor: 3 },
        { measure: 'goods_value', factor: 1 },
      ],
      minFen: 150_000 * YUAN,
    }),
  ],
};
// 虚假广告罪 (刑法第二百二十二条): 二年内因虚假宣传受过二次以上行政处罚，又利用广告作虚假宣传.
const advertising: EvaluableThreshold = {
  id: id(),
  violationType: '虚假广告',
  offence: '虚假广告罪',
  match: 'any',
  conditions: [
    cond({ kind: 'amount', measure: 'illegal_gains', minFen: 100_000 * YUAN }),
    cond({ kind: 'repetition', minPriorPenalties: 2, withinMonths: 24 }),
  ],
};
const unsafeFoodCircumstance = cond({ kind: 'circumstance', text: '含有严重超出标准限量的致病性微生物、农药残留等' });
const unsafeFood: EvaluableThreshold = {
  id: id(),
  violationType: '生产、销售不符合食品安全标准的食品',
  offence: '生产、销售不符合安全标准的食品罪',
  match: 'any',
  conditions: [unsafeFoodCircumstance],
};
// An all-of threshold: both the quantity and the repetition.
const both: EvaluableThreshold = {
  id: id(),
  violationType: '测试：同时满足',
  offence: '测试罪',
  match: 'all',
  conditions: [
    cond({ kind: 'quantity', measure: 'grassland', min: 20 }),
    cond({ kind: 'repetition', minPriorPenalties: 1, withinMonths: 12 }),
  ],
};

describe('evaluateReferral: examples', () => {
  it('12 m³ of timber felled without a permit meets 滥伐林木罪, with the reason', () => {
    const out = evaluateReferral([felling], facts({ quantities: { timber_volume: 12 } }));
    expect(out.suspected).toBe(true);
    expect(out.met).toEqual([felling.id]);
    expect(out.results[0].reason.zh).toBe('涉嫌滥伐林木罪，达到移送标准：林木（立木蓄积） 12 立方米，达到 10 立方米');
    expect(out.results[0].conditions[1].reason.zh).toBe('未填写幼树数量');
  });

  it('9.5 m³ and 499 saplings meet neither condition; 500 saplings do', () => {
    const below = evaluateReferral([felling], facts({ quantities: { timber_volume: 9.5, sapling_count: 499 } }));
    expect(below.suspected).toBe(false);
    expect(below.results[0].reason.zh).toBe('未达到滥伐林木罪移送标准（任一条件均未满足）');
    expect(below.results[0].conditions.map((c) => c.reason.zh)).toEqual([
      '林木（立木蓄积） 9.5 立方米，未达到 10 立方米',
      '幼树 499 株，未达到 500 株',
    ]);
    expect(evaluateReferral([felling], facts({ quantities: { sapling_count: 500 } })).suspected).toBe(true);
  });

  it('one death, three serious injuries or one million yuan of loss each meet 重大责任事故罪', () => {
    expect(evaluateReferral([accident], facts({ harm: { deaths: 1 } })).suspected).toBe(true);
    expect(evaluateReferral([accident], facts({ harm: { serious_injuries: 2 } })).suspected).toBe(false);
    expect(evaluateReferral([accident], facts({ harm: { serious_injuries: 3 } })).suspected).toBe(true);
    const loss = evaluateReferral([accident], facts({ amounts: { direct_economic_loss: 1_000_000 * YUAN } }));
    expect(loss.results[0].conditions[2].reason.zh).toBe('直接经济损失 1,000,000.00 元，达到 1,000,000.00 元');
    expect(loss.suspected).toBe(true);
  });

  it('伪劣产品: 40,000 sold and 40,000 unsold reach the weighted sum (3 × 40,000 + 40,000 = 160,000)', () => {
    const out = evaluateReferral(
      [shoddy],
      facts({ amounts: { sales_amount: 40_000 * YUAN, goods_value: 40_000 * YUAN } }),
    );
    expect(out.results[0].conditions.map((c) => c.met)).toEqual([false, false, true]);
    expect(out.results[0].conditions[2].reason.zh).toBe(
      '3×销售金额 + 货值金额（尚未销售） 合计 160,000.00 元，达到 150,000.00 元',
    );
    expect(
      evaluateReferral([shoddy], facts({ amounts: { sales_amount: 30_000 * YUAN, goods_value: 50_000 * YUAN } }))
        .suspected,
    ).toBe(false);
  });

  it('虚假广告: two penalties in the two years before the act, counted on calendar dates', () => {
    const f = facts({ actDate: '2026-06-30', priorPenaltyDates: ['2024-06-30', '2025-12-01'] });
    const out = evaluateReferral([advertising], f);
    expect(out.suspected).toBe(true);
    expect(out.results[0].conditions[1].reason.zh).toBe('2024-06-30 至 2026-06-30 受过 2 次行政处罚，达到 2 次');
    // One day earlier falls outside the window; a penalty after the act does not count.
    const outside = facts({ actDate: '2026-06-30', priorPenaltyDates: ['2024-06-29', '2025-12-01', '2026-07-01'] });
    expect(evaluateReferral([advertising], outside).suspected).toBe(false);
    expect(
      evaluateReferral([advertising], facts({ priorPenaltyDates: ['2025-01-01', '2025-02-01'] })).results[0]
        .conditions[1].reason.zh,
    ).toBe('未填写本次违法行为日期，无法计算');
  });

  it('a circumstance is met only when the officer ticks that condition', () => {
    expect(evaluateReferral([unsafeFood], facts()).suspected).toBe(false);
    const out = evaluateReferral([unsafeFood], facts({ circumstances: [unsafeFoodCircumstance.id] }));
    expect(out.suspected).toBe(true);
    expect(out.results[0].conditions[0].reason.zh).toContain('存在情节：含有严重超出标准限量');
  });

  it('an all-of threshold needs every condition and names the missing ones', () => {
    const partial = evaluateReferral([both], facts({ quantities: { grassland: 25 } }));
    expect(partial.suspected).toBe(false);
    expect(partial.results[0].reason.zh).toBe(
      '未达到测试罪移送标准（须同时满足全部条件）：未填写本次违法行为日期，无法计算',
    );
    const full = evaluateReferral(
      [both],
      facts({ quantities: { grassland: 25 }, actDate: '2026-03-01', priorPenaltyDates: ['2025-09-01'] }),
    );
    expect(full.suspected).toBe(true);
  });

  it('reports every threshold, and which ones are met', () => {
    const out = evaluateReferral(
      [felling, accident, shoddy],
      facts({ quantities: { timber_volume: 30 }, harm: { deaths: 2 } }),
    );
    expect(out.results.map((r) => r.thresholdId)).toEqual([felling.id, accident.id, shoddy.id]);
    expect(out.met).toEqual([felling.id, accident.id]);
  });
});

describe('monthsBefore', () => {
  it('counts calendar months and clamps to the month’s end', () => {
    expect(monthsBefore('2026-06-30', 24)).toBe('2024-06-30');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });
});

// ---------------------------------------------------------------------------------------------------------------

const dateArb = fc
  .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const conditionArb: fc.Arbitrary<ReferralCondition> = fc.oneof(
  fc.record({
    id: fc.uuid(),
    kind: fc.constant('amount' as const),
    measure: fc.constantFrom(...AMOUNT_MEASURES),
    minFen: fc.integer({ min: 1, max: 1e9 }),
  }),
  fc.record({
    id: fc.uuid(),
    kind: fc.constant('amount_sum' as const),
    terms: fc.array(
      fc.record({ measure: fc.constantFrom(...AMOUNT_MEASURES), factor: fc.integer({ min: 1, max: 5 }) }),
      { minLength: 2, maxLength: 3 },
    ),
    minFen: fc.integer({ min: 1, max: 1e9 }),
  }),
  fc.record({
    id: fc.uuid(),
    kind: fc.constant('quantity' as const),
    measure: fc.constantFrom(...QUANTITY_MEASURES),
    min: fc.double({ min: 0.01, max: 1e4, noNaN: true }),
  }),
  fc.record({
    id: fc.uuid(),
    kind: fc.constant('harm' as const),
    measure: fc.constantFrom(...HARM_MEASURES),
    min: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({
    id: fc.uuid(),
    kind: fc.constant('repetition' as const),
    minPriorPenalties: fc.integer({ min: 1, max: 4 }),
    withinMonths: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({ id: fc.uuid(), kind: fc.constant('circumstance' as const), text: fc.constant('情节') }),
);
const thresholdsArb = fc.array(
  fc.record({
    id: fc.uuid(),
    violationType: fc.constant('违法行为'),
    offence: fc.constant('某罪'),
    match: fc.constantFrom('any' as const, 'all' as const),
    conditions: fc.array(conditionArb, { minLength: 1, maxLength: 4 }),
  }),
  { maxLength: 5 },
);
const partialOf = <M extends string, V>(measures: readonly M[], v: fc.Arbitrary<V>) =>
  fc.dictionary(fc.constantFrom(...measures), v) as fc.Arbitrary<Partial<Record<M, V>>>;
const factsArb: fc.Arbitrary<ReferralFacts> = fc.record({
  amounts: partialOf(AMOUNT_MEASURES, fc.integer({ min: 0, max: 1e9 })),
  quantities: partialOf(QUANTITY_MEASURES, fc.double({ min: 0, max: 1e4, noNaN: true })),
  harm: partialOf(HARM_MEASURES, fc.integer({ min: 0, max: 10 })),
  actDate: fc.option(dateArb, { nil: undefined }),
  priorPenaltyDates: fc.array(dateArb, { maxLength: 5 }),
  circumstances: fc.array(fc.uuid(), { maxLength: 3 }),
});

const metSet = (ts: readonly EvaluableThreshold[], f: ReferralFacts) => new Set(evaluateReferral(ts, f).met);
const within = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

describe('evaluateReferral: properties', () => {
  it('more of a quantity never un-meets a threshold', () => {
    fc.assert(
      fc.property(
        thresholdsArb,
        factsArb,
        fc.constantFrom(...QUANTITY_MEASURES),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        (ts, f, m, extra) => {
          const more = { ...f, quantities: { ...f.quantities, [m]: (f.quantities[m] ?? 0) + extra } };
          expect(within(metSet(ts, f), metSet(ts, more))).toBe(true);
        },
      ),
    );
  });

  it('a larger amount, more harm, more earlier penalties or more ticked circumstances never un-meet a threshold', () => {
    fc.assert(
      fc.property(
        thresholdsArb,
        factsArb,
        fc.constantFrom(...AMOUNT_MEASURES),
        fc.constantFrom(...HARM_MEASURES),
        fc.integer({ min: 0, max: 1e8 }),
        dateArb,
        (ts, f, am, hm, extra, prior) => {
          const more: ReferralFacts = {
            ...f,
            amounts: { ...f.amounts, [am]: (f.amounts[am] ?? 0) + extra },
            harm: { ...f.harm, [hm]: (f.harm[hm] ?? 0) + 1 },
            priorPenaltyDates: [...f.priorPenaltyDates, prior],
            circumstances: [...f.circumstances, ...ts.flatMap((t) => t.conditions.map((c) => c.id))],
          };
          expect(within(metSet(ts, f), metSet(ts, more))).toBe(true);
        },
      ),
    );
  });

  it('any-of is met exactly when one condition is; all-of when all are; suspected when any threshold is', () => {
    fc.assert(
      fc.property(thresholdsArb, factsArb, (ts, f) => {
        const out = evaluateReferral(ts, f);
        out.results.forEach((r, i) => {
          const flags = r.conditions.map((c) => c.met);
          expect(r.met).toBe(ts[i].match === 'all' ? flags.every(Boolean) : flags.some(Boolean));
          expect(r.reason.zh && r.reason.en).toBeTruthy();
        });
        expect(out.suspected).toBe(out.results.some((r) => r.met));
      }),
    );
  });
});
