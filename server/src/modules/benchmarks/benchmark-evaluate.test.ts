import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AGGRAVATING_FACTS,
  BOOLEAN_FACTS,
  DEFAULT_LEVELS,
  FACT_KEYS,
  FACTS,
  formatConditions,
  MITIGATING_FACTS,
  MONEY_FACTS,
  normalizeGroup,
  parseConditions,
  dslErrorOf,
  type BenchmarkContent,
  type BenchmarkDraftBody,
  type Condition,
  type ConditionGroup,
  type Facts,
  type Fine,
  type Level,
  type Penalty,
} from '../../../../contracts/benchmark';
import { benchmarkDraftBody } from '../../../../contracts/benchmark';
import {
  checkProposal,
  contentFromDraft,
  diffBenchmarkContent,
  evaluateBenchmark,
  fineNotBelow,
  fineRange,
  isHarsherClosed,
  levelOf,
  multiplyFen,
  validateBenchmarkContent,
  type ExemptionLike,
} from './benchmark-evaluate';
import { DEMO_BENCHMARKS, DEMO_EXEMPTIONS } from './benchmark.demo-data';

const yuan = (n: number) => Math.round(n * 100);
const content = (draft: BenchmarkDraftBody): BenchmarkContent =>
  contentFromDraft(benchmarkDraftBody.parse(draft), DEFAULT_LEVELS, { violatedRefs: [], penaltyRefs: [] });
const byCode = (code: string) => content(DEMO_BENCHMARKS.find((b) => b.code === code)!);
const FOOD = byCode('SCJG-SP-124-05');
const STAFF = byCode('SCJG-SP-126-06');
const PRODUCT = byCode('SCJG-CP-50');
const exemption = (code: string): ExemptionLike => {
  const e = DEMO_EXEMPTIONS.find((x) => x.code === code)!;
  return {
    id: e.code,
    kind: e.kind,
    violation: e.violation,
    conditionsText: e.conditionsText,
    conditions: (e.conditions ?? null) as ConditionGroup | null,
    basisText: e.basisText,
  };
};
const fineOf = (ev: ReturnType<typeof evaluateBenchmark>) => ev.penalties.find((p) => p.kind === 'fine')?.fine;

describe('the demo benchmarks are well-formed', () => {
  it.each(DEMO_BENCHMARKS.map((b) => [b.code]))('%s passes validation', (code) => {
    expect(validateBenchmarkContent(byCode(code), DEFAULT_LEVELS)).toEqual({});
  });
});

