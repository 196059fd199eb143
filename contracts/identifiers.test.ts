import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  USCC_CATEGORIES,
  USCC_CHARSET,
  USCC_PROBLEM_MESSAGES,
  explainUscc,
  isValidRegionCode,
  isValidResidentId,
  isValidUscc,
  maskName,
  maskPhone,
  maskResidentId,
  orgCodeCheckChar,
  regionLevel,
  residentIdCheckChar,
  usccCheckChar,
  type UsccProblem,
} from './identifiers';

// Codes published by real bodies; both the GB 11714 and the GB 32100 check pass for each,
// which a mistyped code does only about once in 341 tries.
const REAL_USCCS = [
  '91350100M000100Y43', // the example cited in GB 32100 explanations
  '914403001922038216', // 华为技术有限公司
  '9144030071526726XG', // 腾讯科技（深圳）有限公司 — org-code check char 'X'
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '91330100716105852F',
  '91110000802100433B',
  '91110000100017643K',
  '91110108717743469K',
  '91440300192317458F',
  '91110000710932515R',
];

// Written out independently of the implementation's list: the test is the oracle.
const PROVINCES =
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' ');

const usccChar = fc.constantFrom(...USCC_CHARSET.split(''));
const regionCodeArb = fc
  .tuple(fc.constantFrom(...PROVINCES), fc.stringMatching(/^\d{4}$/))
  .map(([p, rest]) => p + rest);

/** Random valid first 17 characters: category, region, organisation code with its own check char. */
const usccFirst17Arb = fc
  .tuple(
    fc.constantFrom(...USCC_CATEGORIES),
    fc.oneof(regionCodeArb, fc.constant('100000')),
    fc.array(usccChar, { minLength: 8, maxLength: 8 }).map((a) => a.join('')),
  )
  .map(([category, region, orgBody]) => category + region + orgBody + orgCodeCheckChar(orgBody)!);

const validUsccArb = usccFirst17Arb.map((first17) => first17 + usccCheckChar(first17)!);

describe('isValidRegionCode / regionLevel', () => {
  it.each([
    ['110000', 'province'],
    ['530000', 'province'],
    ['820000', 'province'],
    ['533400', 'prefecture'],
    ['110100', 'prefecture'],
    ['533401', 'county'],
    ['110105', 'county'],
    ['530102', 'county'],
    ['650001', 'county'],
  ] as const)('%s is a %s', (code, level) => {
    expect(isValidRegionCode(code)).toBe(true);
    expect(regionLevel(code)).toBe(level);
  });

  it.each([
    '000000', // no such province
    '100000', // the whole country, not a division
    '160000',
    '240000',
    '380000',
    '470000',
    '550000',
    '660000',
    '700000',
    '720000',
    '830000',
    '990000',
    '53340', // too short
    '5334011', // too long
    '53340a',
    ' 533401',
    '５３３４０１', // full-width digits
    '',
  ])('rejects %j', (code) => {
    expect(isValidRegionCode(code)).toBe(false);
    expect(regionLevel(code)).toBeNull();
  });

  it('every code under a listed province has exactly one level (property)', () => {
    fc.assert(
      fc.property(regionCodeArb, (code) => {
        expect(isValidRegionCode(code)).toBe(true);
        const level = regionLevel(code);
        const expected = code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county';
        expect(level).toBe(expected);
      }),
    );
  });

  it('rejects every code whose first two digits are not a province (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), (code) => {
        expect(isValidRegionCode(code)).toBe(PROVINCES.includes(code.slice(0, 2)));
      }),
    );
  });
});

