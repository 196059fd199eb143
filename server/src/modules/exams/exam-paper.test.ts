// Pure rules of papers: drawing by blueprint, shuffling, grading (multiple choice all-or-nothing), question shapes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BankShortError,
  drawPaper,
  gradePaper,
  isAnswerCorrect,
  questionProblems,
  toBankKeys,
  toShownKeys,
  type BankQuestion,
  type PaperRule,
} from './exam-paper';

function bankOf(spec: Array<[string, BankQuestion['kind'], number]>): BankQuestion[] {
  const out: BankQuestion[] = [];
  for (const [domain, kind, n] of spec) {
    for (let i = 0; i < n; i++) {
      const options =
        kind === 'true_false'
          ? [
              { key: 'A', text: '正确' },
              { key: 'B', text: '错误' },
            ]
          : ['A', 'B', 'C', 'D'].map((k) => ({ key: k, text: `${domain}-${kind}-${i}-${k}` }));
      out.push({
        id: `${domain}-${kind}-${String(i).padStart(3, '0')}`,
        kind,
        domain,
        stem: `题干 ${domain} ${kind} ${i}`,
        options,
        correct: kind === 'multiple' ? ['A', 'C'] : ['B'],
        explanation: '解析',
        basisText: '《中华人民共和国行政处罚法》第三十六条',
      });
    }
  }
  return out;
}

const BANK = bankOf([
  ['comprehensive', 'single', 30],
  ['comprehensive', 'multiple', 12],
  ['comprehensive', 'true_false', 15],
  ['market_regulation', 'single', 8],
]);
const RULES: PaperRule[] = [
  { domain: 'comprehensive', kind: 'single', count: 10, points: 3 },
  { domain: 'comprehensive', kind: 'multiple', count: 5, points: 4 },
  { domain: 'comprehensive', kind: 'true_false', count: 5, points: 2 },
  { domain: 'market_regulation', kind: 'single', count: 8, points: 5 },
];

