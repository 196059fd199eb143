// The .docx form of the national law database: every statute in shared/data/laws, typeset as the database's Word
// export (title, parenthesised history, 目录, spaced headings, full-width spaces after labels), reads back to the
// same articles as its Markdown form; and the importer reports by paragraph, is idempotent and refuses bad files.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun, AlignmentType } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRootDir } from '../../platform/config';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { lawMarkdownFromDocx } from './law-docx';
import { importLawFile } from './law-import.service';
import { parseLawMarkdown, type ParsedLaw } from './law-markdown';

const LAWS_DIR = join(findRootDir(), '..', 'shared', 'data', 'laws');
const files = readdirSync(LAWS_DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');

/** '总则' → '总\u3000\u3000则', as the database typesets two-character headings; longer names keep one space at most. */
const spaced = (name: string) => (name.length === 2 ? `${name[0]}\u3000\u3000${name[1]}` : name);
const typesetHeading = (h: string) => {
  const [label, ...rest] = h.split(' ');
  return `${label}\u3000${spaced(rest.join(''))}`;
};

/** The paragraphs of the database's Word export for a parsed statute. */
function exportParagraphs(law: ParsedLaw, extra: { afterFirstHeading?: string } = {}): string[] {
  const out = [law.title, `（${law.history.join('\u3000')}）`];
  if (law.chapters.length) out.push('目\u3000\u3000录', ...law.chapters.map(typesetHeading));
  let chapter: string | null = null;
  let section: string | null = null;
  let first = true;
  for (const a of law.articles) {
    if (a.chapter !== chapter) {
      chapter = a.chapter;
      section = null;
      if (chapter) out.push(typesetHeading(chapter));
      if (first && extra.afterFirstHeading) out.push(extra.afterFirstHeading);
      first = false;
    }
    if (a.section !== section) {
      section = a.section;
      if (section) out.push(typesetHeading(section));
    }
    out.push(
      `${a.label}\u3000${a.paragraphs[0] ?? ''}`.trimEnd(),
      ...a.paragraphs.slice(1).map((p) => `\u3000\u3000${p}`),
    );
  }
  return out;
}

async function toDocx(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: paragraphs.map(
          (text, i) =>
            new Paragraph({
              alignment: i === 0 ? AlignmentType.CENTER : undefined,
              children: [new TextRun({ text, bold: i === 0, font: '宋体' })],
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const shape = (law: ParsedLaw) =>
  law.articles.map((a) => ({ n: a.number, s: a.suffix, c: a.chapter, sec: a.section, p: a.paragraphs }));

describe('the national law database .docx form', () => {
  it.each(files)('%s reads back to the same articles as its Markdown form', async (file) => {
    const md = parseLawMarkdown(readFileSync(join(LAWS_DIR, file), 'utf8'), file);
    const docxName = file.replace(/\((\d{4})-(\d{2})-(\d{2})\)\.md$/, '_$1$2$3.docx');
    const converted = await lawMarkdownFromDocx(await toDocx(exportParagraphs(md)), docxName);
    const back = parseLawMarkdown(converted.markdown, converted.fileName);
    expect(back.unplaced).toEqual([]);
    expect(back.title).toBe(md.title);
    expect(back.versionDate).toBe(md.versionDate);
    expect(back.adoptedDate).toBe(md.adoptedDate);
    expect(back.chapters).toEqual(md.chapters);
    expect(back.sections).toEqual(md.sections);
    expect(back.articles.length).toBe(md.articles.length);
    expect(shape(back)).toEqual(shape(md));
  });
});

describe('importing a .docx', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  const tag = () => randomBytes(3).toString('hex');
  const small = (title: string, stray?: string) => [
    title,
    '（2020年6月1日某某省人民代表大会常务委员会第十次会议通过\u30002023年3月1日某某省人民代表大会常务委员会第二次会议修正）',
    '第一章\u3000总\u3000\u3000则',
    ...(stray ? [stray] : []),
    '第一条\u3000为了测试，制定本条例。',
    '第二条\u3000有下列情形之一的，适用本条例：',
    '（一）甲；',
    '（二）乙。',
    '第二章\u3000附\u3000\u3000则',
    '第三条\u3000本条例自公布之日起施行。',
  ];

  it('imports once, reports chapters and articles, and the same file again changes nothing', async () => {
    const title = `测试条例${tag()}`;
    const data = await toDocx(small(title));
    const first = await importLawFile(ctx, { fileName: `${title}.docx`, data });
    expect(first).toMatchObject({ outcome: 'created', title, versionDate: '2023-03-01', chapters: 2, articles: 3 });
    expect(first.unplaced).toEqual([]);
    expect(first.file).toBe(`${title}.docx`);
    const again = await importLawFile(ctx, { fileName: `${title}.docx`, data });
    expect(again.outcome).toBe('unchanged');
    expect(again.versionId).toBe(first.versionId);
  });

  it('reports a paragraph it cannot place by its paragraph number in the Word file', async () => {
    const title = `测试条例${tag()}`;
    const report = await importLawFile(ctx, {
      fileName: `${title}_20230301.docx`,
      data: await toDocx(small(title, '本章为总则说明。')),
    });
    expect(report.outcome).toBe('created');
    expect(report.unplaced).toEqual([{ line: 4, text: '本章为总则说明。', reason: 'text before the first article' }]);
  });

  it('refuses a file that is not a Word document, writing nothing', async () => {
    const report = await importLawFile(ctx, { fileName: 'broken.docx', data: Buffer.from('not a zip file') });
    expect(report.outcome).toBe('failed');
    expect(report.message).toMatch(/docx/);
    expect(report.lawId).toBeNull();
  });
});