describe('orgCodeCheckChar (GB 11714)', () => {
  it.each([
    ['M000100Y', '4'],
    ['19220382', '1'],
    ['71526726', 'X'], // 10 → X
    ['70846113', '6'],
  ])('%s → %s', (body, check) => {
    expect(orgCodeCheckChar(body)).toBe(check);
  });

  it('maps a remainder of 11 to 0', () => {
    // weights 3,7,9,10,5,8,4,2: '00000000' sums to 0, so 11 - 0 = 11 → '0'.
    expect(orgCodeCheckChar('00000000')).toBe('0');
  });

  it('returns null for malformed bodies', () => {
    expect(orgCodeCheckChar('1234567')).toBeNull();
    expect(orgCodeCheckChar('123456789')).toBeNull();
    expect(orgCodeCheckChar('1234567-')).toBeNull();
    expect(orgCodeCheckChar('1234567a')).toBeNull();
  });
});

describe('usccCheckChar', () => {
  it('computes the check char of every real code', () => {
    for (const code of REAL_USCCS) expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('returns null for wrong length or characters outside the charset', () => {
    expect(usccCheckChar('91350100M000100Y')).toBeNull();
    expect(usccCheckChar('91350100M000100Y43')).toBeNull();
    expect(usccCheckChar('91350100M000100I4')).toBeNull();
    expect(usccCheckChar('91350100m000100Y4')).toBeNull();
  });

  it('always yields a charset character (property)', () => {
    fc.assert(
      fc.property(fc.array(usccChar, { minLength: 17, maxLength: 17 }), (chars) => {
        const check = usccCheckChar(chars.join(''));
        expect(check).not.toBeNull();
        expect(USCC_CHARSET).toContain(check!);
      }),
    );
  });
});

describe('isValidUscc / explainUscc', () => {
  it.each(REAL_USCCS)('accepts the real code %s', (code) => {
    expect(explainUscc(code)).toBeNull();
    expect(isValidUscc(code)).toBe(true);
  });

  it('accepts a national-level code (region 100000) when its checks pass', () => {
    const first17 = '11100000' + 'M0001234' + orgCodeCheckChar('M0001234');
    const code = first17 + usccCheckChar(first17);
    expect(isValidUscc(code)).toBe(true);
  });

  it.each<[string, UsccProblem]>([
    ['', 'length'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['91350100m000100Y43', 'charset'], // lower case is not canonical
    ['91350100M000100I43', 'charset'],
    ['91350100M000100O43', 'charset'],
    ['91350100M000100Z43', 'charset'],
    ['91350100M000100S43', 'charset'],
    ['91350100M000100V43', 'charset'],
    ['91350100M000100Y4 ', 'charset'],
    ['94350100M000100Y43', 'category'], // 94 is not a 工商 category
    ['10350100M000100Y43', 'category'],
    ['B1350100M000100Y43', 'category'],
    ['Y2350100M000100Y43', 'category'],
    ['91000000M000100Y43', 'region'],
    ['91990100M000100Y43', 'region'],
    ['91350100M000100Y53', 'org_code_check'],
    ['91350100M000100Y44', 'check_char'],
  ])('%j → %s', (code, problem) => {
    expect(explainUscc(code)).toBe(problem);
    expect(isValidUscc(code)).toBe(false);
  });

  it('accepts exactly the GB 32100 category pairs', () => {
    const allPairs = [...USCC_CHARSET].flatMap((a) => [...USCC_CHARSET].map((b) => a + b));
    const accepted = allPairs.filter((pair) => {
      const first17 = pair + '533401' + '12345678' + orgCodeCheckChar('12345678');
      return isValidUscc(first17 + usccCheckChar(first17));
    });
    expect(accepted.sort()).toEqual(
      [
        '11',
        '12',
        '13',
        '19',
        '21',
        '29',
        '31',
        '32',
        '33',
        '34',
        '35',
        '39',
        '41',
        '49',
        '51',
        '52',
        '53',
        '59',
        '61',
        '62',
        '69',
        '71',
        '72',
        '79',
        '81',
        '89',
        '91',
        '92',
        '93',
        'A1',
        'A9',
        'N1',
        'N2',
        'N3',
        'N9',
        'Y1',
      ].sort(),
    );
  });

  it('rejects every single-character substitution of the real codes (exhaustive)', () => {
    const alphabet = USCC_CHARSET + 'IOZSVa-';
    for (const code of REAL_USCCS) {
      for (let i = 0; i < 18; i++) {
        for (const c of alphabet) {
          if (c === code[i]) continue;
          const mutated = code.slice(0, i) + c + code.slice(i + 1);
          expect(isValidUscc(mutated), mutated).toBe(false);
        }
      }
    }
  });

  it('accepts any valid first 17 characters followed by their check char (property)', () => {
    fc.assert(
      fc.property(validUsccArb, (code) => {
        expect(explainUscc(code)).toBeNull();
      }),
    );
  });

  it('rejects every single-character substitution of a generated code (property)', () => {
    fc.assert(
      fc.property(validUsccArb, fc.nat(17), usccChar, (code, i, c) => {
        fc.pre(code[i] !== c);
        const mutated = code.slice(0, i) + c + code.slice(i + 1);
        expect(isValidUscc(mutated)).toBe(false);
      }),
    );
  });

  it('rejects adjacent transpositions within the first 17 characters (property)', () => {
    fc.assert(
      fc.property(validUsccArb, fc.nat(15), (code, i) => {
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(isValidUscc(swapped)).toBe(false);
      }),
    );
  });

  it('never throws and agrees with explainUscc on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), (s) => {
        expect(isValidUscc(s)).toBe(explainUscc(s) === null);
      }),
    );
  });

  it('has a Chinese and an English message for every problem', () => {
    const problems: UsccProblem[] = ['length', 'charset', 'category', 'region', 'org_code_check', 'check_char'];
    for (const p of problems) {
      expect(USCC_PROBLEM_MESSAGES[p].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(USCC_PROBLEM_MESSAGES[p].en.length).toBeGreaterThan(0);
    }
  });
});

