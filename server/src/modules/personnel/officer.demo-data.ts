// Demo officers of 香格里拉市: a pure, deterministic generator (seeded PRNG) of realistic names for 迪庆 (Tibetan,
// Naxi, Lisu, Han and others), valid GB 11643 resident IDs, phones, posts, domains and statuses per agency.
// Everything here is SYNTHETIC: no name/ID pair belongs to a real person.
import { residentIdCheckChar } from '../../../../contracts/identifiers';
import type { EnforcementDomain, OfficerStatus, Sex, StaffingType } from '../../../../contracts/personnel';

/** mulberry32: a small, fast, seedable PRNG so the demo is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const between = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
function weighted<T extends string>(r: Rand, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1][0];
}

// ---------------------------------------------------------------------------------------------------------------
// Names

const TIBETAN_MALE = ['扎西', '次里', '农布', '鲁茸', '都吉', '达瓦', '七林', '斯那', '顿珠', '次仁', '洛桑', '格茸'];
const TIBETAN_MALE_MORE = ['此称', '松诺', '阿称', '尼玛', '品初', '阿努', '取追', '孙诺', '吉称', '培楚', '江初'];
const TIBETAN_FEMALE = ['卓玛', '拉姆', '央金', '永宗', '央宗', '取珍', '次姆', '拉初', '卓嘎', '阿主', '娜姆'];
const TIBETAN_SHARED = ['格桑', '此里', '白玛', '仁青', '达娃', '扎西', '鲁茸', '斯那', '七林', '阿称'];
const HAN_SURNAMES = [
  '李',
  '王',
  '张',
  '刘',
  '杨',
  '赵',
  '陈',
  '孙',
  '周',
  '吴',
  '马',
  '段',
  '谷',
  '尹',
  '董',
  '罗',
  '施',
  '苏',
  '胡',
  '黄',
  '徐',
  '朱',
];
const NAXI_SURNAMES = ['和', '和', '和', '和', '木', '杨', '李'];
const LISU_SURNAMES = ['余', '余', '蜂', '李', '熊', '和'];
const MALE_CHARS = '建国志强明永华军伟涛斌磊海文忠勇俊杰林平德云龙光学正荣成新良昌福'.split('');
const FEMALE_CHARS = '丽春梅娟芳燕红艳秀英玲霞琴萍婷雪慧敏兰静月桂美琼凤莲'.split('');

export type Ethnicity = '藏族' | '纳西族' | '傈僳族' | '汉族' | '彝族' | '白族' | '普米族';

function tibetanName(r: Rand, sex: Sex): string {
  if (sex === 'male') {
    const units = [...TIBETAN_MALE, ...TIBETAN_MALE_MORE];
    if (r() < 0.2) return pick(r, units);
    const first = pick(r, r() < 0.5 ? TIBETAN_SHARED : units);
    let second = pick(r, units);
    while (second === first) second = pick(r, units);
    return first + second;
  }
  if (r() < 0.15) return pick(r, TIBETAN_FEMALE);
  return pick(r, TIBETAN_SHARED) + pick(r, TIBETAN_FEMALE);
}

function hanStyleName(r: Rand, surname: string, sex: Sex): string {
  const chars = sex === 'male' ? MALE_CHARS : FEMALE_CHARS;
  const first = pick(r, chars);
  if (r() < 0.25) return surname + first;
  let second = pick(r, chars);
  while (second === first) second = pick(r, chars);
  return surname + first + second;
}

/** A name and the ethnicity it suggests; `naxiHeavy` for 三坝纳西族乡 and the Jinsha river townships. */
export function demoName(r: Rand, sex: Sex, naxiHeavy = false): { name: string; ethnicity: Ethnicity } {
  const group = weighted(
    r,
    naxiHeavy
      ? ([
          ['tibetan', 25],
          ['naxi', 45],
          ['lisu', 12],
          ['han', 15],
          ['other', 3],
        ] as const)
      : ([
          ['tibetan', 45],
          ['naxi', 15],
          ['lisu', 8],
          ['han', 27],
          ['other', 5],
        ] as const),
  );
  switch (group) {
    case 'tibetan':
      return { name: tibetanName(r, sex), ethnicity: '藏族' };
    case 'naxi':
      return { name: hanStyleName(r, pick(r, NAXI_SURNAMES), sex), ethnicity: '纳西族' };
    case 'lisu':
      return { name: hanStyleName(r, pick(r, LISU_SURNAMES), sex), ethnicity: '傈僳族' };
    case 'han':
      return { name: hanStyleName(r, pick(r, HAN_SURNAMES), sex), ethnicity: '汉族' };
    default:
      return {
        name: hanStyleName(r, pick(r, HAN_SURNAMES), sex),
        ethnicity: pick(r, ['彝族', '白族', '普米族'] as const),
      };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Resident IDs and phones

/**
 * Birth places: mostly 香格里拉 (533401, and 533421, the code of 中甸县 before it became a city in 2001), the
 * prefecture's other counties, and a few from 昆明 and 曲靖.
 */
const ID_REGIONS = [
  ['533401', 40],
  ['533421', 22],
  ['533422', 12],
  ['533423', 12],
  ['530102', 5],
  ['530381', 4],
  ['533102', 3],
  ['532901', 2],
] as const;

/** A valid 18-character resident ID for the birth date and sex (GB 11643: digit 17 odd for men). */
export function demoResidentId(r: Rand, birthDate: string, sex: Sex): string {
  const region = weighted(r, ID_REGIONS);
  let seq = between(r, 0, 999);
  if ((seq % 2 === 1) !== (sex === 'male')) seq = (seq + 1) % 1000;
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17)!;
}

const PHONE_PREFIXES = ['139', '138', '150', '187', '151', '158', '182', '135', '137', '188', '159', '136', '189'];
export const demoPhone = (r: Rand): string =>
  pick(r, PHONE_PREFIXES) + String(between(r, 0, 99_999_999)).padStart(8, '0');

// ---------------------------------------------------------------------------------------------------------------
// Agencies: how many officers, their domains and posts

export interface DemoAgency {
  key: string;
  kind: string;
}

/** Officer counts of the bigger bodies; the rest fall back to their kind. */
const HEADCOUNT: Record<string, [number, number]> = {
  scjg: [90, 100],
  gaj: [100, 115],
  cgj: [70, 80],
  zrzy: [36, 42],
  lcj: [40, 48],
  jtys: [34, 40],
  nync: [30, 36],
  tax: [38, 45],
  sthj: [26, 30],
  whlv: [24, 28],
  zjj: [24, 28],
  wjj: [24, 28],
  yjj: [20, 24],
  xfjy: [20, 24],
  swj: [14, 18],
  sfj: [12, 15],
  jtj: [10, 14],
  rsj: [10, 14],
  ycj: [10, 12],
};
const HEADCOUNT_BY_KIND: Record<string, [number, number]> = {
  squad: [10, 25],
  township_government: [3, 6],
  city_department: [5, 9],
  vertical_branch: [4, 7],
  authorised_organisation: [5, 9],
  entrusted_organisation: [3, 6],
  justice_bureau: [10, 14],
};

export const DOMAINS_OF: Record<string, EnforcementDomain[]> = {
  scjg: ['market_regulation'],
  zrzy: ['natural_resources'],
  sthj: ['ecology_environment'],
  jtys: ['transport'],
  nync: ['agriculture'],
  whlv: ['culture_tourism'],
  lcj: ['forestry_grassland'],
  zjj: ['housing_urban'],
  wjj: ['health'],
  yjj: ['emergency_management'],
  swj: ['water'],
  cgj: ['comprehensive', 'housing_urban'],
  jtj: ['education'],
  rsj: ['human_resources'],
  mzzj: ['ethnic_religious'],
  gaj: ['public_security'],
  xfjy: ['emergency_management'],
  mzj: ['civil_affairs'],
};
/** Township squads exercise the powers delegated to townships (赋权乡镇): mostly comprehensive, plus a second. */
const SQUAD_EXTRA: EnforcementDomain[] = [
  'natural_resources',
  'forestry_grassland',
  'housing_urban',
  'agriculture',
  'ecology_environment',
];

function domainsFor(r: Rand, a: DemoAgency): EnforcementDomain[] {
  if (a.kind === 'squad' || a.kind === 'township_government') {
    return r() < 0.4 ? ['comprehensive', pick(r, SQUAD_EXTRA)] : ['comprehensive'];
  }
  return DOMAINS_OF[a.key] ?? ['other'];
}

function postFor(r: Rand, a: DemoAgency, i: number, legalReviewer: boolean): { post: string; frontLine: boolean } {
  if (legalReviewer)
    return { post: pick(r, ['法制审核员', '法制审核员', '法制股股长', '法制股干部']), frontLine: false };
  const squad = a.kind === 'squad';
  if (a.kind === 'justice_bureau') {
    // The justice bureau's own officers supervise enforcement (行政执法监督) rather than inspect businesses.
    if (i === 0) return { post: '行政执法协调监督股股长', frontLine: false };
    return { post: pick(r, ['行政执法监督员', '行政执法监督员', '科员']), frontLine: r() < 0.3 };
  }
  if (i === 0) return { post: squad ? '队长' : a.key === 'gaj' ? '法制大队大队长' : '执法大队大队长', frontLine: true };
  if (i === 1) return { post: squad ? '副队长' : '执法大队副大队长', frontLine: true };
  if (i < 5 && !squad) return { post: pick(r, ['科长', '股长', '中队长']), frontLine: r() < 0.6 };
  if (i < 4 && squad) return { post: '中队长', frontLine: true };
  if (r() < 0.06) return { post: '综合内勤', frontLine: false };
  return { post: '执法队员', frontLine: true };
}

// ---------------------------------------------------------------------------------------------------------------
// The whole set

export interface DemoOfficer {
  agencyKey: string;
  name: string;
  sex: Sex;
  ethnicity: Ethnicity;
  birthDate: string;
  residentId: string;
  phone: string;
  post: string;
  frontLine: boolean;
  legalReviewer: boolean;
  staffingType: StaffingType;
  domains: EnforcementDomain[];
  legalQualification: boolean;
  status: OfficerStatus;
  joinedOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function oneOfficer(r: Rand, a: DemoAgency, i: number, naxiHeavy: boolean): DemoOfficer {
  const sex: Sex = r() < 0.68 ? 'male' : 'female';
  const { name, ethnicity } = demoName(r, sex, naxiHeavy);
  const year = between(r, 1964, 2001);
  const birthDate = `${year}-${pad(between(r, 1, 12))}-${pad(between(r, 1, 28))}`;
  const legalReviewer = i > 1 && r() < 0.065;
  const legalQualification = legalReviewer ? r() < 0.75 : r() < 0.085;
  const { post, frontLine } = postFor(r, a, i, legalReviewer);
  const staffingType = weighted(r, [
    ['administrative', a.kind === 'squad' ? 40 : 58],
    ['civil_service_managed', a.kind === 'squad' ? 45 : 32],
    ['public_institution', 8],
    ['other', 2],
  ] as const);
  // About 93 % in post. Retired only at retirement age: men born 1966 or earlier (60), women 1971 or earlier (55,
  // the cadre age before the 2025 gradual increase).
  let status: OfficerStatus = weighted(r, [
    ['in_post', 94.5],
    ['seconded', 2.5],
    ['transferred', 1.8],
    ['suspended', 1.2],
  ] as const);
  const retirementAge = year <= (sex === 'male' ? 1966 : 1971);
  if (retirementAge && r() < 0.12) status = 'retired';
  if (i < 2) status = 'in_post';
  const joinedYear = Math.min(2025, year + between(r, 21, 27));
  return {
    agencyKey: a.key,
    name,
    sex,
    ethnicity,
    birthDate,
    residentId: demoResidentId(r, birthDate, sex),
    phone: demoPhone(r),
    post,
    frontLine,
    legalReviewer,
    staffingType,
    domains: domainsFor(r, a),
    legalQualification,
    status,
    joinedOn: `${joinedYear}-${pad(between(r, 1, 12))}-01`,
  };
}

const NAXI_TOWNSHIPS = ['sanba', 'jinjiang', 'shangjiang', 'hutiaoxia'];

/** About 1,000 officers over the given agencies, the same every time for the same seed. */
export function generateDemoOfficers(agencyList: readonly DemoAgency[], seed = 533401): DemoOfficer[] {
  const r = prng(seed);
  const out: DemoOfficer[] = [];
  const ids = new Set<string>();
  const phones = new Set<string>();
  for (const a of agencyList) {
    const [min, max] = HEADCOUNT[a.key] ?? HEADCOUNT_BY_KIND[a.kind] ?? [3, 6];
    const n = between(r, min, max);
    const naxiHeavy = NAXI_TOWNSHIPS.some((t) => a.key.startsWith(t));
    for (let i = 0; i < n; i++) {
      const o = oneOfficer(r, a, i, naxiHeavy);
      while (ids.has(o.residentId)) o.residentId = demoResidentId(r, o.birthDate, o.sex);
      while (phones.has(o.phone)) o.phone = demoPhone(r);
      ids.add(o.residentId);
      phones.add(o.phone);
      out.push(o);
    }
  }
  return out;
}

/** Posts of the demo accounts' officers (the accounts themselves are in seed.ts DEMO_ACCOUNTS). */
export const DEMO_ACCOUNT_OFFICERS: Record<
  string,
  { post: string; frontLine: boolean; legalReviewer: boolean; legalQualification: boolean; sex: Sex }
> = {
  scjg_officer1: { post: '执法队员', frontLine: true, legalReviewer: false, legalQualification: false, sex: 'male' },
  scjg_officer2: { post: '执法队员', frontLine: true, legalReviewer: false, legalQualification: false, sex: 'female' },
  scjg_reviewer: { post: '法制审核员', frontLine: false, legalReviewer: true, legalQualification: true, sex: 'male' },
  scjg_legal: { post: '法规股股长', frontLine: false, legalReviewer: true, legalQualification: true, sex: 'male' },
  scjg_leader: { post: '副局长', frontLine: false, legalReviewer: false, legalQualification: false, sex: 'male' },
  jiantang_officer1: {
    post: '执法队员',
    frontLine: true,
    legalReviewer: false,
    legalQualification: false,
    sex: 'female',
  },
  jiantang_officer2: {
    post: '执法队员',
    frontLine: true,
    legalReviewer: false,
    legalQualification: false,
    sex: 'male',
  },
  jiantang_reviewer: {
    post: '司法所所长（法制审核）',
    frontLine: false,
    legalReviewer: true,
    legalQualification: true,
    sex: 'female',
  },
  jiantang_leader: {
    post: '副镇长（分管综合执法）',
    frontLine: false,
    legalReviewer: false,
    legalQualification: false,
    sex: 'male',
  },
};
