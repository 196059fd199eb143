// Parser for statutes in the LawRefBook Markdown form (see shared/data/laws/README.md):
//
//   # 中华人民共和国行政处罚法
//   1996年3月17日 第八届全国人民代表大会第四次会议通过      ← history, one event a line
//   <!-- INFO END -->
//   ## 第一章 总则                                          ← chapter (optional)
//   ### 第一节 一般规定                                     ← section (optional, reset by a chapter)
//   第一条 为了规范……                                      ← an article opens with its label and a space
//   （一）……                                               ← items and later paragraphs follow on their own lines
//
// Pure: string in, data out (no I/O), so the importer, the CLI and the browser can all share it.

export interface ParsedArticle {
  /** 1-based order in the file. */
  seq: number;
  /** 第五十八条 → 58. */
  number: number;
  /** 第十条之一 → 1; 0 when none. */
  suffix: number;
  /** '第五十八条' / '第十条之一' exactly as written. */
  label: string;
  /** The `##` heading text, e.g. '第一章 总则'; null when the law has no chapters (or before the first). */
  chapter: string | null;
  /** The `###` heading text, e.g. '第一节 一般规定'; null outside sections. */
  section: string | null;
  /** The first paragraph without the label and its separating space, then every following line (items, later paragraphs). */
  paragraphs: string[];
}

/** A non-empty line the parser could not place; `line` is 1-based. */
export interface UnplacedLine {
  line: number;
  text: string;
  reason: string;
}

export type LawLevel = 'law' | 'administrative_regulation' | 'local_regulation' | 'rule' | 'other';

export interface ParsedLaw {
  title: string;
  /** The non-empty lines between the title and `<!-- INFO END -->`, trimmed. */
  history: string[];
  /** Every date in the history lines ('1996年3月17日' → '1996-03-17'), in order. */
  dates: string[];
  adoptedDate: string | null;
  /** '(YYYY-MM-DD)' in the file name if given, else the last history date. */
  versionDate: string | null;
  /** The body named by the first history line that names one (the enacting body), best effort. */
  issuingBody: string | null;
  level: LawLevel;
  chapters: string[];
  sections: string[];
  articles: ParsedArticle[];
  unplaced: UnplacedLine[];
}

const NUMERAL_CHARS = '零〇一二三四五六七八九十百千';
/** An article line: label, then whitespace (or the end of the line for a label standing alone). */
const ARTICLE_LINE = new RegExp(`^(第([${NUMERAL_CHARS}]+)条(?:之([一二三四五六七八九十]+))?)(?:[\\s\\u3000]+|$)`);
const LABEL_ONLY = new RegExp(`^第([${NUMERAL_CHARS}]+)条(?:之([一二三四五六七八九十]+))?$`);
const HEADING = /^(#+)[\s\u3000]*(.*)$/;
const INFO_END = /^<!--\s*INFO\s+END\s*-->$/i;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const FILE_DATE = /[(（](\d{4}-\d{2}-\d{2})[)）]/;
/** Invisible characters some exports leave in the text (zero-width space/joiners, word joiner, BOM). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Parses a Chinese numeral below 10000 in its standard written form: 一→1, 十→10, 十二→12, 二十→20, 一百→100,
 * 一百零一→101, 一百一十→110, 一千零一十→1010; 零 / 〇 alone → 0. Anything else (other characters, two digits in a
 * row, units out of order, a missing or needless 零, colloquial 一百一 for 110) → null.
 */
export function chineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  if (s.length === 1 && DIGITS[s] === 0) return 0;
  let total = 0;
  let digit: number | null = null; // a digit waiting for its unit
  let lastUnit = 10000; // the last unit consumed (10000: none yet)
  let zero = false; // a 零 seen since the last unit
  for (const ch of s) {
    if (ch in DIGITS) {
      const d = DIGITS[ch];
      if (digit !== null) return null; // two digits in a row
      if (d === 0) {
        if (lastUnit === 10000 || zero) return null; // leading or doubled zero
        zero = true;
      } else {
        digit = d;
      }
    } else if (ch in UNITS) {
      const u = UNITS[ch];
      if (u >= lastUnit) return null; // units must decrease
      let d = digit;
      if (d === null) {
        if (u === 10 && lastUnit === 10000)
          d = 1; // 十二: a bare 十 only at the start
        else return null;
      }
      // Skipping a unit needs a 零 (一千零一十); a 零 needs a skipped unit (not 一百零一十).
      if (lastUnit !== 10000 && zero !== u < lastUnit / 10) return null;
      total += d * u;
      lastUnit = u;
      digit = null;
      zero = false;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    if (lastUnit === 10000) return s.length === 1 ? digit : null;
    // The ones digit: right after 十 without 零, or after 零 when 十 was skipped (一百零一; 一百一 is colloquial).
    if (zero !== lastUnit > 10) return null;
    total += digit;
  } else if (zero) {
    return null; // trailing 零
  }
  return total;
}

/** '第五十八条' → { number: 58, suffix: 0 }; '第十条之一' → { number: 10, suffix: 1 }; anything else → null. */
export function parseArticleLabel(s: string): { number: number; suffix: number } | null {
  const m = LABEL_ONLY.exec(s.trim());
  if (!m) return null;
  const number = chineseNumeral(m[1]);
  if (number === null || number < 1) return null;
  let suffix = 0;
  if (m[2] !== undefined) {
    const n = chineseNumeral(m[2]);
    if (n === null || n < 1) return null;
    suffix = n;
  }
  return { number, suffix };
}

/** The article's full text: label + ' ' + its paragraphs joined with '\n' (or the paragraphs alone). */
export function articleText(a: ParsedArticle, label = true): string {
  const body = a.paragraphs.join('\n');
  if (!label) return body;
  return body ? `${a.label} ${body}` : a.label;
}

/** Trims ASCII and full-width whitespace and drops invisible characters. */
function clean(line: string): string {
  return line.replace(INVISIBLE, '').trim();
}

function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1];
}

