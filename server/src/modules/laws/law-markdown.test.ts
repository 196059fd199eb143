import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRootDir } from '../../platform/config';
import { articleText, chineseNumeral, parseArticleLabel, parseLawMarkdown, type ParsedLaw } from './law-markdown';

// The real statutes live beside the repository (shared/data/laws), never inside it: read them from there.
const LAWS_DIR = join(findRootDir(), '..', 'shared', 'data', 'laws');
const lawFiles = readdirSync(LAWS_DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();
const read = (file: string): string => readFileSync(join(LAWS_DIR, file), 'utf8');
const parseFile = (file: string): ParsedLaw => parseLawMarkdown(read(file), file);

// Independent of the parser: the article regex of the brief, applied to lines trimmed of whitespace and of the
// zero-width space one file carries (行政复议法 line 16 is a lone U+200B: an invisible, hence blank, line).
const ARTICLE = /^第[零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?([\s\u3000]+|$)/;
const norm = (line: string): string => line.replace(/\u200b/g, '').trim();

/** Non-empty, trimmed lines after the INFO END marker, with their classification. */
function bodyLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map(norm);
  const end = lines.findIndex((l) => l === '<!-- INFO END -->');
  expect(end).toBeGreaterThan(0);
  return lines.slice(end + 1).filter((l) => l !== '');
}

// Counted by hand / with grep from the files themselves (article lines, `## ` lines, `### ` lines, last label).
const EXPECTED: Record<string, { articles: number; chapters: number; sections: number; last: string }> = {
  '产品质量法(2018-12-29).md': { articles: 74, chapters: 6, sections: 2, last: '第七十四条' },
  '全国年节及纪念日放假办法(2024-11-10).md': { articles: 8, chapters: 0, sections: 0, last: '第八条' },
  '安全生产法(2021-06-10).md': { articles: 119, chapters: 7, sections: 0, last: '第一百一十九条' },
  '旅游法(2018-10-26).md': { articles: 112, chapters: 10, sections: 0, last: '第一百一十二条' },
  '森林法(2019-12-28).md': { articles: 84, chapters: 9, sections: 0, last: '第八十四条' },
  '治安管理处罚法(2012-10-26).md': { articles: 119, chapters: 6, sections: 7, last: '第一百一十九条' },
  '草原法(2021-04-29).md': { articles: 75, chapters: 9, sections: 0, last: '第七十五条' },
  '行政处罚法(2021-01-22).md': { articles: 86, chapters: 8, sections: 4, last: '第八十六条' },
  '行政复议法(2023-09-01).md': { articles: 90, chapters: 7, sections: 9, last: '第九十条' },
  '行政强制法(2011-06-30).md': { articles: 71, chapters: 7, sections: 6, last: '第七十一条' },
  '行政执法机关移送涉嫌犯罪案件的规定(2020-08-07).md': { articles: 20, chapters: 0, sections: 0, last: '第二十条' },
  '行政许可法(2019-04-23).md': { articles: 83, chapters: 8, sections: 6, last: '第八十三条' },
  '行政诉讼法(2017-06-27).md': { articles: 103, chapters: 10, sections: 5, last: '第一百零三条' },
  '野生动物保护法(2022-12-30).md': { articles: 64, chapters: 5, sections: 0, last: '第六十四条' },
  '食品安全法(2021-04-29).md': { articles: 154, chapters: 10, sections: 4, last: '第一百五十四条' },
};

describe('parseLawMarkdown on every statute in shared/data/laws', () => {
  it('finds the fifteen files', () => {
    expect(lawFiles).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(lawFiles)('%s', (file) => {
    const text = read(file);
    const law = parseLawMarkdown(text, file);
    const body = bodyLines(text);

    it('matches the hand count of articles, chapters and sections', () => {
      const want = EXPECTED[file];
      expect(law.articles).toHaveLength(want.articles);
      expect(law.chapters).toHaveLength(want.chapters);
      expect(law.sections).toHaveLength(want.sections);
      expect(law.articles[law.articles.length - 1].label).toBe(want.last);
    });

    it('parses as many articles as there are article lines, numbered 1..N in order', () => {
      expect(law.articles).toHaveLength(body.filter((l) => ARTICLE.test(l)).length);
      // None of these files has a 之一 article (checked with grep '条之'), so the numbers run 1..N exactly.
      expect(text).not.toMatch(/^第[零〇一二三四五六七八九十百千]+条之/m);
      expect(law.articles.map((a) => a.number)).toEqual(law.articles.map((_, k) => k + 1));
      expect(law.articles.map((a) => a.seq)).toEqual(law.articles.map((_, k) => k + 1));
      expect(law.articles.every((a) => a.suffix === 0)).toBe(true);
      for (const a of law.articles) expect(parseArticleLabel(a.label)).toEqual({ number: a.number, suffix: 0 });
    });

    it('places every line: nothing unplaced, headings + article lines == non-empty body lines', () => {
      expect(law.unplaced).toEqual([]);
      const headingLines = body.filter((l) => l.startsWith('#'));
      expect(headingLines.every((l) => /^#{2,3} /.test(l))).toBe(true); // only ## and ### occur
      // Headings as written, with the typesetting spaces inside the name dropped ('第一章 总 则' → '第一章 总则').
      const normal = (h: string) =>
        h
          .replace(/^(第\S+?[章节])[\s\u3000]+/, '$1 ')
          .replace(/(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, (m, at: number, all: string) =>
            /^第\S+?[章节]$/.test(all.slice(0, at)) ? ' ' : '',
          );
      expect(law.chapters).toEqual(
        headingLines.filter((l) => l.startsWith('## ')).map((l) => normal(l.slice(3).trim())),
      );
      expect(law.sections).toEqual(
        headingLines.filter((l) => l.startsWith('### ')).map((l) => normal(l.slice(4).trim())),
      );
      // Every article's first paragraph is on its label line here, so an article spans paragraphs.length lines.
      expect(law.articles.every((a) => a.paragraphs.length >= 1)).toBe(true);
      const articleLines = law.articles.reduce((n, a) => n + a.paragraphs.length, 0);
      expect(headingLines.length + articleLines).toBe(body.length);
    });

    it('keeps the full text of every article, in file order', () => {
      // Rebuild the body from the parse (label + ' ' + paragraphs) and compare it with the file, line by line.
      const fromFile = body
        .filter((l) => !l.startsWith('#'))
        .map((l) =>
          l.replace(/^(第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?)[\s\u3000]+/, '$1 '),
        );
      const fromParse = law.articles.flatMap((a) => articleText(a).split('\n'));
      expect(fromParse).toEqual(fromFile);
    });

    it('assigns chapters and sections, and reads title, history and dates', () => {
      if (law.chapters.length === 0) {
        expect(law.articles.every((a) => a.chapter === null && a.section === null)).toBe(true);
      } else {
        expect(law.articles.every((a) => a.chapter !== null && law.chapters.includes(a.chapter))).toBe(true);
        // Chapters never go backwards as articles advance.
        const idx = law.articles.map((a) => law.chapters.indexOf(a.chapter ?? ''));
        expect(idx).toEqual([...idx].sort((x, y) => x - y));
      }
      for (const a of law.articles) if (a.section !== null) expect(law.sections).toContain(a.section);

      const lines = text.split(/\r?\n/).map(norm);
      expect(law.title).toBe(lines[0].replace(/^#\s+/, ''));
      const end = lines.indexOf('<!-- INFO END -->');
      expect(law.history).toEqual(lines.slice(1, end).filter((l) => l !== ''));
      expect(law.history.every((h) => h === h.trim() && !h.endsWith('\u3000'))).toBe(true);
      expect(law.history.length).toBeGreaterThan(0);
      expect(law.dates.length).toBeGreaterThanOrEqual(law.history.length);
      expect(law.adoptedDate).toBe(law.dates[0]);
      expect(law.versionDate).toBe(/\((\d{4}-\d{2}-\d{2})\)/.exec(file)?.[1]);
      // The file's version date is the last amendment in its history.
      expect(law.dates[law.dates.length - 1]).toBe(law.versionDate);
      // The 中华人民共和国…法 are adopted by the NPC or its Standing Committee; the other two are State Council texts.
      expect(law.level).toBe(law.title.startsWith('中华人民共和国') ? 'law' : 'administrative_regulation');
    });
  });
});

describe('spot checks, verified by reading the files', () => {
  it('行政处罚法: 86 articles in 8 chapters, 第五十八条 with its four items', () => {
    const law = parseFile('行政处罚法(2021-01-22).md');
    expect(law.title).toBe('中华人民共和国行政处罚法');
    expect(law.articles).toHaveLength(86);
    expect(law.chapters).toHaveLength(8);
    expect(law.chapters[0]).toBe('第一章 总则');
    expect(law.chapters[7]).toBe('第八章 附则');
    expect(law.sections).toEqual(['第一节 一般规定', '第二节 简易程序', '第三节 普通程序', '第四节 听证程序']);
    expect(law.history).toHaveLength(4);
    expect(law.dates).toEqual(['1996-03-17', '2009-08-27', '2017-09-01', '2021-01-22']);
    expect(law.adoptedDate).toBe('1996-03-17');
    expect(law.versionDate).toBe('2021-01-22');
    expect(law.level).toBe('law');
    expect(law.issuingBody).toContain('全国人民代表大会');

    const a58 = law.articles[57];
    expect(a58).toMatchObject({ seq: 58, number: 58, suffix: 0, label: '第五十八条' });
    expect(a58.chapter).toBe('第五章 行政处罚的决定');
    expect(a58.section).toBe('第三节 普通程序');
    // Lines 275–285: the opening paragraph, items （一）…（四）, and one more paragraph.
    expect(a58.paragraphs).toHaveLength(6);
    expect(a58.paragraphs[0]).toContain('法制审核');
    expect(a58.paragraphs[0].startsWith('第五十八条')).toBe(false);
    expect(a58.paragraphs.slice(1, 5).map((p) => p.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（四）']);
    const full = articleText(a58);
    expect(full.startsWith('第五十八条 有下列情形之一')).toBe(true);
    expect(full.split('\n')).toHaveLength(6);
    expect(articleText(a58, false)).toBe(a58.paragraphs.join('\n'));

    // Sections reset at a new chapter: 第六章 has none.
    const a72 = law.articles.find((a) => a.label === '第七十二条');
    expect(a72?.chapter).toBe('第六章 行政处罚的执行');
    expect(a72?.section).toBeNull();
    expect(law.articles[85].chapter).toBe('第八章 附则');
  });

  it('行政执法机关移送涉嫌犯罪案件的规定: 20 articles, no chapters, an administrative regulation', () => {
    const law = parseFile('行政执法机关移送涉嫌犯罪案件的规定(2020-08-07).md');
    expect(law.articles).toHaveLength(20);
    expect(law.chapters).toEqual([]);
    expect(law.sections).toEqual([]);
    expect(law.articles.every((a) => a.chapter === null)).toBe(true);
    expect(law.level).toBe('administrative_regulation');
    expect(law.issuingBody).toBe('国务院'); // 国务院令第310号
    expect(law.dates).toEqual(['2001-07-09', '2020-08-07']);
    expect(law.adoptedDate).toBe('2001-07-09');
    // The last history line ends with a stray '）' in the source: kept, trimmed.
    expect(law.history[1].endsWith('修订）')).toBe(true);
  });

  it('产品质量法: sections inside 第三章, a merged history line with two dates', () => {
    const law = parseFile('产品质量法(2018-12-29).md');
    expect(law.articles).toHaveLength(74);
    expect(law.chapters).toHaveLength(6);
    expect(law.sections).toEqual(['第一节 生产者的产品质量责任和义务', '第二节 销售者的产品质量责任和义务']);
    const a33 = law.articles[32];
    expect(a33.label).toBe('第三十三条');
    expect(a33.chapter).toBe('第三章 生产者、销售者的产品质量责任和义务');
    expect(a33.section).toBe('第二节 销售者的产品质量责任和义务');
    expect(law.articles[0].section).toBeNull();
    // 第四章 resets the section.
    expect(law.articles.find((a) => a.label === '第四十条')?.section).toBeNull();
    // The second history line holds the 2000 and the 2009 amendments: three lines, four dates.
    expect(law.history).toHaveLength(3);
    expect(law.dates).toEqual(['1993-02-22', '2000-07-08', '2009-08-27', '2018-12-29']);
    expect(law.issuingBody).toBe('全国人民代表大会常务委员会');
  });

  it('全国年节及纪念日放假办法: no chapters, 政务院, full-width spaces trimmed from history', () => {
    const law = parseFile('全国年节及纪念日放假办法(2024-11-10).md');
    expect(law.articles).toHaveLength(8);
    expect(law.chapters).toEqual([]);
    expect(law.issuingBody).toBe('政务院');
    expect(law.level).toBe('administrative_regulation');
    expect(law.history[0]).toBe('1949年12月23日 政务院发布');
    expect(law.history).toHaveLength(5);
    expect(law.adoptedDate).toBe('1949-12-23');
    expect(law.versionDate).toBe('2024-11-10');
    // 第二条: the opening line and seven items （一）…（七）.
    const a2 = law.articles[1];
    expect(a2.paragraphs).toHaveLength(8);
    expect(a2.paragraphs[7].startsWith('（七）')).toBe(true);
  });

  it('行政复议法: a zero-width-space line is blank, chapter headings without typesetting spaces', () => {
    const text = read('行政复议法(2023-09-01).md');
    expect(text.split('\n')[15]).toBe('\u200b'); // line 16, between 第一章 and 第一条
    const law = parseLawMarkdown(text, '行政复议法(2023-09-01).md');
    expect(law.unplaced).toEqual([]);
    expect(law.articles[0].paragraphs.some((p) => p.includes('\u200b'))).toBe(false);
    expect(law.articles).toHaveLength(90);
    expect(law.chapters[0]).toBe('第一章 总则');
    expect(law.sections).toHaveLength(9);
    expect(law.articles[0].chapter).toBe('第一章 总则');
  });

  it('行政诉讼法 and 治安管理处罚法: numbers past one hundred, sections in two chapters', () => {
    const ssf = parseFile('行政诉讼法(2017-06-27).md');
    expect(ssf.articles).toHaveLength(103);
    expect(ssf.articles[100]).toMatchObject({ label: '第一百零一条', number: 101 });
    expect(ssf.articles[9]).toMatchObject({ label: '第十条', number: 10 });
    expect(ssf.issuingBody).toBe('全国人民代表大会'); // 第七届全国人民代表大会第二次会议通过
    expect(ssf.adoptedDate).toBe('1989-04-04');

    const za = parseFile('治安管理处罚法(2012-10-26).md');
    expect(za.articles).toHaveLength(119);
    expect(za.chapters).toHaveLength(6);
    expect(za.sections).toHaveLength(7); // four in 第三章, three in 第四章
    expect(za.articles[109]).toMatchObject({ label: '第一百一十条', number: 110 });
    expect(za.articles[118].label).toBe('第一百一十九条');

    const sp = parseFile('食品安全法(2021-04-29).md');
    expect(sp.articles).toHaveLength(154);
    expect(sp.articles[111]).toMatchObject({ label: '第一百一十二条', number: 112 });
  });

  it('parses a CRLF copy of a real file exactly like the original', () => {
    const file = '行政处罚法(2021-01-22).md';
    const lf = read(file);
    expect(parseLawMarkdown(lf.replace(/\n/g, '\r\n'), file)).toEqual(parseLawMarkdown(lf, file));
  });
});

/** Renders 1..9999 in standard written Chinese, written here independently of the parser. */
function renderChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const units = ['千', '百', '十', ''];
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let pendingZero = false;
  for (let k = 0; k < 4; k++) {
    const d = parts[k];
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十 alone for 10–19; 一十 elsewhere (一百一十).
    out += (k === 2 && d === 1 && out === '' ? '' : digits[d]) + units[k];
  }
  return out;
}

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['五十八', 58],
    ['一百', 100],
    ['一百零一', 101],
    ['一百一十', 110],
    ['一百一十九', 119],
    ['二百一十二', 212],
    ['一千', 1000],
    ['一千零一十', 1010],
    ['二千零五', 2005],
    ['零', 0],
    ['〇', 0],
    ['一百〇一', 101],
  ])('%s → %i', (s, n) => {
    expect(chineseNumeral(s)).toBe(n);
  });

  it.each([
    '',
    'abc',
    '58',
    '一二',
    '十十',
    '百',
    '零一',
    '一百零',
    '二十零一',
    '一百零一十',
    '一百一',
    '一百十',
    '两',
  ])('rejects %j', (s) => {
    expect(chineseNumeral(s)).toBeNull();
  });

  it('round-trips 1..999 rendered by an independent renderer', () => {
    expect(renderChinese(10)).toBe('十');
    expect(renderChinese(101)).toBe('一百零一');
    expect(renderChinese(110)).toBe('一百一十');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => chineseNumeral(renderChinese(n)) === n),
      { numRuns: 2000 },
    );
  });

  it('round-trips 1000..9999 too', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), (n) => chineseNumeral(renderChinese(n)) === n));
  });
});

