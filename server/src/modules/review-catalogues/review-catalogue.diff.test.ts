import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffRules, type DiffableRule } from './review-catalogue.diff';

const V = '11111111-1111-4111-8111-111111111111';
const base = (id: string, over: Partial<DiffableRule> = {}): DiffableRule => ({
  ruleId: id,
  position: 0,
  title: `规则${id}`,
  condition: { kind: 'fine_threshold', partyType: 'natural_person', minFineFen: 1_000_000 },
  basisText: '《中华人民共和国行政处罚法》第六十三条',
  basisRefs: [{ versionId: V, articleSeq: 63 }],
  ...over,
});

describe('diffRules', () => {
  it('reports added, removed, changed (with the fields) and unchanged rules by rule id', () => {
    const from = [base('a'), base('b'), base('c', { position: 2 })];
    const to = [
      base('a'),
      base('b', { condition: { kind: 'fine_threshold', partyType: 'natural_person', minFineFen: 2_000_000 } }),
      base('c', { position: 3, title: '改名' }),
      base('d'),
    ];
    const d = diffRules(from, to);
    expect(d.added.map((r) => r.ruleId)).toEqual(['d']);
    expect(d.removed).toEqual([]);
    expect(d.changed.map((c) => [c.ruleId, c.fields])).toEqual([
      ['b', ['condition']],
      ['c', ['title', 'position']],
    ]);
    expect(d.unchanged).toBe(1);
    expect(diffRules(to, from).removed.map((r) => r.ruleId)).toEqual(['d']);
  });

  it('a different basis, written or cited, is a change; key order and ref order are not', () => {
    const a = base('a');
    expect(diffRules([a], [{ ...a, basisText: '《行政处罚法》第五十八条' }]).changed[0].fields).toEqual(['basis']);
    expect(diffRules([a], [{ ...a, basisRefs: [{ versionId: V, articleSeq: 58 }] }]).changed[0].fields).toEqual([
      'basis',
    ]);
    const reordered = {
      ...a,
      condition: {
        minFineFen: 1_000_000,
        partyType: 'natural_person',
        kind: 'fine_threshold',
      } as DiffableRule['condition'],
    };
    expect(diffRules([a], [reordered]).unchanged).toBe(1);
    const two = {
      ...a,
      basisRefs: [
        { versionId: V, articleSeq: 58 },
        { versionId: V, articleSeq: 63 },
      ],
    };
    expect(diffRules([two], [{ ...two, basisRefs: [...two.basisRefs].reverse() }]).unchanged).toBe(1);
  });

  it('accounts for every rule exactly once (property)', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, fc.integer({ min: 0, max: 3 }), (fromIds, toIds, pos) => {
        const from = fromIds.map((id) => base(id));
        const to = toIds.map((id, i) => base(id, { position: i === 0 ? pos : 0 }));
        const d = diffRules(from, to);
        expect(d.added.length + d.changed.length + d.unchanged).toBe(to.length);
        expect(d.removed.length + d.changed.length + d.unchanged).toBe(from.length);
        expect(diffRules(from, from)).toMatchObject({ added: [], removed: [], changed: [], unchanged: from.length });
      }),
    );
  });
});