describe('residentIdCheckChar', () => {
  it('computes the GB 11643 examples', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  it('returns null unless given 17 digits', () => {
    expect(residentIdCheckChar('1101051949123100')).toBeNull();
    expect(residentIdCheckChar('110105194912310020')).toBeNull();
    expect(residentIdCheckChar('1101051949123100X')).toBeNull();
  });

  it('yields a digit or X for any 17 digits (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (first17) => {
        expect(residentIdCheckChar(first17)).toMatch(/^[\dX]$/);
      }),
    );
  });
});

describe('isValidResidentId', () => {
  const NOW = new Date('2025-06-15T04:00:00Z'); // 2025-06-15 12:00 in China

  const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

  it('accepts the GB 11643 example', () => {
    expect(isValidResidentId('11010519491231002X', NOW)).toBe(true);
  });

  it('accepts a Shangri-La resident born on a leap day', () => {
    expect(isValidResidentId(withCheck('53340120000229002'), NOW)).toBe(true);
  });

  it('uses the real clock when none is given', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
  });

  it.each([
    ['a lower-case x', '11010519491231002x'],
    ['a wrong check char', '110105194912310021'],
    ['17 characters', '11010519491231002'],
    ['19 characters', '11010519491231002X1'],
    ['an X before the end', '1101051949123100X2'],
    ['spaces', '110105 19491231002X'],
    ['the 1880 example (before 1900)', '440524188001010014'],
    ['province 00', withCheck('00010519491231002')],
    ['province 99', withCheck('99010519491231002')],
    ['province 83', withCheck('83000019491231002')],
    ['month 13', withCheck('11010519491331002')],
    ['month 00', withCheck('11010519490031002')],
    ['day 00', withCheck('11010519491200002')],
    ['30 February', withCheck('11010519490230002')],
    ['29 February 1900 (not a leap year)', withCheck('11010519000229002')],
    ['29 February 2023', withCheck('11010520230229002')],
    ['a birth date after today', withCheck('11010520250616002')],
    ['a birth date in the next century', withCheck('11010521000101002')],
  ])('rejects %s', (_label, id) => {
    expect(isValidResidentId(id, NOW)).toBe(false);
  });

  it('accepts 1 January 1900 and a birth today', () => {
    expect(isValidResidentId(withCheck('11010519000101002'), NOW)).toBe(true);
    expect(isValidResidentId(withCheck('11010520250615002'), NOW)).toBe(true);
  });

  it('judges "today" in China time, not the server zone', () => {
    const justAfterChinaMidnight = new Date('2024-06-30T16:30:00Z'); // 2024-07-01 00:30 UTC+8
    expect(isValidResidentId(withCheck('53340120240701001'), justAfterChinaMidnight)).toBe(true);
    expect(isValidResidentId(withCheck('53340120240702001'), justAfterChinaMidnight)).toBe(false);
  });

  const birthDateArb = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-06-14T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
  const validIdArb = fc
    .tuple(regionCodeArb, birthDateArb, fc.stringMatching(/^\d{3}$/))
    .map(([region, birth, seq]) => withCheck(region + birth + seq));

  it('accepts any plausible region, past birth date and sequence with its check char (property)', () => {
    fc.assert(
      fc.property(validIdArb, (id) => {
        expect(isValidResidentId(id, NOW)).toBe(true);
      }),
    );
  });

  it('rejects every single-character substitution of a valid ID (property)', () => {
    fc.assert(
      fc.property(validIdArb, fc.nat(17), fc.constantFrom(...'0123456789X'.split('')), (id, i, c) => {
        fc.pre(id[i] !== c);
        const mutated = id.slice(0, i) + c + id.slice(i + 1);
        expect(isValidResidentId(mutated, NOW)).toBe(false);
      }),
    );
  });

  it('rejects every single-character substitution of the standard example (exhaustive)', () => {
    const id = '11010519491231002X';
    for (let i = 0; i < 18; i++) {
      for (const c of '0123456789X') {
        if (c === id[i]) continue;
        expect(isValidResidentId(id.slice(0, i) + c + id.slice(i + 1), NOW)).toBe(false);
      }
    }
  });
});

