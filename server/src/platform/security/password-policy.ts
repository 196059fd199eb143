// Password strength rules and password generation. Pure apart from the random source, so the
// same rules can be shown to the user before they submit and enforced again on the server.

export type PasswordProblem = 'too_short' | 'too_long' | 'too_few_classes' | 'contains_username' | 'common';

export interface PasswordPolicy {
  minLength: number;
  /** How many of the four classes (lower, upper, digit, other) must appear, 1–4. */
  minClasses: number;
}

export interface PasswordCheckInput extends PasswordPolicy {
  username: string;
  displayName?: string;
}

/** Upper bound so hashing cost stays bounded; long enough for any passphrase. */
export const MAX_PASSWORD_LENGTH = 128;

/**
 * Identity fragments shorter than this are not checked: a one- or two-letter username would
 * match many passwords and say nothing about their strength. Two Chinese characters (a whole
 * given name such as 张三) carry far more, so non-ASCII fragments count from two.
 */
const MIN_ASCII_IDENTITY_FRAGMENT = 3;
const MIN_NON_ASCII_IDENTITY_FRAGMENT = 2;

/**
 * Whole passwords that are always among the first guesses. Compared case-insensitively, so
 * 'Password123!' also covers 'password123!'. Keep this short: it is a guard against the
 * worst choices, not a breach corpus.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password',
  'password1',
  'password12',
  'password123',
  'password123!',
  'password@123',
  'password#123',
  'p@ssw0rd',
  'p@ssw0rd1',
  'p@ssw0rd123',
  'p@ssword',
  'p@ssword1',
  'p@ssword123',
  'passw0rd',
  'passw0rd!',
  'qwerty',
  'qwerty123',
  'qwerty123!',
  'qwertyuiop',
  'qwer1234',
  'qwer@1234',
  'qwe123',
  'qwe123!@#',
  'asdfghjkl',
  'asdf1234',
  'zxcvbnm',
  '1qaz2wsx',
  '1qaz@wsx',
  '1q2w3e4r',
  '1q2w3e4r5t',
  'q1w2e3r4',
  'aa123456',
  'aa123456!',
  'aa123456.',
  'aa@123456',
  'aa123456789',
  'a123456',
  'a1234567',
  'a12345678',
  'abc123',
  'abc12345',
  'abc123456',
  'abc@123',
  'abc@1234',
  'abcd1234',
  'abcd@1234',
  'abc123!@#',
  'admin',
  'admin123',
  'admin@123',
  'admin@1234',
  'admin123!',
  'administrator',
  'root',
  'root@123',
  'welcome',
  'welcome1',
  'welcome123',
  'welcome@123',
  'letmein',
  'iloveyou',
  'changeme',
  'test123',
  'woaini',
  'woaini1314',
  'woaini520',
  '5201314',
  '1314520',
  'woaini@1314',
  // Straight runs and repeats (123456, 888888) are caught by isTrivialPattern instead.
  '1234567890',
  '123123',
  '123321',
  '112233',
  '123qwe',
  '123qwe!@#',
  '123456a',
  '123456aa',
  '123456abc',
  'zaq12wsx',
  '!qaz2wsx',
  '!qaz@wsx',
  'huawei@123',
  'huawei123',
  'sysadmin',
  'super@123',
]);

type CharClass = 'lower' | 'upper' | 'digit' | 'other';

function charClass(c: string): CharClass {
  if (c >= 'a' && c <= 'z') return 'lower';
  if (c >= 'A' && c <= 'Z') return 'upper';
  if (c >= '0' && c <= '9') return 'digit';
  return 'other';
}

export function countCharClasses(password: string): number {
  const seen = new Set<CharClass>();
  for (const c of password) seen.add(charClass(c));
  return seen.size;
}

/** One character repeated, or a straight run like 12345678 / abcdefgh / 87654321 — as the whole password. */
function isTrivialPattern(lower: string): boolean {
  const codes = [...lower].map((c) => c.codePointAt(0)!);
  if (codes.length < 2) return codes.length === 1;
  const step = codes[1] - codes[0];
  if (step !== 0 && step !== 1 && step !== -1) return false;
  for (let i = 2; i < codes.length; i++) if (codes[i] - codes[i - 1] !== step) return false;
  return true;
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  return COMMON_PASSWORDS.has(lower) || isTrivialPattern(lower);
}