function titleFromFileName(fileName: string | undefined): string {
  if (!fileName) return '';
  return baseName(fileName)
    .replace(/\.(md|markdown|txt)$/i, '')
    .replace(FILE_DATE, '')
    .trim();
}

function extractDates(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(DATE)) {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      out.push(`${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
  }
  return out;
}

/** Bodies recognised in history lines, longest first so 常务委员会 wins over the plenary at the same position. */
const BODIES: Array<{ pattern: RegExp; name?: string; level: LawLevel }> = [
  { pattern: /全国人民代表大会常务委员会/, name: '全国人民代表大会常务委员会', level: 'law' },
  { pattern: /全国人民代表大会/, name: '全国人民代表大会', level: 'law' },
  { pattern: /国务院(?![\u4e00-\u9fff]*部)/, name: '国务院', level: 'administrative_regulation' },
  { pattern: /政务院/, name: '政务院', level: 'administrative_regulation' },
  { pattern: /最高人民法院/, name: '最高人民法院', level: 'other' },
  { pattern: /最高人民检察院/, name: '最高人民检察院', level: 'other' },
  // Local people's congresses and their standing committees (省、自治区、设区的市、自治州、自治县) make local
  // regulations; local governments and State Council departments make rules. The name is taken as written.
  {
    pattern:
      /[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|自治州|州|自治县)(?:第[零一二三四五六七八九十]+届)?人民代表大会(?:常务委员会)?/,
    level: 'local_regulation',
  },
  { pattern: /[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|自治州|州)人民政府(?=令|第|[\s\u3000]|$)/, level: 'rule' },
  { pattern: /(?:国家)?[\u4e00-\u9fff]{1,12}?(?:部|委员会|总局|署|局)(?=令)/, level: 'rule' },
];

/** The body named earliest in the first history line naming any (the adopting or promulgating body). */
function findIssuingBody(history: string[]): { name: string; level: LawLevel } | null {
  for (const written of history) {
    // Dates out of the way, so that a body's name does not start with the 日 of a date.
    const line = written.replace(/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g, ' ');
    let best: { index: number; name: string; level: LawLevel } | null = null;
    for (const body of BODIES) {
      const m = body.pattern.exec(line);
      if (m && (best === null || m.index < best.index))
        best = {
          index: m.index,
          name: body.name ?? m[0].replace(/第[零一二三四五六七八九十]+届/, ''),
          level: body.level,
        };
    }
    if (best) return { name: best.name, level: best.level };
  }
  return null;
}

function isBodyStart(text: string): boolean {
  if (ARTICLE_LINE.test(text)) return true;
  const h = HEADING.exec(text);
  return h !== null && h[1].length >= 2;
}

/**
 * Parses one statute. `fileName` (e.g. '行政处罚法(2021-01-22).md') supplies the version date and, when the
 * `# ` line is missing, the title. Nothing is dropped silently: every non-empty line ends up in the title, the
 * history, a heading, an article, or `unplaced` with a reason. Article numbers that go backwards, repeat or skip
 * are reported in `unplaced` too, but the article is kept. A missing `# ` title or `<!-- INFO END -->` marker is
 * reported as an entry with empty text (a title line written without `#` is used, and reported with its text);
 * the missing marker at the line where the body starts, the lines before it being taken as history.
 */
export function parseLawMarkdown(text: string, fileName?: string): ParsedLaw {
  const raw = text.split(/\r\n|\r|\n/);
  const lines = raw.map(clean);
  const unplaced: UnplacedLine[] = [];
  const unplace = (i: number, reason: string): void => {
    unplaced.push({ line: i + 1, text: lines[i], reason });
  };

  let i = 0;
  while (i < lines.length && lines[i] === '') i++;

  // Title
  let title = titleFromFileName(fileName);
  const h1 = i < lines.length ? HEADING.exec(lines[i]) : null;
  if (h1 && h1[1].length === 1 && h1[2].trim() !== '') {
    title = h1[2].trim();
    i++;
  } else if (i < lines.length) {
    const line = lines[i];
    if (h1 === null && !isBodyStart(line) && !INFO_END.test(line) && extractDates([line]).length === 0) {
      // A title written without '#': use it, but report it.
      title = line;
      unplace(i, 'title line without "# "');
      i++;
    } else {
      unplaced.push({ line: i + 1, text: '', reason: 'missing "# " title line' });
    }
  }

  // History, up to the marker (or, without one, up to the first heading or article).
  let end = lines.findIndex((l, k) => k >= i && INFO_END.test(l));
  let bodyStart: number;
  if (end >= 0) {
    bodyStart = end + 1;
  } else {
    end = i;
    while (end < lines.length && !isBodyStart(lines[end])) end++;
    bodyStart = end;
    unplaced.push({
      line: end + 1,
      text: '',
      reason: 'missing <!-- INFO END --> marker: the lines before the first heading or article are taken as history',
    });
  }
  const history = lines.slice(i, end).filter((l) => l !== '');
  const dates = extractDates(history);
  const fileDate = fileName ? FILE_DATE.exec(baseName(fileName)) : null;
  const body = findIssuingBody(history);

  // Body
  const chapters: string[] = [];
  const sections: string[] = [];
  const articles: ParsedArticle[] = [];
  let chapter: string | null = null;
  let section: string | null = null;
  let current: ParsedArticle | null = null;
  for (let k = bodyStart; k < lines.length; k++) {
    const line = lines[k];
    if (line === '') continue;
    const h = HEADING.exec(line);
    if (h) {
      const level = h[1].length;
      // '第一章 总 则' → '第一章 总则': typesetting spaces between two Chinese characters of the name are dropped.
      const heading = h[2]
        .trim()
        .replace(/(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])/gu, (m, at: number, all: string) =>
          /^第[零〇一二三四五六七八九十百千]+[章节编]$/.test(all.slice(0, at)) ? ' ' : '',
        );
      current = null; // text after a heading and before the next article belongs to no article
      if ((level !== 2 && level !== 3) || heading === '') {
        unplace(k, heading === '' ? 'empty heading' : `unexpected heading level ${level}`);
      } else if (level === 2) {
        chapter = heading;
        section = null;
        chapters.push(heading);
      } else {
        section = heading;
        sections.push(heading);
      }
      continue;
    }
    const m = ARTICLE_LINE.exec(line);
    if (m) {
      const parsed = parseArticleLabel(m[1]);
      if (!parsed) {
        current = null;
        unplace(k, `malformed article number ${m[1]}`);
        continue;
      }
      const prev = articles.length > 0 ? articles[articles.length - 1] : null;
      const order = checkOrder(prev, parsed, m[1]);
      if (order) unplace(k, order);
      current = {
        seq: articles.length + 1,
        number: parsed.number,
        suffix: parsed.suffix,
        label: m[1],
        chapter,
        section,
        paragraphs: [],
      };
      const first = line.slice(m[0].length).trim();
      if (first !== '') current.paragraphs.push(first);
      articles.push(current);
      continue;
    }
    if (current) {
      current.paragraphs.push(line);
    } else {
      unplace(k, articles.length === 0 ? 'text before the first article' : 'text after a heading, outside any article');
    }
  }

  unplaced.sort((a, b) => a.line - b.line);
  return {
    title,
    history,
    dates,
    adoptedDate: dates.length > 0 ? dates[0] : null,
    versionDate: fileDate ? fileDate[1] : dates.length > 0 ? dates[dates.length - 1] : null,
    issuingBody: body ? body.name : null,
    level: body ? body.level : 'other',
    chapters,
    sections,
    articles,
    unplaced,
  };
}

/** Why `next` cannot follow `prev` (the expected successors are N+1 and N之(k+1)), or null when it can. */
function checkOrder(
  prev: ParsedArticle | null,
  next: { number: number; suffix: number },
  label: string,
): string | null {
  if (prev === null) {
    return next.number === 1 && next.suffix === 0 ? null : `the first article is ${label}, not 第一条`;
  }
  if (next.number === prev.number + 1 && next.suffix === 0) return null;
  if (next.number === prev.number && next.suffix === prev.suffix + 1) return null;
  if (next.number < prev.number || (next.number === prev.number && next.suffix < prev.suffix)) {
    return `article number goes backwards: ${label} after ${prev.label}`;
  }
  if (next.number === prev.number && next.suffix === prev.suffix) {
    return `article number repeats: ${label} after ${prev.label}`;
  }
  if (next.number === prev.number) return `article suffix skips: ${label} after ${prev.label}`;
  const missing = next.number - prev.number - 1;
  return `article number skips: ${label} after ${prev.label}${missing > 0 ? ` (${missing} missing)` : ''}`;
}
