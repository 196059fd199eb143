import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  columnOfHeader,
  formatSubItems,
  matchAgency,
  parseCategory,
  parseLevel,
  parseSubItems,
  splitNames,
} from './power-sheet';
import { citationSegments as basisSegments } from '../laws/law-citation.service';

describe('cells of a powers-list sheet', () => {
  it('reads categories as agencies write them', () => {
    expect(parseCategory('行政处罚')).toBe('penalty');
    expect(parseCategory(' 处罚 ')).toBe('penalty');
    expect(parseCategory('行政许可')).toBe('licence');
    expect(parseCategory('强制')).toBe('coercion');
    expect(parseCategory('行政检查')).toBe('inspection');
    expect(parseCategory('征收')).toBe('levy');
    expect(parseCategory('给付')).toBe('benefit');
    expect(parseCategory('行政确认')).toBe('confirmation');
    expect(parseCategory('奖励')).toBe('reward');
    expect(parseCategory('行政裁决')).toBe('adjudication');
    expect(parseCategory('其他行政权力')).toBe('other');
    expect(parseCategory('其他')).toBe('other');
    expect(parseCategory('行政处理')).toBeNull();
    expect(parseCategory('')).toBeNull();
  });

  it('reads levels, including the synonyms in use', () => {
    expect(parseLevel('县（市）级')).toBe('county');
    expect(parseLevel('县级')).toBe('county');
    expect(parseLevel('市级')).toBe('county');
    expect(parseLevel('县(市)级')).toBe('county');
    expect(parseLevel('乡镇级')).toBe('township');
    expect(parseLevel('县乡两级')).toBe('county_township');
    expect(parseLevel('县级，乡镇级')).toBe('county_township');
    expect(parseLevel('州（市）级')).toBe('prefecture');
    expect(parseLevel('省级')).toBeNull();
  });

  it('reads sub-items one per line, with or without codes and numbering, and writes them back the same', () => {
    const text = 'SCJG-CF-002-01 对超限量使用食品添加剂的处罚\n（2）对标签不符合规定的处罚；3. 对其他情形的处罚\n\n';
    const items = parseSubItems(text);
    expect(items).toEqual([
      { code: 'SCJG-CF-002-01', name: '对超限量使用食品添加剂的处罚' },
      { code: null, name: '对标签不符合规定的处罚' },
      { code: null, name: '对其他情形的处罚' },
    ]);
    expect(parseSubItems(formatSubItems(items))).toEqual(items);
    expect(formatSubItems(items)).toBe(
      'SCJG-CF-002-01 对超限量使用食品添加剂的处罚\n（2）对标签不符合规定的处罚\n（3）对其他情形的处罚',
    );
  });

  it('splits names on 、，; and new lines', () => {
    expect(splitNames('建塘镇、小中甸镇，虎跳峡镇\n金江镇')).toEqual(['建塘镇', '小中甸镇', '虎跳峡镇', '金江镇']);
    expect(splitNames('  ')).toEqual([]);
  });

  it('finds an agency by full name, short name or the end of its name without 人民政府', () => {
    const list = [
      { id: '1', name: '香格里拉市建塘镇人民政府', shortName: '建塘镇', kind: 'township_government' },
      { id: '2', name: '建塘镇综合行政执法队', shortName: null, kind: 'squad' },
      { id: '3', name: '香格里拉市市场监督管理局', shortName: '市场监管局', kind: 'city_department' },
      { id: '4', name: '香格里拉市小中甸镇人民政府', shortName: null, kind: 'township_government' },
    ];
    expect(matchAgency('香格里拉市市场监督管理局', list)).toEqual({ agency: list[2] });
    expect(matchAgency('市场监管局', list)).toEqual({ agency: list[2] });
    expect(matchAgency('小中甸镇', list)).toEqual({ agency: list[3] });
    expect(matchAgency('小中甸镇人民政府', list)).toEqual({ agency: list[3] });
    expect(matchAgency('建塘镇', list)).toEqual({ agency: list[0] });
    expect(matchAgency('镇', list)).toBeNull();
    expect(matchAgency('林业和草原局', list)).toBeNull();
    const twins = [...list, { id: '5', name: '某县小中甸镇人民政府', shortName: null, kind: 'township_government' }];
    expect(matchAgency('小中甸镇', twins)).toHaveProperty('ambiguous');
  });

  it('knows the layout’s headers and the common synonyms', () => {
    expect(columnOfHeader('职权名称')).toBe('name');
    expect(columnOfHeader('事项名称')).toBe('name');
    expect(columnOfHeader('设定依据')).toBe('basisText');
    expect(columnOfHeader('委托/下放部门')).toBe('delegatedFrom');
    expect(columnOfHeader('委托／下放部门')).toBe('delegatedFrom');
    expect(columnOfHeader(' 追责情形 ')).toBe('accountability');
    expect(columnOfHeader('联系电话')).toBeNull();
  });

  it('names columns as Excel does', () => {
    expect([1, 5, 12, 26, 27, 52].map(columnLetter)).toEqual(['A', 'E', 'L', 'Z', 'AA', 'AZ']);
  });

  it('splits a written basis into one part per law', () => {
    expect(basisSegments('依据《中华人民共和国食品安全法》第一百二十二条、《中华人民共和国行政处罚法》第九条')).toEqual(
      ['《中华人民共和国食品安全法》第一百二十二条、', '《中华人民共和国行政处罚法》第九条'],
    );
    expect(basisSegments('国务院令第825号')).toEqual([]);
  });
});