function reversed(s: string): string {
  return [...s].reverse().join('');
}

function containsIdentity(password: string, fragments: Array<string | undefined>): boolean {
  const lower = password.toLowerCase();
  return fragments.some((raw) => {
    const fragment = raw?.trim().toLowerCase();
    if (!fragment) return false;
    const minimum = [...fragment].some((c) => c.charCodeAt(0) > 0x7f)
      ? MIN_NON_ASCII_IDENTITY_FRAGMENT
      : MIN_ASCII_IDENTITY_FRAGMENT;
    if ([...fragment].length < minimum) return false;
    return lower.includes(fragment) || lower.includes(reversed(fragment));
  });
}

/**
 * Every rule the password breaks, in a fixed order (empty when it is acceptable). Length is
 * counted in code points so a Chinese character counts once.
 */
export function checkPasswordStrength(password: string, input: PasswordCheckInput): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < input.minLength) problems.push('too_short');
  if (length > MAX_PASSWORD_LENGTH) problems.push('too_long');
  if (countCharClasses(password) < input.minClasses) problems.push('too_few_classes');
  if (containsIdentity(password, [input.username, input.displayName])) problems.push('contains_username');
  if (isCommon(password)) problems.push('common');
  return problems;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<
  PasswordProblem,
  { zh: (p: PasswordPolicy) => string; en: (p: PasswordPolicy) => string }
> = {
  too_short: {
    zh: (p) => `密码至少 ${p.minLength} 位`,
    en: (p) => `Use at least ${p.minLength} characters`,
  },
  too_long: {
    zh: () => `密码不能超过 ${MAX_PASSWORD_LENGTH} 位`,
    en: () => `Use at most ${MAX_PASSWORD_LENGTH} characters`,
  },
  too_few_classes: {
    zh: (p) => `密码须包含小写字母、大写字母、数字、特殊字符中的至少 ${p.minClasses} 类`,
    en: (p) => `Use at least ${p.minClasses} of: lower-case letters, upper-case letters, digits, other characters`,
  },
  contains_username: {
    zh: () => '密码不能包含用户名或姓名（含倒序）',
    en: () => 'The password must not contain your username or name, forwards or backwards',
  },
  common: {
    zh: () => '密码过于常见或过于简单，请换一个',
    en: () => 'This password is too common or too simple; choose another',
  },
};

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

// Look-alikes are left out so a password read over the phone or copied from paper survives:
// 0/O/o, 1/l/I/|, and B, S, Z (which pass for 8, 5, 2). Quotes, backslash and space too,
// because they break copy-paste and shell use.
const GENERATED_CLASSES = ['abcdefghijkmnpqrstuvwxyz', 'ACDEFGHJKLMNPQRTUVWXY', '23456789', '!#$%&*+-=?@^_'] as const;
const GENERATED_ALPHABET = GENERATED_CLASSES.join('');

/** A uniformly random integer in [0, bound), by rejection so no value is favoured. */
function randomBelow(bound: number): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  const buffer = new Uint32Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(buffer);
    if (buffer[0] < limit) return buffer[0] % bound;
  }
}

function pick(alphabet: string): string {
  return alphabet[randomBelow(alphabet.length)];
}

/**
 * A random password with all four classes and no ambiguous characters. Retries in the
 * (vanishingly rare) case that the result trips the common-pattern check.
 */
export function generatePassword(length = 16): string {
  if (!Number.isInteger(length) || length < GENERATED_CLASSES.length || length > MAX_PASSWORD_LENGTH) {
    throw new RangeError(
      `password length must be an integer from ${GENERATED_CLASSES.length} to ${MAX_PASSWORD_LENGTH}`,
    );
  }
  for (;;) {
    const chars = GENERATED_CLASSES.map(pick);
    while (chars.length < length) chars.push(pick(GENERATED_ALPHABET));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomBelow(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const password = chars.join('');
    if (!isCommon(password)) return password;
  }
}