describe('evaluate: 食品安全法 第一百二十四条 (经营超过保质期的食品)', () => {
  it('a first violation under 2,000 yuan with no harm is 轻微, fined 50,000–60,000 yuan under the 10,000 yuan threshold', () => {
    const ev = evaluateBenchmark(FOOD, { goodsValue: yuan(1500), firstViolation: true, harmLevel: 0 });
    expect(ev.level).toMatchObject({ key: 'slight', index: 0 });
    expect(ev.basis).toBe('conditions');
    expect(fineOf(ev)).toMatchObject({ minFen: yuan(50_000), maxFen: yuan(60_000) });
    expect(fineOf(ev)!.explanation.zh).toContain('不足10,000.00元');
    expect(ev.reasons.map((r) => r.zh).join('；')).toContain('货值金额<2,000.00 元（认定货值金额：1,500.00 元）');
    expect(ev.penalties.map((p) => p.kind)).toEqual(['confiscate_gains', 'confiscate_property', 'fine']);
  });

  it('3,000 yuan is 一般 (6–8万), and says what the next level needs', () => {
    const ev = evaluateBenchmark(FOOD, { goodsValue: yuan(3000), firstViolation: true, harmLevel: 0 });
    expect(ev.level.key).toBe('ordinary');
    expect(fineOf(ev)).toMatchObject({ minFen: yuan(60_000), maxFen: yuan(80_000) });
    expect(ev.nextLevel?.key).toBe('serious');
    expect(ev.nextLevel?.conditions.zh).toContain('货值金额≥10,000.00 元');
  });

  it('exactly 10,000 yuan belongs to 较重 (以上 includes the number) and leaves the fixed range for the multiples', () => {
    const ev = evaluateBenchmark(FOOD, { goodsValue: yuan(10_000), firstViolation: true });
    expect(ev.level.key).toBe('serious');
    expect(fineOf(ev)).toMatchObject({ minFen: yuan(160_000), maxFen: yuan(200_000) });
    const under = evaluateBenchmark(FOOD, { goodsValue: yuan(10_000) - 1, firstViolation: true });
    expect(under.level.key).toBe('ordinary');
    expect(fineOf(under)).toMatchObject({ minFen: yuan(60_000), maxFen: yuan(80_000) });
  });

  it('60,000 yuan is 严重 with 18–20 times and the licence revoked; every level that held is named', () => {
    const ev = evaluateBenchmark(FOOD, { goodsValue: yuan(60_000), firstViolation: false, repeatCount: 1 });
    expect(ev.level.key).toBe('severe');
    expect(ev.levelsHeld).toEqual(['ordinary', 'serious', 'severe']);
    expect(fineOf(ev)).toMatchObject({ minFen: yuan(1_080_000), maxFen: yuan(1_200_000) });
    expect(ev.penalties.some((p) => p.kind === 'revoke_licence')).toBe(true);
    expect(ev.reasons.some((r) => r.zh.includes('同时符合较轻的「较重」档条件'))).toBe(true);
    expect(ev.nextLevel).toBeNull();
  });

  it('a repeat or a vulnerable group raises a small case to 较重 whatever the amount', () => {
    expect(evaluateBenchmark(FOOD, { goodsValue: yuan(500), firstViolation: false, repeatCount: 2 }).level.key).toBe(
      'serious',
    );
    expect(
      evaluateBenchmark(FOOD, { goodsValue: yuan(500), firstViolation: true, vulnerableGroups: true }).level.key,
    ).toBe('serious');
  });

  it('with no facts no level holds: the mildest applies in the party’s favour, flagged, and the fine waits for the goods value', () => {
    const ev = evaluateBenchmark(FOOD, {});
    expect(ev.level.key).toBe('slight');
    expect(ev.basis).toBe('no_match');
    expect(ev.notices.map((n) => n.code)).toContain('no_level_matched');
    const fine = ev.penalties.find((p) => p.kind === 'fine')!;
    expect(fine.fine).toBeNull();
    expect(fine.finePending?.zh).toContain('货值金额');
  });

  it('an unknown circumstance never establishes one: “非初次违法” does not hold when nobody found it', () => {
    const ev = evaluateBenchmark(FOOD, { goodsValue: yuan(1000) });
    expect(ev.levelsHeld).toEqual([]);
    expect(ev.basis).toBe('no_match');
  });

  it('reports Art. 32 circumstances without changing the level, and aggravating ones', () => {
    const ev = evaluateBenchmark(FOOD, {
      goodsValue: yuan(3000),
      firstViolation: true,
      mitigatedHarm: true,
      coerced: true,
      emergencyPeriod: true,
    });
    expect(ev.level.key).toBe('ordinary');
    expect(ev.mitigating.map((m) => m.code)).toEqual(['art32_mitigatedHarm', 'art32_coerced']);
    expect(ev.mitigating[0].text.zh).toContain('第三十二条第（一）项');
    expect(ev.mitigating[0].rule).toBe('XZCF-32');
    expect(ev.aggravating.map((a) => a.rule)).toContain('XZCF-49');
  });

  it('the officer may find the level from the written text; a difference from the structured conditions is flagged', () => {
    const ev = evaluateBenchmark(FOOD, { goodsValue: yuan(3000), firstViolation: true }, { levelKey: 'serious' });
    expect(ev.level.key).toBe('serious');
    expect(ev.basis).toBe('officer');
    expect(ev.notices.map((n) => n.code)).toContain('officer_level_differs');
  });

  it('a party proven free of fault is told Art. 33(2)', () => {
    const ev = evaluateBenchmark(FOOD, { goodsValue: yuan(3000), noFault: true });
    expect(ev.notices.find((n) => n.code === 'no_fault')?.text.zh).toContain('第三十三条第二款');
  });
});

describe('evaluate: 食品安全法 第一百二十六条 (a warning; a fine only on refusal to correct)', () => {
  it('the mildest level without structured conditions is the default', () => {
    const ev = evaluateBenchmark(STAFF, { firstViolation: false });
    expect(ev).toMatchObject({ level: { key: 'slight' }, basis: 'default' });
    expect(ev.penalties.map((p) => p.kind)).toEqual(['warning']);
  });

  it('refusing to correct makes it 一般 with 5,000–20,000 yuan', () => {
    const ev = evaluateBenchmark(STAFF, { refusedCorrection: true });
    expect(ev.level.key).toBe('ordinary');
    expect(fineOf(ev)).toMatchObject({ minFen: yuan(5000), maxFen: yuan(20_000) });
  });

  it('lists the first-violation entry the facts meet', () => {
    const ev = evaluateBenchmark(
      STAFF,
      { firstViolation: true, harmLevel: 1, correctedPromptly: true },
      { exemptions: [exemption('SCJG-SWBF-01')] },
    );
    expect(ev.exemptions).toHaveLength(1);
    expect(ev.exemptions[0].text.zh).toContain('可以不予行政处罚');
    const not = evaluateBenchmark(
      STAFF,
      { firstViolation: true, harmLevel: 2, correctedPromptly: true },
      { exemptions: [exemption('SCJG-SWBF-01')] },
    );
    expect(not.exemptions).toEqual([]);
  });
});

