// Questions in .xlsx (exceljs): the template, and the import that checks every row and reports each problem with
// its Excel row and column. By default one wrong row imports nothing (400, a field per problem:
// rows.<row>.<column>); in 'valid_rows' mode the good rows are imported and the others reported.
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import {
  OPTION_KEYS,
  QUESTION_KIND_LABELS,
  QUESTION_KINDS,
  questionBody,
  questionDomainLabel,
  type QuestionImportView,
  type QuestionKind,
  type questionImportBody,
} from '../../../../contracts/exam';
import { ENFORCEMENT_DOMAINS, type EnforcementDomain } from '../../../../contracts/personnel';
import type { Actor } from '../../platform/auth/policy';
import type { Tx } from '../../platform/db/client';
import { AppError, invalidInput, localize } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import type { Lang } from '../../platform/i18n/i18n';
import { createQuestion, requireBankWriter } from './exam-bank.service';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COLUMNS = [
  { key: 'domain', header: '领域', width: 16 },
  { key: 'kind', header: '题型', width: 10 },
  { key: 'stem', header: '题干', width: 50 },
  ...OPTION_KEYS.map((k) => ({ key: `option${k}`, header: `选项${k}`, width: 24 })),
  { key: 'correct', header: '正确答案', width: 10 },
  { key: 'explanation', header: '解析', width: 40 },
  { key: 'basis', header: '依据条文', width: 36 },
  { key: 'difficulty', header: '难度', width: 8 },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];

