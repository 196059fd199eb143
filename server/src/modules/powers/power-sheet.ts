// Reading and writing the cells of a powers-list sheet as agencies fill them in: category and level labels (with
// the synonyms in use), sub-items one per line, township and department names. Pure.
import {
  POWER_CATEGORIES,
  POWER_CATEGORY_LABELS,
  POWER_LEVEL_LABELS,
  POWER_LEVELS,
  POWER_XLSX_COLUMNS,
  type PowerCategory,
  type PowerLevel,
  type PowerSubItem,
  type PowerXlsxColumnKey,
} from '../../../../contracts/power';

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/[()]/g, (c) => (c === '(' ? '（' : '）'));

/** 行政处罚 / 处罚 / penalty → 'penalty'; null when it is none of them. */
export function parseCategory(text: string): PowerCategory | null {
  const t = squash(text);
  if (!t) return null;
  for (const c of POWER_CATEGORIES) {
    const zh = POWER_CATEGORY_LABELS[c].zh;
    if (t === zh || t === zh.replace(/^行政/, '') || t.toLowerCase() === c) return c;
  }
  if (['其他', '其他权力', '其他职权', '其他行政职权', '其它', '其它行政权力'].includes(t)) return 'other';
  return null;
}

const LEVEL_SYNONYMS: Record<PowerLevel, string[]> = {
  prefecture: ['州级', '州（市）级', '州市级', '地级'],
  county: ['县级', '市级', '县（市）级', '县（市、区）级', '县市级', '县区级'],
  township: ['乡镇级', '乡级', '镇级', '乡（镇）级', '乡镇（街道）级', '乡镇'],
  county_township: [
    '县（市）、乡镇两级',
    '县乡两级',
    '市乡两级',
    '县级、乡镇级',
    '市级、乡镇级',
    '县（市）级、乡镇级',
    '县级和乡镇级',
  ],
};

/** 县级 / 县（市）级 / 乡镇级 / 县乡两级 … → the level; null when none matches. */
export function parseLevel(text: string): PowerLevel | null {
  const t = squash(text).replace(/[,，]/g, '、');
  if (!t) return null;
  for (const l of POWER_LEVELS) {
    if (t === squash(POWER_LEVEL_LABELS[l].zh) || t === l) return l;
    if (LEVEL_SYNONYMS[l].some((s) => squash(s) === t)) return l;
  }
  return null;
}

const NUMBERING = /^(?:[（(]\s*\d{1,3}\s*[)）]|\d{1,3}\s*[.．、)）])\s*/;
const CODE_FIRST = /^([0-9A-Za-z][0-9A-Za-z._-]{3,39})[\s\u3000]+(.+)$/;

/**
 * Sub-items, one per line (or separated by ；): "（1）对…的处罚" or "330217001001 对…的处罚" (a code of 4+ letters
 * and digits, then a space, then the name).
 */
export function parseSubItems(text: string): PowerSubItem[] {
  return text
    .split(/\r?\n|；|;/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = CODE_FIRST.exec(line);
      if (m && /\d/.test(m[1])) return { code: m[1], name: m[2].trim() };
      return { code: null, name: line.replace(NUMBERING, '').trim() };
    })
    .filter((s) => s.name.length > 0);
}

/** The cell text for sub-items: "code name" per line, or "（n）name" when a sub-item has no code. */
export function formatSubItems(items: readonly PowerSubItem[]): string {
  return items.map((s, i) => (s.code ? `${s.code} ${s.name}` : `（${i + 1}）${s.name}`)).join('\n');
}

/** Names in one cell: 建塘镇、小中甸镇 / 建塘镇，小中甸镇 / one per line. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface NamedAgency {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
}

const core = (name: string) => name.replace(/人民政府$/, '').trim();

/**
 * The agency a written name means: its full name, its short name, or the end of its full name without
 * 人民政府 (建塘镇 → 香格里拉市建塘镇人民政府). Several candidates → ambiguous; none → null.
 */
export function matchAgency(
  name: string,
  agencies: readonly NamedAgency[],
): { agency: NamedAgency } | { ambiguous: NamedAgency[] } | null {
  const n = name.trim();
  if (!n) return null;
  const exact = agencies.filter((a) => a.name === n || a.shortName === n);
  if (exact.length === 1) return { agency: exact[0] };
  if (exact.length > 1) return { ambiguous: exact };
  const key = core(n);
  if (key.length < 2) return null;
  const ends = agencies.filter((a) => core(a.name).endsWith(key));
  if (ends.length === 1) return { agency: ends[0] };
  if (ends.length > 1) {
    const same = ends.filter((a) => core(a.name) === key);
    return same.length === 1 ? { agency: same[0] } : { ambiguous: ends };
  }
  return null;
}

const HEADER_SYNONYMS: Record<PowerXlsxColumnKey, string[]> = {
  seq: ['序号', '编号'],
  code: ['职权编码', '事项编码', '权力编码', '编码', '职权代码'],
  name: ['职权名称', '事项名称', '权力名称', '权力事项名称', '名称'],
  subItems: ['子项', '子项名称', '子项目'],
  category: ['职权类别', '权力类别', '事项类别', '职权类型', '权力类型', '类别'],
  basisText: ['实施依据', '设定依据', '法律依据', '依据', '设定和实施依据'],
  duty: ['责任事项', '责任事项内容'],
  accountability: ['追责情形', '追责情形及依据', '问责情形', '追责情形和依据'],
  level: ['行使层级', '层级', '实施层级'],
  delegatedTo: ['下放乡镇', '承接乡镇', '下放乡镇（街道）', '赋权乡镇'],
  delegatedFrom: ['委托/下放部门', '下放部门', '委托部门', '原行使部门', '委托或下放部门'],
  remarks: ['备注', '说明'],
};

/** The column a header cell names, by the layout's header or a synonym in use. */
export function columnOfHeader(text: string): PowerXlsxColumnKey | null {
  const t = squash(text).replace(/[／\\]/g, '/');
  if (!t) return null;
  for (const col of POWER_XLSX_COLUMNS) {
    if (HEADER_SYNONYMS[col.key].some((h) => squash(h) === t)) return col.key;
  }
  return null;
}

/** Excel's column letters: 1 → A, 12 → L, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export const REQUIRED_COLUMNS: readonly PowerXlsxColumnKey[] = [
  'code',
  'name',
  'category',
  'basisText',
  'duty',
  'accountability',
  'level',
];