describe('checkProposal', () => {
  const refused = { refusedCorrection: true };

  it('a fine inside the range passes', () => {
    const r = checkProposal(STAFF, refused, { fineFen: yuan(10_000), kinds: ['warning'] });
    expect(r.within).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(['within']);
  });

  it('above the level’s maximum: names the level whose conditions would justify it', () => {
    const r = checkProposal(STAFF, refused, { fineFen: yuan(30_000), kinds: ['warning'] });
    expect(r.within).toBe(false);
    const f = r.findings.find((x) => x.code === 'fine_above_range')!;
    expect(f.severity).toBe('outside');
    expect(f.text.zh).toBe('高于「一般」档上限 20,000.00 元：须符合「较重」档条件（拒不改正 且 违法次数≥2次）');
    expect(f.text.en).toContain('level Serious');
  });

  it('a fine only the top level allows names the top level; above every level is not allowed at all', () => {
    const top = checkProposal(STAFF, refused, { fineFen: yuan(45_000), kinds: ['warning'] });
    expect(top.findings.find((x) => x.code === 'fine_above_range')!.text.zh).toContain('须符合「严重」档条件');
    const beyond = checkProposal(STAFF, refused, { fineFen: yuan(60_000), kinds: ['warning'] });
    expect(beyond.findings.find((x) => x.code === 'fine_above_range')!.text.zh).toContain('不得作出');
  });

  it('below the minimum without an Art. 32 circumstance is outside; with one it is mitigation to be reasoned', () => {
    const facts = { refusedCorrection: true, repeatCount: 2 };
    const r = checkProposal(STAFF, facts, { fineFen: yuan(10_000), kinds: ['warning'] });
    expect(r.within).toBe(false);
    const f = r.findings.find((x) => x.code === 'fine_below_range')!;
    expect(f.text.zh).toContain(
      '低于「较重」档下限 20,000.00 元：须符合「一般」档条件（拒不改正），或具有行政处罚法第三十二条',
    );
    const mitigated = checkProposal(
      STAFF,
      { ...facts, mitigatedHarm: true },
      { fineFen: yuan(10_000), kinds: ['warning'] },
    );
    expect(mitigated.within).toBe(true);
    expect(mitigated.findings.find((x) => x.code === 'fine_below_range_mitigated')!.text.zh).toContain(
      '主动消除或者减轻危害后果',
    );
  });

  it('with an Art. 32 circumstance a fine in the upper half of the range asks for reasons', () => {
    const r = checkProposal(
      STAFF,
      { refusedCorrection: true, confessed: true },
      { fineFen: yuan(18_000), kinds: ['warning'] },
    );
    expect(r.within).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(['mitigated_upper_half']);
  });

  it('a kind the level does not provide names the level that does; a required kind left out is a warning', () => {
    const r = checkProposal(STAFF, refused, { fineFen: yuan(10_000), kinds: ['suspend_business'] });
    expect(r.within).toBe(false);
    expect(r.findings.find((f) => f.code === 'kind_not_in_level')!.text.zh).toContain('须符合「严重」档条件');
    expect(r.findings.find((f) => f.code === 'kind_missing')!.text.zh).toContain('警告');
    const none = checkProposal(STAFF, refused, { kinds: ['detention'] });
    expect(none.findings.find((f) => f.code === 'kind_not_in_level')!.text.zh).toContain('没有依据');
  });

  it('a penalty where the no-penalty list applies is outside; where the first-violation list applies, a warning', () => {
    const noPenalty: ExemptionLike = { ...exemption('SCJG-BYCF-01') };
    const facts = { correctedPromptly: true, harmLevel: 0, refusedCorrection: true };
    const ev = evaluateBenchmark(STAFF, facts, { exemptions: [noPenalty], proposed: { fineFen: yuan(6000) } });
    expect(ev.proposal!.within).toBe(false);
    expect(ev.proposal!.findings[0].code).toBe('exempt_no_penalty');
    const first = evaluateBenchmark(
      STAFF,
      { firstViolation: true, harmLevel: 1, correctedPromptly: true },
      { exemptions: [exemption('SCJG-SWBF-01')], proposed: { kinds: ['warning'] } },
    );
    expect(first.proposal!.within).toBe(true);
    expect(first.proposal!.findings.map((f) => f.code)).toEqual(['exempt_first_violation']);
  });

  it('a multiple-based fine cannot be checked before the base is established', () => {
    const r = checkProposal(
      FOOD,
      { firstViolation: false },
      { fineFen: yuan(70_000), kinds: ['confiscate_gains', 'confiscate_property'] },
    );
    expect(r.findings.map((f) => f.code)).toEqual(['fine_base_missing']);
  });
});

