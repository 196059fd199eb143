import { describe, expect, it } from 'vitest';
import { diffPowerContent, sameContent, type ComparableContent } from './power-diff';

const V1 = '11111111-1111-4111-8111-111111111111';
const T1 = '22222222-2222-4222-8222-222222222222';
const T2 = '33333333-3333-4333-8333-333333333333';

const base: ComparableContent = {
  code: 'SCJG-CF-001',
  name: '对未取得食品生产经营许可从事食品生产经营活动的行政处罚',
  category: 'penalty',
  subItems: [],
  basisText: '《中华人民共和国食品安全法》第一百二十二条',
  basisRefs: [{ versionId: V1, articleSeq: 122 }],
  duty: '立案、调查、告知、决定、送达、执行',
  accountability: '不履行或者不正确履行职责的',
  level: 'county',
  delegatedFromAgencyId: null,
  delegatedToTownshipIds: [T1, T2],
  remarks: null,
};

describe('diffPowerContent', () => {
  it('names only the fields that changed, with old and new values, in the list’s field order', () => {
    const after = { ...base, level: 'county_township', name: `${base.name}（含子项）`, remarks: '下放建塘镇' };
    expect(diffPowerContent(base, after)).toEqual([
      { field: 'name', before: base.name, after: after.name },
      { field: 'level', before: 'county', after: 'county_township' },
      { field: 'remarks', before: null, after: '下放建塘镇' },
    ]);
  });

  it('treats townships and articles as sets, text as trimmed, an empty remark as none', () => {
    const after = {
      ...base,
      delegatedToTownshipIds: [T2, T1, T1],
      basisRefs: [...base.basisRefs, { versionId: V1, articleSeq: 122 }],
      duty: ` ${base.duty}\n`,
      remarks: '  ',
    };
    expect(diffPowerContent(base, after)).toEqual([]);
    expect(sameContent(base, after)).toBe(true);
  });

  it('sees an article paragraph (detail) or a different article as a change of the linked articles', () => {
    const detail = { ...base, basisRefs: [{ versionId: V1, articleSeq: 122, detail: '第一款' }] };
    expect(diffPowerContent(base, detail).map((d) => d.field)).toEqual(['basisRefs']);
    const other = { ...base, basisRefs: [{ versionId: V1, articleSeq: 123 }] };
    expect(diffPowerContent(base, other)).toEqual([
      { field: 'basisRefs', before: base.basisRefs, after: other.basisRefs },
    ]);
  });

  it('compares sub-items in order, with their codes', () => {
    const a = { ...base, subItems: [{ code: 'A-01', name: '甲' }, { name: '乙' }] };
    expect(
      diffPowerContent(a, {
        ...a,
        subItems: [
          { code: 'A-01', name: '甲' },
          { code: null, name: '乙' },
        ],
      }),
    ).toEqual([]);
    expect(diffPowerContent(a, { ...a, subItems: [{ name: '乙' }, { code: 'A-01', name: '甲' }] })).toHaveLength(1);
    expect(diffPowerContent(a, { ...a, subItems: [{ code: 'A-02', name: '甲' }, { name: '乙' }] })[0].field).toBe(
      'subItems',
    );
  });

  it('an addition lists every filled field; a cancellation every field the item had', () => {
    const added = diffPowerContent(null, base);
    expect(added.map((d) => d.field)).toEqual([
      'code',
      'name',
      'category',
      'basisText',
      'basisRefs',
      'duty',
      'accountability',
      'level',
      'delegatedToTownshipIds',
    ]);
    expect(added.every((d) => d.before === null)).toBe(true);
    const cancelled = diffPowerContent(base, null);
    expect(cancelled.map((d) => d.field)).toEqual(added.map((d) => d.field));
    expect(cancelled.every((d) => d.after === null)).toBe(true);
  });

  it('a delegating department set or removed is a change', () => {
    const from = { ...base, delegatedFromAgencyId: T1 };
    expect(diffPowerContent(base, from)).toEqual([{ field: 'delegatedFromAgencyId', before: null, after: T1 }]);
    expect(diffPowerContent(from, base)).toEqual([{ field: 'delegatedFromAgencyId', before: T1, after: null }]);
  });
});
