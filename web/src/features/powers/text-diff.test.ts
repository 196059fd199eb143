import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffText, sidesOf } from './text-diff';

describe('diffText', () => {
  it('marks what was removed and added inside a Chinese sentence', () => {
    expect(diffText('由县级人民政府食品安全监督管理部门处罚', '由县级以上人民政府食品安全监督管理部门处罚')).toEqual([
      { kind: 'same', text: '由县级' },
      { kind: 'added', text: '以上' },
      { kind: 'same', text: '人民政府食品安全监督管理部门处罚' },
    ]);
    expect(diffText('第一百二十二条', '第一百二十四条')).toEqual([
      { kind: 'same', text: '第一百二十' },
      { kind: 'removed', text: '二' },
      { kind: 'added', text: '四' },
      { kind: 'same', text: '条' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffText('', '新增')).toEqual([{ kind: 'added', text: '新增' }]);
    expect(diffText('取消', '')).toEqual([{ kind: 'removed', text: '取消' }]);
    expect(diffText('', '')).toEqual([]);
  });

  it('always rebuilds both texts, and keeps a longest common part', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const runs = diffText(a, b);
        expect(sidesOf(runs)).toEqual({ before: a, after: b });
        if (a === b) expect(runs.every((r) => r.kind === 'same')).toBe(true);
        for (let i = 1; i < runs.length; i++) expect(runs[i].kind).not.toBe(runs[i - 1].kind);
      }),
    );
  });
});