describe('fine arithmetic', () => {
  it('rounds each end to the nearest fen, halves up, exactly for large amounts', () => {
    expect(multiplyFen(3, 0.5)).toBe(2);
    expect(multiplyFen(1, 0.5)).toBe(1);
    expect(multiplyFen(1, 0.4999)).toBe(0);
    expect(multiplyFen(10_000_000_000_000, 20)).toBe(200_000_000_000_000);
    expect(multiplyFen(9_999_999_999_999, 0.3333)).toBe(3_333_000_000_000); // …999.67 rounds up
  });

  it('产品质量法 第五十条: 50% to 3 times, the tiny case does not invert', () => {
    const ev = evaluateBenchmark(PRODUCT, { goodsValue: 3, firstViolation: true, harmLevel: 0 });
    expect(fineOf(ev)).toMatchObject({ minFen: 2, maxFen: 3 });
    const big = evaluateBenchmark(PRODUCT, { goodsValue: yuan(300_000) });
    expect(big.level.key).toBe('severe');
    expect(fineOf(big)).toMatchObject({ minFen: yuan(750_000), maxFen: yuan(900_000) });
  });

  it('compares fines at every base amount: a harsher level may touch but not dip below', () => {
    const fixed = (minFen: number, maxFen: number): Fine => ({ mode: 'fixed', minFen, maxFen });
    expect(fineNotBelow(fixed(100, 200), fixed(50, 200))).toBe(true);
    expect(fineNotBelow(fixed(100, 150), fixed(50, 200))).toBe(false);
    const times = (minTimes: number, maxTimes: number, below?: Fine & { mode: 'fixed' }): Fine => ({
      mode: 'multiple',
      base: 'goodsValue',
      minTimes,
      maxTimes,
      ...(below ? { below: { thresholdFen: yuan(10_000), minFen: below.minFen, maxFen: below.maxFen } } : {}),
    });
    // A multiple with no floor falls below a fixed range for a small base.
    expect(fineNotBelow(times(10, 20), fixed(yuan(50_000), yuan(100_000)))).toBe(false);
    // With the statute's floor it does not.
    expect(
      fineNotBelow(times(10, 20, fixed(yuan(50_000), yuan(100_000)) as never), fixed(yuan(50_000), yuan(100_000))),
    ).toBe(true);
  });
});

