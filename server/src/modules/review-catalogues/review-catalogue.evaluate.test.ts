import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PARTY_TYPES,
  PENALTY_KINDS,
  reviewDecision,
  type ReviewDecision,
  type ReviewRuleCondition,
} from '../../../../contracts/review-catalogue';
import { evaluateCatalogue, type CatalogueRule } from './review-catalogue.evaluate';

const YUAN = 100;
let seq = 0;
const rule = (condition: ReviewRuleCondition, title = `规则${++seq}`): CatalogueRule => ({
  ruleId: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
  title,
  condition,
});
/** A decision with the contract's defaults filled in. */
const decision = (d: Partial<ReviewDecision> & Pick<ReviewDecision, 'partyType'>): ReviewDecision =>
  reviewDecision.parse(d);

// A catalogue like 香格里拉市市场监督管理局's demo one.
const personFine = rule({ kind: 'fine_threshold', partyType: 'natural_person', minFineFen: 10_000 * YUAN });
const orgFine = rule({ kind: 'fine_threshold', partyType: 'organisation', minFineFen: 100_000 * YUAN });
const confiscation = rule({ kind: 'confiscation_threshold', minValueFen: 50_000 * YUAN });
const revocation = rule({ kind: 'licence_revocation' });
const stopClose = rule({ kind: 'stop_or_close' });
const hearing = rule({ kind: 'hearing_held' });
const relations = rule({ kind: 'multiple_legal_relations' });
const sectors = rule({ kind: 'sector', sectors: ['食品药品安全', '涉及重大公共利益'] });
const kinds = rule({ kind: 'penalty_kind', kinds: ['lower_qualification', 'restrict_practice'] });
const freeText = rule({ kind: 'free_text' }, '社会影响较大、可能引发群体性事件的');
const CATALOGUE = [
  personFine,
  orgFine,
  confiscation,
  revocation,
  stopClose,
  hearing,
  relations,
  sectors,
  kinds,
  freeText,
];

const matchedIds = (d: ReviewDecision, rules: readonly CatalogueRule[] = CATALOGUE) =>
  evaluateCatalogue(rules, d)
    .results.filter((r) => r.matched)
    .map((r) => r.ruleId);