describe('maskResidentId', () => {
  it('hides the birth date and sequence start, keeping region and last four', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
  });

  it('masks short input entirely rather than revealing most of it', () => {
    expect(maskResidentId('1234567890')).toBe('**********');
    expect(maskResidentId('')).toBe('');
  });

  it('keeps the length and both ends of any 18-character ID (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const masked = maskResidentId(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(0, 6)).toBe(id.slice(0, 6));
        expect(masked.slice(6, 14)).toBe('********');
        expect(masked.slice(14)).toBe(id.slice(14));
      }),
    );
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+8613812345678', '138****5678'],
    ['86 138 1234 5678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['  19912345678 ', '199****5678'],
    ['0887-8221234', '088*****1234'],
    ['08878221234', '088****1234'],
    ['12345', '***45'],
    ['12', '**'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it('never reveals the middle four digits of a mobile (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        const masked = maskPhone(mobile);
        expect(masked).toBe(mobile.slice(0, 3) + '****' + mobile.slice(7));
      }),
    );
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['李小龙', '李**'],
    ['欧阳娜娜', '欧阳**'],
    ['欧阳修', '欧阳*'],
    ['司马相如', '司马**'],
    ['欧阳', '欧*'], // nothing would be hidden if the compound surname were kept
    ['扎西顿珠', '扎***'],
    ['阿依古丽·买买提', '阿***·***'],
    ['  王五 ', '王*'],
    ['王', '*'],
    ['', ''],
  ])('%j → %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('always hides at least one character and keeps the first (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'张王李赵欧阳司马扎西卓玛'.split('')), minLength: 2, maxLength: 6 }),
        (name) => {
          const masked = [...maskName(name)];
          expect(masked).toHaveLength([...name].length);
          expect(masked[0]).toBe([...name][0]);
          expect(masked).toContain('*');
        },
      ),
    );
  });
});