describe('validation names the field and says why', () => {
  const base = STAFF;
  const withLevels = (levels: Level[]): BenchmarkContent => ({ ...base, levels });
  const fineLevel = (i: number, fine: Fine) => {
    const levels = structuredClone(base.levels);
    levels[i].penalties = levels[i].penalties.map((p) => (p.kind === 'fine' ? { ...p, fine } : p));
    return withLevels(levels);
  };

  it('an inverted fixed range', () => {
    const problems = validateBenchmarkContent(
      fineLevel(1, { mode: 'fixed', minFen: 900, maxFen: 100 }),
      DEFAULT_LEVELS,
    );
    expect(Object.keys(problems)).toEqual(['levels.1.penalties.1.fine.maxFen']);
    expect(problems['levels.1.penalties.1.fine.maxFen'].zh).toBe('罚款上限不能低于下限');
  });

  it('a harsher level whose range lies below a milder one’s', () => {
    const problems = validateBenchmarkContent(
      fineLevel(2, { mode: 'fixed', minFen: yuan(2000), maxFen: yuan(3500) }),
      DEFAULT_LEVELS,
    );
    expect(Object.keys(problems)).toEqual(['levels.2.penalties.1.fine']);
    expect(problems['levels.2.penalties.1.fine'].zh).toContain('低于较轻的「一般」档');
  });

  it('touching and consistently overlapping ranges are allowed', () => {
    expect(
      validateBenchmarkContent(
        fineLevel(2, { mode: 'fixed', minFen: yuan(10_000), maxFen: yuan(35_000) }),
        DEFAULT_LEVELS,
      ),
    ).toEqual({});
  });

  it('an upper bound above the mildest level', () => {
    const levels = structuredClone(base.levels);
    levels[1].conditions = parseConditions('拒不改正 且 违法次数<3');
    const problems = validateBenchmarkContent(withLevels(levels), DEFAULT_LEVELS);
    expect(problems['levels.1.conditions'].zh).toContain('违法次数<3次');
    expect(problems['levels.1.conditions'].zh).toContain('更重的事实落入更轻的档次');
    // The mildest level may describe itself with upper bounds.
    levels[1].conditions = parseConditions('拒不改正');
    levels[0].conditions = parseConditions('违法次数<2 且 初次违法');
    expect(validateBenchmarkContent(withLevels(levels), DEFAULT_LEVELS)).toEqual({});
  });

  it('levels out of order, repeated or not in the tenant’s set', () => {
    const swapped = [base.levels[1], base.levels[0], ...base.levels.slice(2)];
    expect(Object.keys(validateBenchmarkContent(withLevels(swapped), DEFAULT_LEVELS))).toContain('levels.1.key');
    const twice = [base.levels[0], base.levels[0]];
    expect(validateBenchmarkContent(withLevels(twice), DEFAULT_LEVELS)['levels.1.key'].zh).toBe('档次重复');
    const unknown = [{ ...base.levels[0], key: 'extreme' }];
    expect(validateBenchmarkContent(withLevels(unknown), DEFAULT_LEVELS)['levels.0.key'].zh).toContain(
      '轻微、一般、较重、严重',
    );
  });

  it('penalty shapes: a fine without amounts, amounts on a warning, a period on a warning, detention over 20 days, other without a name, a kind twice', () => {
    const p = (penalties: Penalty[]) =>
      validateBenchmarkContent(withLevels([{ ...base.levels[0], penalties }]), DEFAULT_LEVELS);
    expect(Object.keys(p([{ kind: 'fine' }]))).toEqual(['levels.0.penalties.0.fine']);
    expect(Object.keys(p([{ kind: 'warning', fine: { mode: 'fixed', minFen: 1, maxFen: 2 } }]))).toEqual([
      'levels.0.penalties.0.fine',
    ]);
    expect(Object.keys(p([{ kind: 'warning', period: { min: 1, max: 2, unit: 'day' } }]))).toEqual([
      'levels.0.penalties.0.period',
    ]);
    expect(
      p([{ kind: 'detention', period: { min: 5, max: 25, unit: 'day' } }])['levels.0.penalties.0.period.max'].zh,
    ).toContain('二十日');
    expect(Object.keys(p([{ kind: 'other' }]))).toEqual(['levels.0.penalties.0.note']);
    expect(Object.keys(p([{ kind: 'warning' }, { kind: 'warning' }]))).toEqual(['levels.0.penalties.1.kind']);
    expect(
      Object.keys(
        p([{ kind: 'fine', fine: { mode: 'multiple', base: 'goodsValue', minTimes: 0.12345, maxTimes: 1 } }]),
      ),
    ).toEqual(['levels.0.penalties.0.fine.minTimes']);
  });

  it('multiples of different bases cannot be compared; periods in different units neither', () => {
    const levels = structuredClone(FOOD.levels);
    levels[2].penalties = levels[2].penalties.map((p) =>
      p.kind === 'fine'
        ? { kind: 'fine', fine: { mode: 'multiple', base: 'illegalGains', minTimes: 16, maxTimes: 20 } }
        : p,
    );
    expect(validateBenchmarkContent({ ...FOOD, levels }, DEFAULT_LEVELS)['levels.2.penalties.2.fine'].zh).toContain(
      '基数不同',
    );
    const staff = structuredClone(STAFF.levels);
    staff[2].penalties.push({ kind: 'suspend_business', period: { min: 1, max: 2, unit: 'month' } });
    expect(Object.keys(validateBenchmarkContent({ ...STAFF, levels: staff }, DEFAULT_LEVELS))).toEqual([
      'levels.3.penalties.2.period.unit',
    ]);
  });

  it('a yes/no fact compared with a number, a harm beyond the scale', () => {
    const levels = structuredClone(STAFF.levels);
    levels[1].conditions = { combine: 'all', items: [{ fact: 'refusedCorrection', op: 'gte', value: 1 }] };
    levels[2].conditions = { combine: 'all', items: [{ fact: 'harmLevel', op: 'gte', value: 7 }] };
    const problems = validateBenchmarkContent({ ...STAFF, levels }, DEFAULT_LEVELS);
    expect(problems['levels.1.conditions.items.0'].zh).toContain('是”或“否');
    expect(problems['levels.2.conditions.items.0'].zh).toContain('危害后果');
  });
});