export async function questionTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'xzzf 行政执法监督平台';
  wb.created = new Date(0);
  const ws = wb.addWorksheet('试题', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.addRow({
    domain: '公共法律知识',
    kind: '单选题',
    stem: '违法行为在几年内未被发现的，一般不再给予行政处罚？',
    optionA: '一年',
    optionB: '二年',
    optionC: '三年',
    optionD: '五年',
    correct: 'B',
    explanation: '行政处罚法规定违法行为在二年内未被发现的，不再给予行政处罚，法律另有规定的除外。',
    basis: '《中华人民共和国行政处罚法》第三十六条',
    difficulty: 2,
  });
  const kinds = `"${QUESTION_KINDS.map((k) => QUESTION_KIND_LABELS[k].zh).join(',')}"`;
  for (let r = 2; r <= 500; r++)
    ws.getRow(r).getCell(2).dataValidation = { type: 'list', allowBlank: true, formulae: [kinds] };
  const help = wb.addWorksheet('填写说明');
  help.columns = [{ width: 100 }];
  [
    '领域：公共法律知识，或执法领域名称（市场监管、生态环境、交通运输……）。',
    '题型：单选题、多选题、判断题。判断题不填选项，正确答案填 A（正确）或 B（错误）。',
    '选项：从选项A起连续填写，至少两项；正确答案填字母，多选题写作 ABD 或 A,B,D，至少两个。',
    '依据条文：写作《法律名称》第X条；法律法规库中已有的法律须能找到该条。',
    '难度：1（易）、2（中）、3（难），不填为 2。',
    '默认任何一行有错则全部不导入；选择“只导入正确的行”时，正确的行导入，错误的行列出。',
  ].forEach((t) => help.addRow([t]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return v.result === undefined ? '' : String(v.result);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v).trim();
}

const parseKind = (t: string): QuestionKind | null =>
  QUESTION_KINDS.find(
    (k) => k === t || QUESTION_KIND_LABELS[k].zh === t || QUESTION_KIND_LABELS[k].zh.replace('题', '') === t,
  ) ?? null;
const parseDomain = (t: string): EnforcementDomain | null =>
  ENFORCEMENT_DOMAINS.find((d) => d === t || questionDomainLabel(d).zh === t) ?? null;

class UnreadableWorkbook extends Error {}

async function readRows(data: Buffer) {
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw new UnreadableWorkbook();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbook();
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new UnreadableWorkbook();
  const columns = new Map<number, ColumnKey>();
  ws.getRow(1).eachCell((cell, col) => {
    const c = COLUMNS.find((x) => x.header === cellText(cell).trim());
    if (c) columns.set(col, c.key);
  });
  const rows: Array<{ row: number; cells: Partial<Record<ColumnKey, string>> }> = [];
  for (let n = 2; n <= ws.rowCount; n++) {
    const cells: Partial<Record<ColumnKey, string>> = {};
    let any = false;
    for (const [col, key] of columns) {
      const t = cellText(ws.getRow(n).getCell(col)).trim();
      if (t) {
        cells[key] = t;
        any = true;
      }
    }
    if (any) rows.push({ row: n, cells });
  }
  return { columns: new Set(columns.values()), rows };
}

const HEADER = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;
/** Which column a body field's problem belongs to. */
const COLUMN_OF: Record<string, ColumnKey> = {
  kind: 'kind',
  domain: 'domain',
  stem: 'stem',
  options: 'optionA',
  correct: 'correct',
  explanation: 'explanation',
  basis: 'basis',
  difficulty: 'difficulty',
};

export async function importQuestions(
  tx: Tx,
  actor: Actor,
  body: z.output<typeof questionImportBody>,
  lang: Lang,
  now: Date,
): Promise<WriteResult<QuestionImportView>> {
  requireBankWriter(actor);
  let sheet;
  try {
    sheet = await readRows(Buffer.from(body.file, 'base64'));
  } catch (err) {
    if (err instanceof UnreadableWorkbook) throw invalidInput({ file: 'exam_import_not_xlsx' });
    throw err;
  }
  const missing = (['domain', 'kind', 'stem', 'correct', 'explanation', 'basis'] as ColumnKey[]).filter(
    (c) => !sheet.columns.has(c),
  );
  if (missing.length) {
    const names = missing.map((c) => HEADER[c]);
    throw invalidInput({
      file: {
        key: 'invalid_input',
        text: { zh: `表头缺少列：${names.join('、')}`, en: `Missing columns: ${names.join(', ')}` },
      },
    });
  }
  const problems: Array<{ row: number; column: ColumnKey; text: { zh: string; en: string } }> = [];
  const ids: string[] = [];
  for (const { row, cells } of sheet.rows) {
    const fail = (column: ColumnKey, zh: string, en: string) => problems.push({ row, column, text: { zh, en } });
    const kind = parseKind(cells.kind ?? '');
    const domain = parseDomain(cells.domain ?? '');
    if (!kind)
      fail(
        'kind',
        `“${cells.kind ?? ''}”不是题型（单选题、多选题、判断题）`,
        `Not a question kind: ${cells.kind ?? ''}`,
      );
    if (!domain) fail('domain', `“${cells.domain ?? ''}”不是领域`, `Not a domain: ${cells.domain ?? ''}`);
    if (!kind || !domain) continue;
    const options = OPTION_KEYS.flatMap((k) => {
      const text = cells[`option${k}` as ColumnKey];
      return text ? [{ key: k, text }] : [];
    });
    const raw = {
      kind,
      domain,
      stem: cells.stem ?? '',
      options: kind === 'true_false' ? [] : options,
      correct: (cells.correct ?? '')
        .toUpperCase()
        .replace(/[^A-F]/g, '')
        .split('')
        .filter(Boolean),
      explanation: cells.explanation ?? '',
      basis: cells.basis ?? '',
      difficulty: cells.difficulty ? Number(cells.difficulty) : 2,
    };
    const parsed = questionBody.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = COLUMN_OF[String(issue.path[0])] ?? 'stem';
        if (!problems.some((p) => p.row === row && p.column === column)) {
          fail(column, `${HEADER[column]}填写有误`, `${column} is invalid`);
        }
      }
      continue;
    }
    try {
      // A savepoint per row: a wrong row must not spoil the transaction for the good ones.
      const out = await tx.transaction((sp) => createQuestion(sp, actor, parsed.data, now));
      ids.push(out.result.id);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      for (const [field, fe] of Object.entries(err.fields)) {
        const column = COLUMN_OF[field.split('.')[0]] ?? 'stem';
        fail(
          column,
          fe.text?.zh ?? localize(fe.key, fe.params ?? {}, 'zh'),
          fe.text?.en ?? localize(fe.key, fe.params ?? {}, 'en'),
        );
      }
    }
  }
  if (problems.length && body.mode === 'all_or_nothing') {
    throw invalidInput(
      Object.fromEntries(
        problems.map((p) => [`rows.${p.row}.${HEADER[p.column]}`, { key: 'invalid_input' as const, text: p.text }]),
      ),
    );
  }
  if (sheet.rows.length === 0)
    throw invalidInput({
      file: { key: 'invalid_input', text: { zh: '文件中没有试题', en: 'No questions in the file' } },
    });
  const rejectedRows = new Set(problems.map((p) => p.row));
  return {
    result: {
      imported: ids.length,
      rejected: rejectedRows.size,
      problems: problems.map((p) => ({ row: p.row, column: HEADER[p.column], message: p.text[lang] })),
    },
    recordIds: ids,
  };
}