describe('parseArticleLabel and articleText', () => {
  it('parses labels', () => {
    expect(parseArticleLabel('第五十八条')).toEqual({ number: 58, suffix: 0 });
    expect(parseArticleLabel('第十条之一')).toEqual({ number: 10, suffix: 1 });
    expect(parseArticleLabel('第一百零一条之十二')).toEqual({ number: 101, suffix: 12 });
    expect(parseArticleLabel(' 第一条 ')).toEqual({ number: 1, suffix: 0 });
  });

  it.each(['第零条', '第五十八', '五十八条', '第五十八条 正文', '第十条之零', '第一百一条', '第58条', ''])(
    'rejects %j',
    (s) => {
      expect(parseArticleLabel(s)).toBeNull();
    },
  );

  it('joins label and paragraphs', () => {
    const a = {
      seq: 1,
      number: 3,
      suffix: 0,
      label: '第三条',
      chapter: null,
      section: null,
      paragraphs: ['甲。', '乙。'],
    };
    expect(articleText(a)).toBe('第三条 甲。\n乙。');
    expect(articleText(a, false)).toBe('甲。\n乙。');
    expect(articleText({ ...a, paragraphs: [] })).toBe('第三条');
  });
});

// Synthetic inputs (made up, not statute text) for the edge cases.
describe('parseLawMarkdown edge cases', () => {
  it('handles CRLF, full-width and trailing spaces, a label alone on its line, and 之一 articles', () => {
    const text = [
      '# 示例条例',
      '',
      '2020年1月2日 国务院令第1号公布　 ',
      '<!-- INFO END -->',
      '## 第一章　总则 ',
      '第一条　示例一。  ',
      '（一）项一；',
      '### 第一节 细则',
      '第二条',
      '示例二。',
      '第二条之一 示例二之一。',
      '## 第二章 附则',
      '　第三条 示例三。　',
    ].join('\r\n');
    const law = parseLawMarkdown(text);
    expect(law.unplaced).toEqual([]);
    expect(law.title).toBe('示例条例');
    expect(law.history).toEqual(['2020年1月2日 国务院令第1号公布']);
    expect(law.dates).toEqual(['2020-01-02']);
    expect(law.versionDate).toBe('2020-01-02'); // no file name: the last history date
    expect(law.level).toBe('administrative_regulation');
    expect(law.chapters).toEqual(['第一章 总则', '第二章 附则']);
    expect(law.sections).toEqual(['第一节 细则']);
    expect(law.articles.map((a) => [a.label, a.number, a.suffix, a.chapter, a.section, a.paragraphs])).toEqual([
      ['第一条', 1, 0, '第一章 总则', null, ['示例一。', '（一）项一；']],
      ['第二条', 2, 0, '第一章 总则', '第一节 细则', ['示例二。']],
      ['第二条之一', 2, 1, '第一章 总则', '第一节 细则', ['示例二之一。']],
      ['第三条', 3, 0, '第二章 附则', null, ['示例三。']],
    ]);
    expect(law.articles.every((a) => a.paragraphs.every((p) => !p.includes('\r')))).toBe(true);
  });

  it('reports a missing INFO END marker but still reads history and articles', () => {
    const law = parseLawMarkdown(
      '# 示例法\n\n2001年2月3日 全国人民代表大会常务委员会通过\n\n第一条 一。\n第二条 二。\n',
    );
    expect(law.unplaced).toEqual([{ line: 5, text: '', reason: expect.stringContaining('INFO END') }]);
    expect(law.history).toEqual(['2001年2月3日 全国人民代表大会常务委员会通过']);
    expect(law.level).toBe('law');
    expect(law.articles.map((a) => a.label)).toEqual(['第一条', '第二条']);
  });

  it('reports a missing title', () => {
    const law = parseLawMarkdown('2001年2月3日 通过\n<!-- INFO END -->\n第一条 一。', '示例法(2001-02-03).md');
    expect(law.unplaced).toEqual([{ line: 1, text: '', reason: 'missing "# " title line' }]);
    expect(law.title).toBe('示例法');
    expect(law.history).toEqual(['2001年2月3日 通过']);
    expect(law.issuingBody).toBeNull();
    expect(law.level).toBe('other');
    const bare = parseLawMarkdown('示例办法\n<!-- INFO END -->\n第一条 一。');
    expect(bare.title).toBe('示例办法');
    expect(bare.unplaced).toEqual([{ line: 1, text: '示例办法', reason: 'title line without "# "' }]);
  });

  it('reports numbers that go backwards, repeat or skip, and keeps the articles', () => {
    const text = '# 示例\n<!-- INFO END -->\n第一条 一。\n第三条 三。\n第二条 二。\n第二条 再。\n第五条 五。';
    const law = parseLawMarkdown(text);
    expect(law.articles.map((a) => a.number)).toEqual([1, 3, 2, 2, 5]);
    expect(law.articles.map((a) => a.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(law.unplaced).toEqual([
      { line: 4, text: '第三条 三。', reason: 'article number skips: 第三条 after 第一条 (1 missing)' },
      { line: 5, text: '第二条 二。', reason: 'article number goes backwards: 第二条 after 第三条' },
      { line: 6, text: '第二条 再。', reason: 'article number repeats: 第二条 after 第二条' },
      { line: 7, text: '第五条 五。', reason: 'article number skips: 第五条 after 第二条 (2 missing)' },
    ]);
    const late = parseLawMarkdown('# 示例\n<!-- INFO END -->\n第二条 二。');
    expect(late.unplaced).toEqual([
      { line: 3, text: '第二条 二。', reason: 'the first article is 第二条, not 第一条' },
    ]);
  });

  it('reports text it cannot place: before the first article, after a heading, odd headings', () => {
    const text = '# 示例\n<!-- INFO END -->\n前言。\n第一条 一。\n## 第一章 总则\n孤行。\n#### 深\n第二条 二。\n续。';
    const law = parseLawMarkdown(text);
    expect(law.unplaced).toEqual([
      { line: 3, text: '前言。', reason: 'text before the first article' },
      { line: 6, text: '孤行。', reason: 'text after a heading, outside any article' },
      { line: 7, text: '#### 深', reason: 'unexpected heading level 4' },
    ]);
    expect(law.articles.map((a) => a.paragraphs)).toEqual([['一。'], ['二。', '续。']]);
    expect(law.articles[0].chapter).toBeNull();
    expect(law.articles[1].chapter).toBe('第一章 总则');
  });

  it('does not take a reference such as 第五条规定 for an article', () => {
    const law = parseLawMarkdown('# 示例\n<!-- INFO END -->\n第一条 一。\n第五条规定的事项除外。');
    expect(law.articles).toHaveLength(1);
    expect(law.articles[0].paragraphs).toEqual(['一。', '第五条规定的事项除外。']);
    expect(law.unplaced).toEqual([]);
  });

  it('is pure: law-markdown.ts imports nothing', () => {
    const src = readFileSync(join(findRootDir(), 'server', 'src', 'modules', 'laws', 'law-markdown.ts'), 'utf8');
    expect(src).not.toMatch(/^\s*import\s/m);
    expect(src).not.toMatch(/\brequire\(|process\.|node:/);
  });

  it('returns an empty parse for empty input', () => {
    const law = parseLawMarkdown('');
    expect(law.articles).toEqual([]);
    expect(law.title).toBe('');
    expect(law.unplaced.map((u) => u.reason)).toEqual([expect.stringContaining('INFO END')]);
  });
});

describe('the issuing body and level, from the history', () => {
  const parse = (history: string) => parseLawMarkdown(`# 某法规\n\n${history}\n\n<!-- INFO END -->\n\n第一条 测试。\n`);
  it.each([
    ['2021年1月22日 第十三届全国人民代表大会常务委员会第二十五次会议修订', '全国人民代表大会常务委员会', 'law'],
    ['2020年8月7日 国务院令第730号修订', '国务院', 'administrative_regulation'],
    [
      '2018年11月29日云南省第十三届人民代表大会常务委员会第七次会议通过',
      '云南省人民代表大会常务委员会',
      'local_regulation',
    ],
    ['2019年3月1日迪庆藏族自治州第十四届人民代表大会第三次会议通过', '迪庆藏族自治州人民代表大会', 'local_regulation'],
    ['2022年5月1日 云南省人民政府令第220号公布', '云南省人民政府', 'rule'],
    ['2022年3月24日 国家市场监督管理总局令第61号公布', '国家市场监督管理总局', 'rule'],
    ['2000年1月1日 公布', null, 'other'],
  ])('%s', (history, body, level) => {
    const law = parse(history);
    expect(law.issuingBody).toBe(body);
    expect(law.level).toBe(level);
  });
});