describe('the condition language', () => {
  it('reads money in 元 and 万元, counts, harm by name, yes/no facts bare or negated, groups in parentheses', () => {
    expect(parseConditions('货值金额≥1万元 且 （违法次数>=2次 或 非初次违法） 且 危害后果≥较重')).toEqual({
      combine: 'all',
      items: [
        { fact: 'goodsValue', op: 'gte', value: 1_000_000 },
        {
          combine: 'any',
          items: [
            { fact: 'repeatCount', op: 'gte', value: 2 },
            { fact: 'firstViolation', op: 'eq', value: false },
          ],
        },
        { fact: 'harmLevel', op: 'gte', value: 3 },
      ],
    });
    expect(parseConditions('拒不改正=否')).toEqual({
      combine: 'all',
      items: [{ fact: 'refusedCorrection', op: 'eq', value: false }],
    });
    expect(parseConditions('涉案金额<2000.5元')).toEqual({
      combine: 'all',
      items: [{ fact: 'amountInvolved', op: 'lt', value: 200_050 }],
    });
    expect(parseConditions('持续时间≥30天')).toEqual({
      combine: 'all',
      items: [{ fact: 'durationDays', op: 'gte', value: 30 }],
    });
    expect(parseConditions('  ')).toBeNull();
  });

  it.each([
    ['货值金额≥1万元 且 违法次数≥2 或 拒不改正', '括号'],
    ['货款≥100元', '无法识别的事实'],
    ['违法次数 2', '比较符'],
    ['违法次数≥2.5', '整数'],
    ['初次违法≥是', '“=”或“≠”'],
    ['（违法次数≥2', '右括号'],
    ['货值金额≥1.001元', '分'],
  ])('explains a mistake: %s', (text, hint) => {
    let error: unknown;
    try {
      parseConditions(text);
    } catch (e) {
      error = e;
    }
    expect(dslErrorOf(error)?.message.zh).toContain(hint);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties.

const moneyArb = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 10_000_000_000_000 }));
const numericValue = (fact: string) => {
  switch (FACTS[fact as keyof typeof FACTS].kind) {
    case 'money':
      return moneyArb;
    case 'ordinal':
      return fc.integer({ min: 0, max: 4 });
    case 'days':
      return fc.integer({ min: 0, max: 1000 });
    default:
      return fc.integer({ min: 0, max: 10 });
  }
};
/** Complete facts: every fact established. */
const factsArb: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(FACT_KEYS.map((k) => [k, FACTS[k].kind === 'boolean' ? fc.boolean() : numericValue(k)])) as Record<
    string,
    fc.Arbitrary<number | boolean>
  >,
) as fc.Arbitrary<Facts>;

/** Facts and a harsher variant: amounts, counts, harm and duration up; aggravating on; mitigating off. */
const harsherPairArb = fc
  .tuple(factsArb, factsArb, fc.array(fc.constantFrom(...FACT_KEYS), { maxLength: FACT_KEYS.length }))
  .map(([facts, other, changed]) => {
    const harsher: Record<string, number | boolean> = { ...(facts as Record<string, number | boolean>) };
    for (const k of changed) {
      const def = FACTS[k];
      if (def.kind === 'boolean') harsher[k] = def.harsher === 'true';
      else harsher[k] = Math.max(harsher[k] as number, (other as Record<string, number>)[k]);
    }
    return [facts, harsher as Facts] as const;
  });

const closedLeafArb: fc.Arbitrary<Condition> = fc.oneof(
  fc
    .constantFrom(...MONEY_FACTS, 'repeatCount', 'harmLevel', 'durationDays')
    .chain((fact) =>
      fc.record({ fact: fc.constant(fact), op: fc.constantFrom('gte', 'gt'), value: numericValue(fact) }),
    ) as fc.Arbitrary<Condition>,
  fc.constantFrom(...AGGRAVATING_FACTS).map((fact): Condition => ({ fact, op: 'eq', value: true })),
  fc.constantFrom(...MITIGATING_FACTS).map((fact): Condition => ({ fact, op: 'eq', value: false })),
);
const anyLeafArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom(...MONEY_FACTS, 'repeatCount', 'harmLevel', 'durationDays').chain((fact) =>
    fc.record({
      fact: fc.constant(fact),
      op: fc.constantFrom('gte', 'gt', 'lte', 'lt', 'eq', 'ne'),
      value: numericValue(fact),
    }),
  ) as fc.Arbitrary<Condition>,
  fc.record({
    fact: fc.constantFrom(...BOOLEAN_FACTS),
    op: fc.constantFrom('eq', 'ne'),
    value: fc.boolean(),
  }) as fc.Arbitrary<Condition>,
);
const groupArb = (leaf: fc.Arbitrary<Condition>): fc.Arbitrary<ConditionGroup> =>
  fc.letrec<{ group: ConditionGroup; item: Condition | ConditionGroup }>((tie) => ({
    group: fc.record({
      combine: fc.constantFrom('all', 'any'),
      items: fc.array(tie('item'), { minLength: 1, maxLength: 3 }),
    }) as fc.Arbitrary<ConditionGroup>,
    item: fc.oneof({ depthSize: 'small', maxDepth: 2 }, leaf, tie('group')),
  })).group;

