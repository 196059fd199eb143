// Imports statute texts (the Markdown form of the national law database) into the law library. Idempotent: the
// same text again changes nothing; a different text for an existing version is refused (nothing changes silently).
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { lawArticles, laws, lawVersions } from './law.schema';
import { recordNewVersion } from '../law-changes/law-change.service';
import { lawMarkdownFromDocx } from './law-docx';
import { articleText, parseLawMarkdown, type UnplacedLine } from './law-markdown';

export interface ImportReport {
  file: string;
  title: string | null;
  versionDate: string | null;
  chapters: number;
  sections: number;
  articles: number;
  unplaced: UnplacedLine[];
  outcome: 'created' | 'unchanged' | 'conflict' | 'failed';
  message: string | null;
  lawId: string | null;
  versionId: string | null;
  /** When the text is a newer version of a law already held: the law change recorded and the tasks it opened. */
  lawChange: { id: string; reviewTasks: number } | null;
}

const ARTICLE_BATCH = 200;

export async function importLawText(
  ctx: AppContext,
  input: {
    fileName: string;
    content: string;
    /** The file the user gave (a .docx converted to Markdown keeps its own name in reports and the library). */
    sourceName?: string;
    /** Maps a Markdown line (1-based) to what the user knows: a .docx paragraph number. */
    lineOf?: (line: number) => number;
  },
  /** The caller's transaction (an API import logs itself inside it); otherwise one is opened here. */
  inTx?: Tx,
): Promise<ImportReport> {
  const content = input.content.replace(/\r\n?/g, '\n');
  const parsed = parseLawMarkdown(content, input.fileName);
  const lineOf = input.lineOf ?? ((line: number) => line);
  const report: ImportReport = {
    file: input.sourceName ?? input.fileName,
    title: parsed.title || null,
    versionDate: parsed.versionDate,
    chapters: parsed.chapters.length,
    sections: parsed.sections.length,
    articles: parsed.articles.length,
    unplaced: parsed.unplaced.map((u) => ({ ...u, line: lineOf(u.line) })),
    outcome: 'failed',
    message: null,
    lawId: null,
    versionId: null,
    lawChange: null,
  };
  if (!parsed.title) return { ...report, message: '缺少标题行（# 标题）/ no “# title” line' };
  if (!parsed.versionDate)
    return { ...report, message: '无法确定版本日期 / no version date in the file name or history' };
  if (parsed.articles.length === 0) return { ...report, message: '未识别到任何条文 / no articles found' };
  const contentHash = createHash('sha256').update(content).digest('hex');

  const run = <T>(work: (tx: Tx) => Promise<T>) => (inTx ? work(inTx) : ctx.db.transaction(work));
  return run(async (tx) => {
    await tx
      .insert(laws)
      .values({ id: randomUUID(), title: parsed.title, level: parsed.level, issuingBody: parsed.issuingBody })
      .onConflictDoNothing({ target: laws.title });
    const [law] = await tx.select().from(laws).where(eq(laws.title, parsed.title)).for('update');
    const existing = await tx
      .select()
      .from(lawVersions)
      .where(and(eq(lawVersions.lawId, law.id), eq(lawVersions.versionDate, parsed.versionDate!)));
    if (existing[0]) {
      const same = existing[0].contentHash === contentHash;
      return {
        ...report,
        outcome: same ? 'unchanged' : 'conflict',
        message: same
          ? null
          : '该版本已导入且内容不同：未做任何更改，请核对文本或作为新版本导入 / this version exists with different text: nothing changed',
        lawId: law.id,
        versionId: existing[0].id,
      };
    }
    const [latest] = await tx
      .select({ id: lawVersions.id, versionDate: lawVersions.versionDate })
      .from(lawVersions)
      .where(eq(lawVersions.lawId, law.id))
      .orderBy(desc(lawVersions.versionDate))
      .limit(1);
    const versionId = randomUUID();
    await tx.insert(lawVersions).values({
      id: versionId,
      lawId: law.id,
      versionDate: parsed.versionDate!,
      adoptedDate: parsed.adoptedDate,
      status: 'in_force',
      history: parsed.history,
      sourceName: basename(input.sourceName ?? input.fileName),
      contentHash,
    });
    const rows = parsed.articles.map((a) => ({
      versionId,
      seq: a.seq,
      number: a.number,
      suffix: a.suffix,
      label: a.label,
      chapter: a.chapter,
      section: a.section,
      text: articleText(a, false),
    }));
    for (let i = 0; i < rows.length; i += ARTICLE_BATCH)
      await tx.insert(lawArticles).values(rows.slice(i, i + ARTICLE_BATCH));
    // The newest version is in force; older ones were amended by it. Cases keep citing the version they used.
    const versions = await tx
      .select({ id: lawVersions.id })
      .from(lawVersions)
      .where(eq(lawVersions.lawId, law.id))
      .orderBy(asc(lawVersions.versionDate));
    for (const [i, v] of versions.entries()) {
      await tx
        .update(lawVersions)
        .set({ status: i === versions.length - 1 ? 'in_force' : 'amended' })
        .where(eq(lawVersions.id, v.id));
    }
    // A newer version replaces the one in force: whatever cites the old text is to be reviewed (立改废).
    let lawChange: ImportReport['lawChange'] = null;
    if (latest && latest.versionDate < parsed.versionDate!) {
      const change = await recordNewVersion(tx, {
        lawId: law.id,
        oldVersionId: latest.id,
        newVersionId: versionId,
        effectiveDate: parsed.versionDate!,
        now: ctx.now(),
      });
      lawChange = { id: change.changeId, reviewTasks: change.tasks };
    }
    return { ...report, outcome: 'created', lawId: law.id, versionId, lawChange };
  });
}

/** Imports one file as the user gave it: Markdown text, or the national law database's .docx export. */
export async function importLawFile(
  ctx: AppContext,
  input: { fileName: string; data: Buffer },
  inTx?: Tx,
): Promise<ImportReport> {
  if (!/\.docx$/i.test(input.fileName)) {
    return importLawText(ctx, { fileName: input.fileName, content: input.data.toString('utf8') }, inTx);
  }
  let converted;
  try {
    converted = await lawMarkdownFromDocx(input.data, input.fileName);
  } catch {
    return {
      file: input.fileName,
      title: null,
      versionDate: null,
      chapters: 0,
      sections: 0,
      articles: 0,
      unplaced: [],
      outcome: 'failed',
      message: '无法读取该 .docx 文件（文件损坏或不是 Word 文档）/ cannot read this .docx file',
      lawId: null,
      versionId: null,
      lawChange: null,
    };
  }
  return importLawText(
    ctx,
    {
      fileName: converted.fileName,
      content: converted.markdown,
      sourceName: input.fileName,
      lineOf: (line) => converted.paragraphOf[line - 1] ?? line,
    },
    inTx,
  );
}

const IMPORTABLE = /\.(md|docx)$/i;

/** A file, or every .md and .docx file of a folder (README.md excepted), in name order. */
export async function importLawPath(ctx: AppContext, path: string): Promise<ImportReport[]> {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => IMPORTABLE.test(f) && f.toLowerCase() !== 'readme.md' && !f.startsWith('~$'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const reports: ImportReport[] = [];
  for (const file of files) {
    reports.push(await importLawFile(ctx, { fileName: basename(file), data: readFileSync(file) }));
  }
  return reports;
}
