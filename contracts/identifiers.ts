// Chinese identifier rules shared by server and web: USCC (GB 32100), resident ID (GB 11643),
// region codes (GB/T 2260) and the masking used when personal data is shown or published.
// Pure: no Node APIs, no dependencies, so the web bundle can use it as is.

// ---------------------------------------------------------------------------
// Region codes (GB/T 2260)
// ---------------------------------------------------------------------------

/** First two digits of every province-level division (incl. 71 台湾, 81 香港, 82 澳门). */
export const PROVINCE_CODES: readonly string[] =
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' ');
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set(PROVINCE_CODES);

export type RegionLevel = 'province' | 'prefecture' | 'county';

/**
 * Whether `s` is shaped like a GB/T 2260 code: six digits under an existing province.
 * It does not check that the prefecture or county exists — that needs the full code table.
 */
export function isValidRegionCode(s: string): boolean {
  return /^\d{6}$/.test(s) && PROVINCE_PREFIXES.has(s.slice(0, 2));
}

/** 'XX0000' → province, 'XXYY00' → prefecture, anything else → county; null when invalid. */
export function regionLevel(code: string): RegionLevel | null {
  if (!isValidRegionCode(code)) return null;
  if (code.slice(2) === '0000') return 'province';
  if (code.slice(4) === '00') return 'prefecture';
  return 'county';
}

// ---------------------------------------------------------------------------
// Organisation code (GB 11714), positions 9–17 of a USCC
// ---------------------------------------------------------------------------

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 value of a body character: digits 0–9, letters A=10 … Z=35. */
function orgCodeCharValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/** The GB 11714 check character for an 8-character organisation code body, or null if malformed. */
export function orgCodeCheckChar(first8: string): string | null {
  if (first8.length !== 8) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = orgCodeCharValue(first8[i]);
    if (v < 0) return null;
    sum += v * ORG_CODE_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}

// ---------------------------------------------------------------------------
// Unified social credit code (统一社会信用代码, GB 32100-2015)
// ---------------------------------------------------------------------------

/** The 31 characters a USCC may use: digits and capitals without I, O, Z, S, V. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Positions 1–2: registration authority (登记管理部门) and body category (机构类别), GB 32100-2015 Appendix A.
 * 1 机构编制 · 2 外交 · 3 司法行政 · 4 文化 · 5 民政 · 6 旅游 · 7 宗教 · 8 工会 · 9 工商 (市场监管) ·
 * A 中央军委改革和编制办公室 · N 农业 · Y 其他.
 */
export const USCC_CATEGORIES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '19', // 机关 · 事业单位 · 中央编办直管群众团体 · 其他
  '21',
  '29', // 外国常驻新闻机构 · 其他
  '31',
  '32',
  '33',
  '34',
  '35',
  '39', // 律师执业机构 · 公证处 · 基层法律服务所 · 司法鉴定机构 · 仲裁委员会 · 其他
  '41',
  '49', // 外国在华文化中心 · 其他
  '51',
  '52',
  '53',
  '59', // 社会团体 · 民办非企业单位 · 基金会 · 其他
  '61',
  '62',
  '69', // 外国旅游部门常驻代表机构 · 港澳台旅游部门常驻代表机构 · 其他
  '71',
  '72',
  '79', // 宗教活动场所 · 宗教院校 · 其他
  '81',
  '89', // 基层工会 · 其他
  '91',
  '92',
  '93', // 企业 · 个体工商户 · 农民专业合作社
  'A1',
  'A9', // 军队事业单位 · 其他
  'N1',
  'N2',
  'N3',
  'N9', // 组级 · 村级 · 乡镇级集体经济组织 · 其他
  'Y1', // 其他
]);

/**
 * Bodies registered nationally (中央机关 and the like) carry the whole-country code 100000 in positions 3–8,
 * which is not a province-level code but is a legitimate USCC region.
 */
const NATIONAL_REGION_CODE = '100000';

export type UsccProblem = 'length' | 'charset' | 'category' | 'region' | 'org_code_check' | 'check_char';

/** The GB 32100 check character for the first 17 characters, or null if they are malformed. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * What is wrong with a USCC, checked in reading order so the first problem is reported;
 * null when it is valid. Expects the canonical upper-case form (callers trim and upper-case input).
 */
export function explainUscc(s: string): UsccProblem | null {
  if (s.length !== 18) return 'length';
  for (const c of s) if (!USCC_CHARSET.includes(c)) return 'charset';
  if (!USCC_CATEGORIES.has(s.slice(0, 2))) return 'category';
  const region = s.slice(2, 8);
  if (region !== NATIONAL_REGION_CODE && !isValidRegionCode(region)) return 'region';
  if (orgCodeCheckChar(s.slice(8, 16)) !== s[16]) return 'org_code_check';
  if (usccCheckChar(s.slice(0, 17)) !== s[17]) return 'check_char';
  return null;
}