/** Sorted-ish numbers: usually in order (so that many generated benchmarks are well-formed), sometimes not. */
const maybeSorted = (n: number, max: number) =>
  fc
    .tuple(fc.array(fc.integer({ min: 0, max }), { minLength: n, maxLength: n }), fc.integer({ min: 0, max: 9 }))
    .map(([xs, r]) => (r < 8 ? [...xs].sort((a, b) => a - b) : xs));

/** Fines for k levels, of one family most of the time. */
const finesArb = (k: number): fc.Arbitrary<Fine[]> =>
  fc
    .record({
      mode: fc.constantFrom('fixed', 'multiple', 'mixed'),
      base: fc.constantFrom(...MONEY_FACTS),
      otherBase: fc.constantFrom(...MONEY_FACTS),
      mins: maybeSorted(k, 5_000_000),
      spans: fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: k, maxLength: k }),
      tMins: maybeSorted(k, 200_000),
      tSpans: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: k, maxLength: k }),
      threshold: fc.option(fc.integer({ min: 1, max: 5_000_000 }), { nil: undefined }),
    })
    .map((r) => {
      let max = 0;
      let tMax = 0;
      return Array.from({ length: k }, (_, i): Fine => {
        max = Math.max(max, r.mins[i] + r.spans[i]);
        tMax = Math.max(tMax, r.tMins[i] + r.tSpans[i]);
        const fixed: Fine = { mode: 'fixed', minFen: r.mins[i], maxFen: max };
        const multiple: Fine = {
          mode: 'multiple',
          base: r.mode === 'mixed' && i % 2 ? r.otherBase : r.base,
          minTimes: r.tMins[i] / 10_000,
          maxTimes: Math.max(tMax, 1) / 10_000,
          ...(r.threshold ? { below: { thresholdFen: r.threshold, minFen: r.mins[i], maxFen: max } } : {}),
        };
        if (r.mode === 'fixed') return fixed;
        if (r.mode === 'multiple') return multiple;
        return i % 3 === 0 ? fixed : multiple;
      });
    });

const benchmarkArb = (leaf: fc.Arbitrary<Condition>, mildestLeaf: fc.Arbitrary<Condition>) =>
  fc
    .subarray(DEFAULT_LEVELS as (typeof DEFAULT_LEVELS)[number][], { minLength: 1 })
    .chain((defs) =>
      fc.tuple(
        fc.constant(defs),
        fc.tuple(...defs.map((_, i) => fc.option(groupArb(i === 0 ? mildestLeaf : leaf), { nil: null, freq: 5 }))),
        finesArb(defs.length),
        fc.array(fc.boolean(), { minLength: defs.length, maxLength: defs.length }),
      ),
    )
    .map(([defs, conditions, fines, hasFine]): BenchmarkContent => ({
      ...STAFF,
      levels: defs.map((d, i) => ({
        key: d.key,
        name: d.name,
        conditionsText: '',
        conditions: conditions[i],
        penalties: [{ kind: 'warning' }, ...(hasFine[i] ? [{ kind: 'fine' as const, fine: fines[i] }] : [])],
      })),
    }));

const wellFormed = (c: BenchmarkContent) => Object.keys(validateBenchmarkContent(c, DEFAULT_LEVELS)).length === 0;
const PROPERTY_RUNS = { numRuns: 300 };

