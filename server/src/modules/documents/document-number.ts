// Document numbers (文书编号): 机关代字 + 文书代字 + 〔年份〕 + 序号 + 号, e.g. 香市监罚决〔2026〕12号 (GB/T 9704-2012
// 7.2.4: 发文字号 uses 六角括号 〔〕 around the year, no leading zeros, no 第).
//
// The agency's prefix (机关代字): the agencies table has `short_name` (市场监管局, a display name), not a 代字, and
// this module does not change that table. Until an agency's `documentPrefix` is configured (passed in
// CaseDocumentInput.agency.documentPrefix by the case module once the agencies module stores it), the prefix is
// derived from the full name by the rule below.
import { DOCUMENT_NUMBER_ABBREVIATIONS, type DocumentKind } from '../../../../contracts/document';

/** Common department names and the 代字 their documents use (国务院机构简称 and local usage). Longest first. */
const DEPARTMENT_ABBREVIATIONS: [string, string][] = [
  ['人力资源和社会保障', '人社'],
  ['住房和城乡建设', '住建'],
  ['市场监督管理', '市监'],
  ['综合行政执法', '综执'],
  ['退役军人事务', '退役'],
  ['发展和改革', '发改'],
  ['文化和旅游', '文旅'],
  ['林业和草原', '林草'],
  ['自然资源', '自然资'],
  ['生态环境', '环'],
  ['交通运输', '交'],
  ['农业农村', '农'],
  ['卫生健康', '卫健'],
  ['应急管理', '应急'],
  ['医疗保障', '医保'],
  ['城市管理', '城管'],
  ['民族宗教', '民宗'],
  ['教育体育', '教体'],
  ['消防救援', '消'],
  ['烟草专卖', '烟'],
  ['水务', '水'],
  ['水利', '水'],
  ['司法', '司'],
  ['公安', '公'],
  ['税务', '税'],
  ['教育', '教'],
  ['民政', '民'],
  ['商务', '商'],
  ['财政', '财'],
  ['统计', '统'],
];

/**
 * The derived 机关代字:
 * 1. the first character of the place the name starts with (香格里拉市… → 香; 迪庆藏族自治州… → 迪);
 *    a township government keeps its township's name (建塘镇人民政府 → 建塘镇);
 * 2. then the department's abbreviation from the table above (市场监督管理局 → 市监); a name not in the table
 *    gives the first character of what follows the place and the level (香格里拉市档案局 → 香档);
 * so 香格里拉市市场监督管理局 → 香市监, 香格里拉市自然资源局 → 香自然资, 迪庆藏族自治州生态环境局香格里拉分局 → 迪环.
 */
export function deriveDocumentPrefix(agencyName: string): string {
  const name = agencyName.trim();
  const township = /^(.{1,6}?[镇乡])人民政府/.exec(name);
  if (township) return township[1];
  const place = /^(.+?(?:自治州|自治县|地区|盟|州|市|县|区|旗))/.exec(name);
  const placeMark = place ? place[1][0] : (name[0] ?? '');
  const rest = place ? name.slice(place[1].length) : name.slice(1);
  for (const [full, abbr] of DEPARTMENT_ABBREVIATIONS) if (rest.includes(full)) return placeMark + abbr;
  const first = rest.replace(/^(人民政府)?/, '')[0];
  return placeMark + (first ?? '');
}

export function formatDocumentNumber(prefix: string, kind: DocumentKind, year: number, value: number): string {
  return `${prefix}${DOCUMENT_NUMBER_ABBREVIATIONS[kind]}〔${year}〕${value}号`;
}
