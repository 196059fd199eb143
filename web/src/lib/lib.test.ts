import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTree, descendantIds, type TreeOf } from './tree';
import { formatDate, formatDateTime } from './format';
import { toQueryString } from './api-client';

type Node = { id: string; parentId: string | null };

/** Random forests: each node's parent is an earlier node or none (so no cycles). */
const forest = fc
  .array(fc.nat(), { maxLength: 40 })
  .map((picks) => picks.map((p, i): Node => ({ id: `n${i}`, parentId: i === 0 || p % 3 === 0 ? null : `n${p % i}` })));

function flatten<T>(nodes: TreeOf<T>[]): TreeOf<T>[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

describe('buildTree', () => {
  it('keeps every item exactly once, each under its parent', () => {
    fc.assert(
      fc.property(forest, (items) => {
        const roots = buildTree(items);
        const all = flatten(roots);
        expect(all.map((n) => n.id).sort()).toEqual(items.map((n) => n.id).sort());
        for (const n of all) for (const c of n.children) expect(c.parentId).toBe(n.id);
        for (const r of roots) expect(r.parentId === null || !items.some((i) => i.id === r.parentId)).toBe(true);
      }),
    );
  });

  it('makes a node whose parent is not visible a root', () => {
    const roots = buildTree([
      { id: 'a', parentId: 'hidden' },
      { id: 'b', parentId: 'a' },
    ]);
    expect(roots.map((r) => r.id)).toEqual(['a']);
    expect(roots[0].children.map((c) => c.id)).toEqual(['b']);
  });
});

describe('descendantIds', () => {
  it('is the node and everything below it', () => {
    fc.assert(
      fc.property(forest, fc.nat(), (items, k) => {
        if (items.length === 0) return;
        const root = items[k % items.length].id;
        const ids = descendantIds(items, root);
        const subtree = flatten(buildTree(items)).find((n) => n.id === root)!;
        expect([...ids].sort()).toEqual(
          flatten([subtree])
            .map((n) => n.id)
            .sort(),
        );
      }),
    );
  });
});

describe('dates in Asia/Shanghai', () => {
  it('shows UTC instants as Beijing wall-clock time, across midnight and year ends', () => {
    expect(formatDateTime('2026-11-26T15:08:11Z')).toBe('2026-11-26 23:08:11');
    expect(formatDateTime('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00:00');
    expect(formatDate('2026-06-30T16:30:00.000Z')).toBe('2026-07-01');
    expect(formatDateTime(null)).toBe('');
  });
});

describe('toQueryString', () => {
  it('leaves out empty filters and encodes the rest', () => {
    expect(toQueryString({ a: 1, b: '', c: undefined, d: null, q: '建塘 镇' })).toBe(
      '?a=1&q=%E5%BB%BA%E5%A1%98+%E9%95%87',
    );
    expect(toQueryString({})).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
});
