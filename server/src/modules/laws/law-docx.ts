// The national law database's .docx export (国家法律法规数据库, flk.npc.gov.cn) turned into the Markdown form the
// parser reads: the first paragraph is the title; the paragraphs up to the body are the promulgation and
// amendment history (one parenthesised paragraph whose events are separated by full-width spaces); a 目录 (table of
// contents) is skipped; 第X章 / 第X节 paragraphs become ## / ### headings; every other paragraph is one line.
// Each Markdown line remembers its paragraph, so what the parser cannot place is reported by paragraph number.
import mammoth from 'mammoth';

export interface DocxLawText {
  /** The Markdown form, for parseLawMarkdown. */
  markdown: string;
  /** The file name the parser should see: `.md`, with a `_20210122` date suffix rewritten as `(2021-01-22)`. */
  fileName: string;
  /** For each Markdown line (0-based), the 1-based paragraph of the .docx it came from (0: added by the adapter). */
  paragraphOf: number[];
}

const SPACE = /[\s\u3000]+/g;
const CHAPTER = /^第[零〇一二三四五六七八九十百千]+章(?:[\s\u3000]|$)/;
const SECTION = /^第[零〇一二三四五六七八九十百千]+节(?:[\s\u3000]|$)/;
const PART = /^第[零〇一二三四五六七八九十百千]+编(?:[\s\u3000]|$)/;
const ARTICLE = /^第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?(?:[\s\u3000]|$)/;
const TOC = /^目[\s\u3000]*录$/;

/** The paragraphs of a .docx file, as plain text. */
export async function docxParagraphs(data: Buffer): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: data });
  return value.split(/\n\n/).map((p) => p.replace(/\n/g, ''));
}

/** '第一章\u3000总\u3000\u3000则' → '第一章 总则': the label, one space, the name without its typesetting spaces. */
function heading(text: string): string {
  const t = text.trim();
  const m = /^(第[零〇一二三四五六七八九十百千]+[章节编])[\s\u3000]*(.*)$/.exec(t);
  return m ? `${m[1]} ${m[2].replace(SPACE, '')}`.trim() : t.replace(SPACE, '');
}

/** '第一条\u3000为了…' → '第一条 为了…'. */
function articleLine(text: string): string {
  return text.trim().replace(/^(\S+?条(?:之[一二三四五六七八九十]+)?)[\s\u3000]+/, '$1 ');
}

const isBodyStart = (p: string) => CHAPTER.test(p) || ARTICLE.test(p) || PART.test(p);

/** Splits the history paragraph '（1996年3月17日…通过\u3000根据2009年…修正\u30002021年…修订）' into its events. */
function historyLines(text: string): string[] {
  const inner = text
    .trim()
    .replace(/^[（(]/, '')
    .replace(/[）)]$/, '');
  return inner
    .split(/[\u3000]+|\s{2,}|(?<=通过|修正|修订|公布|施行|发布)[\s\u3000]+(?=根据|\d{4}年)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function lawMarkdownFromParagraphs(paragraphs: readonly string[], fileName: string): DocxLawText {
  const lines: string[] = [];
  const paragraphOf: number[] = [];
  const push = (line: string, p: number) => {
    lines.push(line);
    paragraphOf.push(p);
  };
  const items = paragraphs.map((text, i) => ({
    text: text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim(),
    p: i + 1,
  }));
  const nonEmpty = items.filter((x) => x.text !== '');
  let k = 0;
  if (nonEmpty[k] && !isBodyStart(nonEmpty[k].text)) {
    push(`# ${nonEmpty[k].text.replace(SPACE, '')}`, nonEmpty[k].p);
    k++;
  }
  // History: everything up to the body or the table of contents.
  while (k < nonEmpty.length && !isBodyStart(nonEmpty[k].text) && !TOC.test(nonEmpty[k].text)) {
    for (const line of historyLines(nonEmpty[k].text)) push(line, nonEmpty[k].p);
    k++;
  }
  push('<!-- INFO END -->', 0);
  // The table of contents: its entries repeat the headings; the body starts where the first entry comes again.
  if (k < nonEmpty.length && TOC.test(nonEmpty[k].text)) {
    const first = nonEmpty[k + 1] ? heading(nonEmpty[k + 1].text) : '';
    let j = k + 2;
    while (j < nonEmpty.length && heading(nonEmpty[j].text) !== first) j++;
    k = j < nonEmpty.length ? j : k + 1;
  }
  for (; k < nonEmpty.length; k++) {
    const { text, p } = nonEmpty[k];
    if (CHAPTER.test(text) || PART.test(text)) push(`## ${heading(text)}`, p);
    else if (SECTION.test(text)) push(`### ${heading(text)}`, p);
    else if (ARTICLE.test(text)) push(articleLine(text), p);
    else push(text, p);
  }
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const mdName = base.replace(/[_-]?(\d{4})(\d{2})(\d{2})(?=\.docx$)/i, '($1-$2-$3)').replace(/\.docx$/i, '.md');
  return { markdown: lines.join('\n') + '\n', fileName: mdName, paragraphOf };
}

export async function lawMarkdownFromDocx(data: Buffer, fileName: string): Promise<DocxLawText> {
  return lawMarkdownFromParagraphs(await docxParagraphs(data), fileName);
}