export function isValidUscc(s: string): boolean {
  return explainUscc(s) === null;
}

export const USCC_PROBLEM_MESSAGES: Record<UsccProblem, { zh: string; en: string }> = {
  length: { zh: '统一社会信用代码应为 18 位', en: 'A unified social credit code has 18 characters' },
  charset: {
    zh: '统一社会信用代码只能包含数字和除 I、O、Z、S、V 以外的大写字母',
    en: 'Only digits and capital letters other than I, O, Z, S, V are allowed',
  },
  category: {
    zh: '第 1–2 位登记管理部门或机构类别代码无效',
    en: 'Positions 1–2 are not a valid registration category',
  },
  region: { zh: '第 3–8 位行政区划码无效', en: 'Positions 3–8 are not a valid region code' },
  org_code_check: {
    zh: '第 9–17 位组织机构代码校验位不正确',
    en: 'The organisation code in positions 9–17 fails its check',
  },
  check_char: { zh: '第 18 位校验码不正确，请核对是否有错字', en: 'The check character (position 18) does not match' },
};

// ---------------------------------------------------------------------------
// Resident ID (公民身份号码, GB 11643-1999)
// ---------------------------------------------------------------------------

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const RESIDENT_ID_CHECK_CHARS = '10X98765432';

/** ISO 7064 MOD 11-2 check character for the first 17 digits, or null if they are not 17 digits. */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * RESIDENT_ID_WEIGHTS[i];
  return RESIDENT_ID_CHECK_CHARS[sum % 11];
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in China (UTC+8, no DST) as yyyymmdd, so "not in the future" does not depend on the server's zone. */
function chinaDateStamp(now: Date): number {
  const d = new Date(now.getTime() + CHINA_OFFSET_MS);
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * An 18-character resident ID: a region prefix under an existing province, a real birth date
 * from 1900 up to today (China time), a sequence number and the MOD 11-2 check character.
 * Expects the canonical form with a capital 'X'. `now` is a parameter so callers and tests control the clock.
 */
export function isValidResidentId(s: string, now: Date = new Date()): boolean {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!isValidRegionCode(s.slice(0, 6))) return false;
  const year = Number(s.slice(6, 10));
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  if (year < 1900 || !isRealDate(year, month, day)) return false;
  if (year * 10000 + month * 100 + day > chinaDateStamp(now)) return false;
  return residentIdCheckChar(s.slice(0, 17)) === s[17];
}

// ---------------------------------------------------------------------------
// Masking for display and publication (公示脱敏)
// ---------------------------------------------------------------------------

/** Keeps the region (first 6) and the last 4, hiding the birth date: 110105********002X. */
export function maskResidentId(id: string): string {
  const chars = [...id];
  if (chars.length <= 10) return '*'.repeat(chars.length);
  return chars.slice(0, 6).join('') + '*'.repeat(chars.length - 10) + chars.slice(-4).join('');
}

/**
 * A mainland mobile (optionally written with +86, spaces or hyphens) becomes 138****5678.
 * Anything else keeps its first 3 and last 4 characters when long enough to hide something
 * in between, otherwise only its last 2.
 */
export function maskPhone(phone: string): string {
  const trimmed = phone.trim();
  const compact = trimmed.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (/^1\d{10}$/.test(compact)) return `${compact.slice(0, 3)}****${compact.slice(7)}`;
  const chars = [...trimmed];
  if (chars.length >= 8) return chars.slice(0, 3).join('') + '*'.repeat(chars.length - 7) + chars.slice(-4).join('');
  if (chars.length > 2) return '*'.repeat(chars.length - 2) + chars.slice(-2).join('');
  return '*'.repeat(chars.length);
}

/** Common two-character surnames, kept whole so 欧阳娜娜 masks as 欧阳** rather than 欧***. */
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '呼延',
  '澹台',
  '公冶',
  '申屠',
  '闻人',
  '万俟',
  '赫连',
  '钟离',
  '宗政',
  '濮阳',
  '淳于',
  '单于',
  '太史',
  '东郭',
  '拓跋',
  '百里',
  '第五',
]);

/** Name separators (as in 阿依古丽·买买提) stay visible; every other hidden character becomes one '*'. */
const NAME_SEPARATORS = /^[·•.\s]$/;

/**
 * Keeps the surname — the first character, or the first two for a known compound surname when
 * something is left to hide — and masks the rest: 张三 → 张*, 欧阳娜娜 → 欧阳**, 扎西顿珠 → 扎***.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  const keep = chars.length > 2 && COMPOUND_SURNAMES.has(chars[0] + chars[1]) ? 2 : 1;
  return chars.map((c, i) => (i < keep || NAME_SEPARATORS.test(c) ? c : '*')).join('');
}