describe('evaluateCatalogue: examples', () => {
  it('a warning for a person matches nothing: not major', () => {
    const out = evaluateCatalogue(CATALOGUE, decision({ partyType: 'natural_person', penaltyKinds: ['warning'] }));
    expect(out.major).toBe(false);
    expect(out.results).toHaveLength(CATALOGUE.length);
    expect(out.results.map((r) => r.ruleId)).toEqual(CATALOGUE.map((r) => r.ruleId));
  });

  it('a fine of exactly 10,000 yuan on a person reaches the threshold (≥), 9,999.99 does not', () => {
    const at = evaluateCatalogue(
      [personFine],
      decision({ partyType: 'natural_person', penaltyKinds: ['fine'], fineFen: 10_000 * YUAN }),
    );
    expect(at.major).toBe(true);
    expect(at.results[0].reason.zh).toBe('对公民（自然人）罚款 10,000.00 元，达到较大数额标准 10,000.00 元');
    expect(at.results[0].reason.en).toContain('¥10,000.00');
    const below = evaluateCatalogue(
      [personFine],
      decision({ partyType: 'natural_person', penaltyKinds: ['fine'], fineFen: 10_000 * YUAN - 1 }),
    );
    expect(below.major).toBe(false);
    expect(below.results[0].reason.zh).toBe('罚款 9,999.99 元，未达到较大数额标准 10,000.00 元');
  });

  it('the person threshold does not apply to an organisation, whose own threshold is higher', () => {
    const d = decision({ partyType: 'organisation', penaltyKinds: ['fine'], fineFen: 50_000 * YUAN });
    const out = evaluateCatalogue([personFine, orgFine], d);
    expect(out.major).toBe(false);
    expect(out.results[0].reason.zh).toBe('本条适用于公民（自然人），当事人为法人或者其他组织');
    expect(out.results[1].reason.zh).toContain('未达到较大数额标准 100,000.00 元');
    expect(matchedIds({ ...d, fineFen: 100_000 * YUAN })).toEqual([orgFine.ruleId]);
  });

  it('confiscation counts gains and property together', () => {
    expect(
      matchedIds(decision({ partyType: 'organisation', confiscationValueFen: 50_000 * YUAN }), [confiscation]),
    ).toEqual([confiscation.ruleId]);
    expect(
      matchedIds(decision({ partyType: 'organisation', confiscationValueFen: 49_999 * YUAN }), [confiscation]),
    ).toEqual([]);
  });

  it('licence revocation matches on the flag or on the penalty kind', () => {
    expect(matchedIds(decision({ partyType: 'organisation', licenceRevoked: true }), [revocation])).toHaveLength(1);
    expect(
      matchedIds(decision({ partyType: 'organisation', penaltyKinds: ['revoke_licence'] }), [revocation]),
    ).toHaveLength(1);
    expect(
      matchedIds(decision({ partyType: 'organisation', penaltyKinds: ['suspend_licence'] }), [revocation]),
    ).toHaveLength(0);
  });

  it('an order to stop production or to close matches stop_or_close; a restriction does not', () => {
    const out = evaluateCatalogue(
      [stopClose],
      decision({ partyType: 'organisation', penaltyKinds: ['order_closure'] }),
    );
    expect(out.results[0]).toMatchObject({ matched: true, reason: { zh: '拟责令关闭' } });
    expect(
      matchedIds(decision({ partyType: 'organisation', penaltyKinds: ['suspend_business'] }), [stopClose]),
    ).toHaveLength(1);
    expect(
      matchedIds(decision({ partyType: 'organisation', penaltyKinds: ['restrict_operations'] }), [stopClose]),
    ).toHaveLength(0);
  });

  it('a hearing held and several legal relations each make a decision major (行政处罚法 第五十八条)', () => {
    expect(matchedIds(decision({ partyType: 'natural_person', hearingHeld: true }))).toEqual([hearing.ruleId]);
    expect(matchedIds(decision({ partyType: 'natural_person', multipleLegalRelations: true }))).toEqual([
      relations.ruleId,
    ]);
  });

  it('sectors match by tag, ignoring surrounding spaces', () => {
    const out = evaluateCatalogue([sectors], decision({ partyType: 'organisation', sectors: [' 食品药品安全 '] }));
    expect(out.results[0]).toMatchObject({ matched: true, reason: { zh: '涉及食品药品安全' } });
    expect(matchedIds(decision({ partyType: 'organisation', sectors: ['安全生产'] }), [sectors])).toEqual([]);
  });

  it('penalty kinds match when any listed kind is proposed', () => {
    const out = evaluateCatalogue(
      [kinds],
      decision({ partyType: 'natural_person', penaltyKinds: ['fine', 'restrict_practice'] }),
    );
    expect(out.results[0]).toMatchObject({ matched: true, reason: { zh: '拟给予限制从业，属目录所列处罚种类' } });
    expect(out.results[0].reason.en).toBe('Proposes Barred from the trade, a listed kind');
  });

  it('a free-text item matches only when the reviewer ticks that item', () => {
    expect(matchedIds(decision({ partyType: 'organisation', tickedRuleIds: [freeText.ruleId] }))).toEqual([
      freeText.ruleId,
    ]);
    expect(matchedIds(decision({ partyType: 'organisation', tickedRuleIds: [personFine.ruleId] }))).toEqual([]);
  });

  it('several rules can match at once, and each says why', () => {
    const out = evaluateCatalogue(
      CATALOGUE,
      decision({
        partyType: 'organisation',
        penaltyKinds: ['fine', 'confiscate_gains', 'revoke_licence', 'suspend_business'],
        fineFen: 200_000 * YUAN,
        confiscationValueFen: 80_000 * YUAN,
        hearingHeld: true,
      }),
    );
    expect(out.results.filter((r) => r.matched).map((r) => r.kind)).toEqual([
      'fine_threshold',
      'confiscation_threshold',
      'licence_revocation',
      'stop_or_close',
      'hearing_held',
    ]);
    for (const r of out.results) {
      expect(r.reason.zh.length).toBeGreaterThan(1);
      expect(r.reason.en.length).toBeGreaterThan(1);
    }
  });

  it('an empty catalogue makes nothing major', () => {
    expect(evaluateCatalogue([], decision({ partyType: 'organisation', hearingHeld: true }))).toEqual({
      major: false,
      results: [],
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------

const fenArb = fc.integer({ min: 0, max: 10_000_000 * YUAN });
const conditionArb: fc.Arbitrary<ReviewRuleCondition> = fc.oneof(
  fc.record({
    kind: fc.constant('penalty_kind' as const),
    kinds: fc.uniqueArray(fc.constantFrom(...PENALTY_KINDS), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('fine_threshold' as const),
    partyType: fc.constantFrom(...PARTY_TYPES),
    minFineFen: fc.integer({ min: 1, max: 1_000_000 * YUAN }),
  }),
  fc.record({ kind: fc.constant('confiscation_threshold' as const), minValueFen: fc.integer({ min: 1, max: 1e8 }) }),
  fc.constant({ kind: 'licence_revocation' as const }),
  fc.constant({ kind: 'stop_or_close' as const }),
  fc.constant({ kind: 'hearing_held' as const }),
  fc.constant({ kind: 'multiple_legal_relations' as const }),
  fc.record({
    kind: fc.constant('sector' as const),
    sectors: fc.uniqueArray(fc.constantFrom('食品药品安全', '生态环境保护', '安全生产', '文物保护'), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  fc.constant({ kind: 'free_text' as const }),
);
const rulesArb = fc.array(conditionArb, { maxLength: 12 }).map((cs) =>
  cs.map((c, i) => ({
    ruleId: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
    title: `r${i}`,
    condition: c,
  })),
);
const decisionArb = (ruleCount = 12): fc.Arbitrary<ReviewDecision> =>
  fc.record({
    partyType: fc.constantFrom(...PARTY_TYPES),
    penaltyKinds: fc.uniqueArray(fc.constantFrom(...PENALTY_KINDS), { maxLength: 5 }),
    fineFen: fenArb,
    confiscationValueFen: fenArb,
    hearingHeld: fc.boolean(),
    licenceRevoked: fc.boolean(),
    multipleLegalRelations: fc.boolean(),
    sectors: fc.uniqueArray(fc.constantFrom('食品药品安全', '生态环境保护', '安全生产', '文物保护'), { maxLength: 3 }),
    tickedRuleIds: fc.uniqueArray(
      fc.integer({ min: 0, max: ruleCount }).map((i) => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`),
      { maxLength: 4 },
    ),
  });

const matched = (rules: readonly CatalogueRule[], d: ReviewDecision) =>
  new Set(
    evaluateCatalogue(rules, d)
      .results.filter((r) => r.matched)
      .map((r) => r.ruleId),
  );
const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

describe('evaluateCatalogue: properties', () => {
  it('raising a fine never removes a match', () => {
    fc.assert(
      fc.property(rulesArb, decisionArb(), fenArb, (rules, d, extra) => {
        expect(subset(matched(rules, d), matched(rules, { ...d, fineFen: d.fineFen + extra }))).toBe(true);
      }),
    );
  });

  it('adding a penalty kind never removes a match', () => {
    fc.assert(
      fc.property(rulesArb, decisionArb(), fc.constantFrom(...PENALTY_KINDS), (rules, d, k) => {
        const more = { ...d, penaltyKinds: [...new Set([...d.penaltyKinds, k])] };
        expect(subset(matched(rules, d), matched(rules, more))).toBe(true);
      }),
    );
  });

  it('a larger confiscation, a hearing, a revocation, more relations, more sectors or ticks never remove a match', () => {
    fc.assert(
      fc.property(rulesArb, decisionArb(), fenArb, (rules, d, extra) => {
        const more: ReviewDecision = {
          ...d,
          confiscationValueFen: d.confiscationValueFen + extra,
          hearingHeld: true,
          licenceRevoked: true,
          multipleLegalRelations: true,
          sectors: [...d.sectors, '文物保护'],
          tickedRuleIds: [...d.tickedRuleIds, ...rules.map((r) => r.ruleId)],
        };
        expect(subset(matched(rules, d), matched(rules, more))).toBe(true);
      }),
    );
  });

  it('major exactly when some rule matches; one result per rule, in order, each with reasons', () => {
    fc.assert(
      fc.property(rulesArb, decisionArb(), (rules, d) => {
        const out = evaluateCatalogue(rules, d);
        expect(out.results.map((r) => r.ruleId)).toEqual(rules.map((r) => r.ruleId));
        expect(out.major).toBe(out.results.some((r) => r.matched));
        for (const r of out.results) expect(r.reason.zh && r.reason.en).toBeTruthy();
      }),
    );
  });

  it('a fine threshold matches exactly when the party type agrees and the fine reaches it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PARTY_TYPES),
        fc.integer({ min: 1, max: 1e9 }),
        decisionArb(),
        (partyType, minFineFen, d) => {
          const r = rule({ kind: 'fine_threshold', partyType, minFineFen });
          const [res] = evaluateCatalogue([r], d).results;
          expect(res.matched).toBe(d.partyType === partyType && d.fineFen >= minFineFen);
        },
      ),
    );
  });
});