describe('properties', () => {
  it('a harsher fact never lowers the level, for every benchmark validation accepts', () => {
    const mixedLeaf = fc.oneof({ weight: 4, arbitrary: closedLeafArb }, { weight: 1, arbitrary: anyLeafArb });
    fc.assert(
      fc.property(benchmarkArb(mixedLeaf, anyLeafArb), harsherPairArb, (content, [facts, harsher]) => {
        fc.pre(wellFormed(content));
        expect(levelOf(content.levels, harsher).index).toBeGreaterThanOrEqual(levelOf(content.levels, facts).index);
      }),
      PROPERTY_RUNS,
    );
  });

  it('validation rejects exactly the conditions a harsher fact could escape: an open condition above the mildest level', () => {
    fc.assert(
      fc.property(anyLeafArb, (leaf) => {
        const levels = structuredClone(STAFF.levels);
        levels[1].conditions = { combine: 'all', items: [leaf] };
        expect(wellFormed({ ...STAFF, levels })).toBe(isHarsherClosed(leaf));
      }),
      PROPERTY_RUNS,
    );
  });

  it('ranges never invert: minimum ≤ maximum for every level and every base amount', () => {
    fc.assert(
      fc.property(benchmarkArb(closedLeafArb, anyLeafArb), factsArb, (content, facts) => {
        fc.pre(wellFormed(content));
        for (const level of content.levels) {
          const fine = level.penalties.find((p) => p.kind === 'fine')?.fine;
          if (!fine) continue;
          const r = fineRange(fine, facts)!;
          expect(r.minFen).toBeLessThanOrEqual(r.maxFen);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('in a well-formed benchmark a harsher level’s range never lies below a milder one’s', () => {
    fc.assert(
      fc.property(benchmarkArb(closedLeafArb, anyLeafArb), factsArb, (content, facts) => {
        fc.pre(wellFormed(content));
        const ranges = content.levels
          .map((l) => l.penalties.find((p) => p.kind === 'fine')?.fine)
          .map((f) => (f ? fineRange(f, facts) : null));
        for (let j = 0; j < ranges.length; j++)
          for (let i = 0; i < j; i++) {
            const a = ranges[i];
            const b = ranges[j];
            if (!a || !b) continue;
            expect(b.minFen).toBeGreaterThanOrEqual(a.minFen);
            expect(b.maxFen).toBeGreaterThanOrEqual(a.maxFen);
          }
      }),
      PROPERTY_RUNS,
    );
  });

  it('validation rejects a benchmark once a harsher level’s fine is pushed below the milder one’s', () => {
    fc.assert(
      fc.property(benchmarkArb(closedLeafArb, anyLeafArb), fc.integer({ min: 1, max: 1_000_000 }), (content, cut) => {
        const fined = content.levels.flatMap((l, i) => (l.penalties.some((p) => p.kind === 'fine') ? [i] : []));
        fc.pre(wellFormed(content) && fined.length >= 2);
        const [i, j] = [fined[0], fined[fined.length - 1]];
        const milder = content.levels[i].penalties.find((p) => p.kind === 'fine')!.fine!;
        const broken = structuredClone(content);
        const target = broken.levels[j].penalties.find((p) => p.kind === 'fine')!;
        // The harsher level now has a fixed range ending below the milder level's maximum at base 0.
        const mMax = milder.mode === 'fixed' ? milder.maxFen : (milder.below?.maxFen ?? 0);
        fc.pre(mMax > 0);
        target.fine = { mode: 'fixed', minFen: 0, maxFen: Math.max(0, mMax - cut) };
        expect(wellFormed(broken)).toBe(false);
      }),
      PROPERTY_RUNS,
    );
  });

  it('the condition language reads back what it writes', () => {
    const canonicalLeaf = anyLeafArb.map((c): Condition =>
      FACTS[c.fact].kind === 'boolean' ? { fact: c.fact, op: 'eq', value: (c.op === 'eq') === c.value } : c,
    );
    fc.assert(
      fc.property(groupArb(canonicalLeaf), (g) => {
        expect(parseConditions(formatConditions(g))).toEqual(normalizeGroup(g));
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('diff between versions', () => {
  it('names the changed range, the changed conditions, an added level and an unchanged one', () => {
    const after = structuredClone(STAFF);
    after.levels[1].penalties[1] = { kind: 'fine', fine: { mode: 'fixed', minFen: yuan(5000), maxFen: yuan(15_000) } };
    after.levels[2].conditions = parseConditions('拒不改正 且 违法次数≥3');
    const before = { ...structuredClone(STAFF), levels: STAFF.levels.slice(0, 3) };
    after.violation = '安排未取得健康证明的人员从事接触直接入口食品工作';
    const d = diffBenchmarkContent(before, after, 1, 2);
    expect(d.fields.map((f) => f.what.zh)).toEqual(['违法行为']);
    expect(d.levels.map((l) => [l.key, l.change])).toEqual([
      ['slight', 'unchanged'],
      ['ordinary', 'changed'],
      ['serious', 'changed'],
      ['severe', 'added'],
    ]);
    const fine = d.levels[1].items.find((i) => i.what.zh === '罚款')!;
    expect(fine.before!.zh).toBe('罚款 5,000.00元以上20,000.00元以下');
    expect(fine.after!.zh).toBe('罚款 5,000.00元以上15,000.00元以下');
    const cond = d.levels[2].items.find((i) => i.what.zh === '结构化条件')!;
    expect(cond.before!.zh).toBe('拒不改正 且 违法次数≥2次');
    expect(cond.after!.zh).toBe('拒不改正 且 违法次数≥3次');
    expect(d.levels[3].items.map((i) => i.before)).toEqual(d.levels[3].items.map(() => null));
  });
});
