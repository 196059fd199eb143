import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  MAX_PASSWORD_LENGTH,
  PASSWORD_PROBLEM_MESSAGES,
  checkPasswordStrength,
  countCharClasses,
  generatePassword,
  type PasswordProblem,
} from './password-policy';

const policy = { username: 'zhangsan', displayName: '张三', minLength: 12, minClasses: 3 };

describe('countCharClasses', () => {
  it.each([
    ['', 0],
    ['abc', 1],
    ['ABC', 1],
    ['123', 1],
    ['!@#', 1],
    ['汉字', 1], // non-ASCII counts as "other"
    ['aB', 2],
    ['aB3', 3],
    ['aB3!', 4],
    ['aB3汉', 4],
    ['Zz9 ', 4], // a space is "other"
  ])('%j has %i classes', (password, n) => {
    expect(countCharClasses(password)).toBe(n);
  });
});

describe('checkPasswordStrength', () => {
  it.each<[string, PasswordProblem[]]>([
    ['Tq7#mV2pLx9!', []],
    ['correct horse battery staple', []], // lower + other is only 2 classes…
    ['Tq7#mV2pLx9', ['too_short']],
    ['tq7mv2plx9ab', ['too_few_classes']],
    ['Tq7#mV2', ['too_short']],
    ['tq7', ['too_short', 'too_few_classes']],
    ['', ['too_short', 'too_few_classes']],
    ['xZhangSan#2024', ['contains_username']],
    ['ZHANGSAN-rocks-9', ['contains_username']],
    ['naSgnahz!2024Q', ['contains_username']], // reversed username
    ['我是张三Abc123xyz', ['contains_username']], // a two-character Chinese name counts
    ['Tq7#mV2pLx9!三张', ['contains_username']],
    ['Password123!', ['common']],
    ['PASSWORD123!', ['common']],
    ['Aa123456', ['too_short', 'common']],
    ['Admin@123456', []], // not on the list: only whole common passwords are refused
    ['P@ssw0rd123', ['too_short', 'common']],
    ['qwertyuiop', ['too_short', 'too_few_classes', 'common']],
    ['aaaaaaaaaaaaaaaa', ['too_few_classes', 'common']],
    ['!!!!!!!!!!!!!!!!', ['too_few_classes', 'common']],
    ['1234567890123', ['too_few_classes']], // not a straight run throughout
    ['12345678901234', ['too_few_classes']],
    ['abcdefghijklmn', ['too_few_classes', 'common']],
    ['nmlkjihgfedcba', ['too_few_classes', 'common']],
    ['Tq7#1234abcd!!', []], // runs inside a password are allowed
  ])('%j → %j', (password, expected) => {
    // The passphrase case needs a 2-class policy to pass; adjust only for it.
    const minClasses = password === 'correct horse battery staple' ? 2 : policy.minClasses;
    expect(checkPasswordStrength(password, { ...policy, minClasses })).toEqual(expected);
  });

  it('refuses passwords longer than the maximum', () => {
    const long = 'Tq7#'.repeat(33); // 132 characters
    expect(checkPasswordStrength(long, policy)).toEqual(['too_long']);
    expect(checkPasswordStrength(long.slice(0, MAX_PASSWORD_LENGTH), policy)).toEqual([]);
  });

  it('counts length in code points', () => {
    const password = '密码很长很安全的口令Aa1'; // 13 code points
    expect(checkPasswordStrength(password, { ...policy, minLength: 13 })).toEqual([]);
    expect(checkPasswordStrength(password, { ...policy, minLength: 14 })).toEqual(['too_short']);
  });

  it('ignores identity fragments too short to mean anything', () => {
    expect(checkPasswordStrength('Tq7#mV2pLx9!ab', { ...policy, username: 'ab', displayName: '王' })).toEqual([]);
    expect(checkPasswordStrength('Tq7#mV2pLx9!ab', { ...policy, username: '  ' })).toEqual([]);
  });

  it('works without a display name', () => {
    expect(checkPasswordStrength('Tq7#mV2pLx9!', { username: 'admin', minLength: 12, minClasses: 4 })).toEqual([]);
  });

  it('honours the policy numbers', () => {
    expect(checkPasswordStrength('Tq7#mV2p', { ...policy, minLength: 8, minClasses: 4 })).toEqual([]);
    expect(checkPasswordStrength('Tq7mV2pLx9ab', { ...policy, minClasses: 4 })).toEqual(['too_few_classes']);
    expect(checkPasswordStrength('tq7mv2plx9ab', { ...policy, minClasses: 2 })).toEqual([]);
  });

  it('flags a password that contains the username, in any case or reversed (property)', () => {
    const username = fc.stringMatching(/^[a-z][a-z0-9_]{2,15}$/);
    fc.assert(
      fc.property(
        username,
        fc.string({ maxLength: 6 }),
        fc.string({ maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        (name, before, after, upper, reverse) => {
          let embedded = reverse ? [...name].reverse().join('') : name;
          if (upper) embedded = embedded.toUpperCase();
          const problems = checkPasswordStrength(before + embedded + after, {
            username: name,
            minLength: 1,
            minClasses: 1,
          });
          expect(problems).toContain('contains_username');
        },
      ),
    );
  });

  it('reports each problem independently of the others (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (pw, minLength, minClasses) => {
          const problems = checkPasswordStrength(pw, { username: '', minLength, minClasses });
          expect(problems.includes('too_short')).toBe([...pw].length < minLength);
          expect(problems.includes('too_few_classes')).toBe(countCharClasses(pw) < minClasses);
          expect(problems.includes('contains_username')).toBe(false);
          expect(new Set(problems).size).toBe(problems.length);
        },
      ),
    );
  });
});