describe('drawPaper', () => {
  it('draws the blueprint’s count per domain and kind, with the rule’s points, numbered 1…n, no duplicates', () => {
    const paper = drawPaper(BANK, RULES, 42);
    expect(paper.map((q) => q.no)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    for (const r of RULES) {
      const part = paper.filter((q) => q.domain === r.domain && q.kind === r.kind);
      expect(part).toHaveLength(r.count);
      expect(part.every((q) => q.points === r.points)).toBe(true);
    }
    expect(new Set(paper.map((q) => q.questionId)).size).toBe(paper.length);
  });

  it('is deterministic for a seed, whatever order the bank comes in, and differs between seeds', () => {
    const a = drawPaper(BANK, RULES, 7);
    const b = drawPaper([...BANK].reverse(), RULES, 7);
    expect(b).toEqual(a);
    const c = drawPaper(BANK, RULES, 8);
    expect(c.map((q) => q.questionId)).not.toEqual(a.map((q) => q.questionId));
  });

  it('shuffles choice options but keeps the bank letters with their text; true/false stays 正确, 错误', () => {
    const papers = [1, 2, 3, 4, 5].map((s) => drawPaper(BANK, RULES, s));
    const orders = new Set(
      papers
        .flat()
        .filter((q) => q.kind === 'single')
        .map((q) => q.options.map((o) => o.key).join('')),
    );
    expect(orders.size).toBeGreaterThan(1);
    for (const q of papers.flat()) {
      const original = BANK.find((b) => b.id === q.questionId)!;
      expect([...q.options].sort((x, y) => x.key.localeCompare(y.key))).toEqual(original.options);
      if (q.kind === 'true_false') expect(q.options.map((o) => o.text)).toEqual(['正确', '错误']);
    }
  });

  it('fails clearly when the bank is short, naming the rule and what it has', () => {
    const rules = [...RULES, { domain: 'market_regulation', kind: 'true_false', count: 3, points: 2 }];
    try {
      drawPaper(BANK, rules, 1);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(BankShortError);
      expect((err as BankShortError).ruleIndex).toBe(4);
      expect((err as BankShortError).available).toBe(0);
    }
    // Two rules on the same pool cannot draw the same question twice.
    expect(() =>
      drawPaper(
        BANK,
        [
          { domain: 'market_regulation', kind: 'single', count: 5, points: 1 },
          { domain: 'market_regulation', kind: 'single', count: 4, points: 1 },
        ],
        1,
      ),
    ).toThrow(BankShortError);
  });

  it('property: any fillable blueprint gives exactly its counts, no duplicates, same paper for the same seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (single, multiple, tf, seed) => {
          const rules = [
            { domain: 'comprehensive', kind: 'single', count: single, points: 1 },
            { domain: 'comprehensive', kind: 'multiple', count: multiple, points: 2 },
            { domain: 'comprehensive', kind: 'true_false', count: tf, points: 1 },
          ].filter((r) => r.count > 0);
          const paper = drawPaper(BANK, rules, seed);
          expect(paper).toHaveLength(single + multiple + tf);
          expect(new Set(paper.map((q) => q.questionId)).size).toBe(paper.length);
          expect(drawPaper(BANK, rules, seed)).toEqual(paper);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('grading', () => {
  it('multiple choice is all-or-nothing: a missing or an extra letter scores nothing', () => {
    expect(isAnswerCorrect(['A', 'C'], ['C', 'A'])).toBe(true);
    expect(isAnswerCorrect(['A', 'C'], ['A'])).toBe(false);
    expect(isAnswerCorrect(['A', 'C'], ['A', 'B', 'C'])).toBe(false);
    expect(isAnswerCorrect(['A', 'C'], null)).toBe(false);
    expect(isAnswerCorrect(['B'], [])).toBe(false);
  });

  it('sums the points of right answers and passes at the pass mark (inclusive)', () => {
    const q = [
      { no: 1, points: 30, correct: ['A'], answer: ['A'] },
      { no: 2, points: 30, correct: ['A', 'B'], answer: ['A'] },
      { no: 3, points: 40, correct: ['B'], answer: ['B'] },
    ];
    const g = gradePaper(q, 70);
    expect(g).toMatchObject({ score: 70, maxScore: 100, passed: true });
    expect(g.perQuestion.map((p) => p.awarded)).toEqual([30, 0, 40]);
    expect(gradePaper(q, 71).passed).toBe(false);
  });

  it('property: the score is between 0 and the maximum, and all-right answers score the maximum', () => {
    const letters = fc.subarray(['A', 'B', 'C', 'D'], { minLength: 1 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ points: fc.integer({ min: 1, max: 10 }), correct: letters, answer: fc.option(letters) }), {
          minLength: 1,
          maxLength: 30,
        }),
        (qs) => {
          const numbered = qs.map((q, i) => ({ ...q, no: i + 1 }));
          const g = gradePaper(numbered, 1);
          expect(g.score).toBeGreaterThanOrEqual(0);
          expect(g.score).toBeLessThanOrEqual(g.maxScore);
          expect(
            gradePaper(
              numbered.map((q) => ({ ...q, answer: [...q.correct].reverse() })),
              1,
            ).score,
          ).toBe(g.maxScore);
        },
      ),
    );
  });

  it('maps shown letters to the bank’s and back', () => {
    const options = [
      { key: 'C', text: 'c' },
      { key: 'A', text: 'a' },
      { key: 'B', text: 'b' },
    ];
    expect(toBankKeys(options, ['A', 'C'])).toEqual(['C', 'B']);
    expect(toBankKeys(options, ['D'])).toBeNull();
    expect(toShownKeys(options, ['C', 'B'])).toEqual(['A', 'C']);
  });
});

describe('questionProblems', () => {
  const opts = ['A', 'B', 'C', 'D'].map((k) => ({ key: k, text: k }));
  it('single needs exactly one, multiple at least two, true/false one of A/B; options lettered without gaps', () => {
    expect(questionProblems({ kind: 'single', options: opts, correct: ['A'] })).toEqual({});
    expect(questionProblems({ kind: 'single', options: opts, correct: ['A', 'B'] })).toEqual({
      correct: 'exam_single_needs_one',
    });
    expect(questionProblems({ kind: 'multiple', options: opts, correct: ['A'] })).toEqual({
      correct: 'exam_multiple_needs_two',
    });
    expect(questionProblems({ kind: 'multiple', options: opts, correct: ['A', 'E'] })).toEqual({
      correct: 'exam_correct_not_option',
    });
    expect(questionProblems({ kind: 'true_false', options: [], correct: ['C'] })).toEqual({
      correct: 'exam_correct_not_option',
    });
    expect(questionProblems({ kind: 'true_false', options: [], correct: ['B'] })).toEqual({});
    expect(
      questionProblems({
        kind: 'single',
        options: [
          { key: 'A', text: 'a' },
          { key: 'C', text: 'c' },
        ],
        correct: ['A'],
      }),
    ).toEqual({ options: 'exam_options_sequence' });
  });
});