describe('PASSWORD_PROBLEM_MESSAGES', () => {
  const p = { minLength: 12, minClasses: 3 };

  it('puts the policy numbers into the messages', () => {
    expect(PASSWORD_PROBLEM_MESSAGES.too_short.zh(p)).toBe('密码至少 12 位');
    expect(PASSWORD_PROBLEM_MESSAGES.too_short.en(p)).toBe('Use at least 12 characters');
    expect(PASSWORD_PROBLEM_MESSAGES.too_few_classes.zh(p)).toContain('至少 3 类');
    expect(PASSWORD_PROBLEM_MESSAGES.too_few_classes.en(p)).toContain('at least 3');
    expect(PASSWORD_PROBLEM_MESSAGES.too_long.zh(p)).toContain(String(MAX_PASSWORD_LENGTH));
  });

  it('has Chinese and English for every problem', () => {
    const problems: PasswordProblem[] = ['too_short', 'too_long', 'too_few_classes', 'contains_username', 'common'];
    for (const problem of problems) {
      expect(PASSWORD_PROBLEM_MESSAGES[problem].zh(p)).toMatch(/[\u4e00-\u9fff]/);
      expect(PASSWORD_PROBLEM_MESSAGES[problem].en(p)).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('generatePassword', () => {
  it('defaults to 16 characters with all four classes', () => {
    const password = generatePassword();
    expect(password).toHaveLength(16);
    expect(countCharClasses(password)).toBe(4);
  });

  it('never uses ambiguous characters or quotes', () => {
    const all = Array.from({ length: 200 }, () => generatePassword(32)).join('');
    expect(all).not.toMatch(/[01lIoO|BSZ'"`\\\s]/);
  });

  it('produces different passwords', () => {
    const passwords = new Set(Array.from({ length: 100 }, () => generatePassword()));
    expect(passwords.size).toBe(100);
  });

  it('rejects lengths that cannot hold four classes or exceed the maximum', () => {
    expect(() => generatePassword(3)).toThrow(RangeError);
    expect(() => generatePassword(MAX_PASSWORD_LENGTH + 1)).toThrow(RangeError);
    expect(() => generatePassword(12.5)).toThrow(RangeError);
    expect(generatePassword(4)).toHaveLength(4);
    expect(generatePassword(MAX_PASSWORD_LENGTH)).toHaveLength(MAX_PASSWORD_LENGTH);
  });

  it('always passes a 4-class policy no longer than itself (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 64 }), fc.nat(), (length, slack) => {
        const minLength = length - (slack % (length - 3));
        const password = generatePassword(length);
        expect(password).toHaveLength(length);
        // 'l' and 'o' never occur in generated passwords, so this username cannot be matched by chance.
        expect(
          checkPasswordStrength(password, { username: 'lolo', displayName: '张三', minLength, minClasses: 4 }),
        ).toEqual([]);
      }),
    );
  });
});
