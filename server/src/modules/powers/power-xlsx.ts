// The .xlsx file of a powers list (exceljs): the layout of POWER_XLSX_COLUMNS under a title row and a date row,
// drop-down lists on 职权类别 and 行使层级, and a second sheet explaining how to fill it in. Reading finds the
// header row by its names (in the first 10 rows of any sheet) so that agencies' own sheets are read as they are.
import ExcelJS from 'exceljs';
import {
  POWER_CATEGORIES,
  POWER_CATEGORY_LABELS,
  POWER_LEVEL_LABELS,
  POWER_LEVELS,
  POWER_XLSX_COLUMNS,
  type PowerXlsxColumnKey,
} from '../../../../contracts/power';
import { columnLetter, columnOfHeader } from './power-sheet';

export type SheetRow = Record<PowerXlsxColumnKey, string>;

const HEADER_ROW = 3;
const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export { XLSX_CONTENT_TYPE };

const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

export async function writePowersWorkbook(opts: {
  title: string;
  subtitle: string;
  rows: readonly SheetRow[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'xzzf 行政执法监督平台';
  wb.created = new Date(0); // the same list gives the same file
  const ws = wb.addWorksheet('权责清单', { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  ws.columns = POWER_XLSX_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const last = columnLetter(POWER_XLSX_COLUMNS.length);

  ws.mergeCells(`A1:${last}1`);
  const title = ws.getCell('A1');
  title.value = opts.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells(`A2:${last}2`);
  const sub = ws.getCell('A2');
  sub.value = opts.subtitle;
  sub.alignment = { horizontal: 'right' };
  sub.font = { color: { argb: 'FF595959' } };

  const header = ws.getRow(HEADER_ROW);
  POWER_XLSX_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  header.height = 22;

  opts.rows.forEach((r, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    POWER_XLSX_COLUMNS.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = r[c.key] || null;
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = border;
    });
  });

  // Drop-down lists where the value is one of a few labels; extra empty rows for new items.
  const categoryList = `"${POWER_CATEGORIES.map((c) => POWER_CATEGORY_LABELS[c].zh).join(',')}"`;
  const levelList = `"${POWER_LEVELS.map((l) => POWER_LEVEL_LABELS[l].zh).join(',')}"`;
  const categoryCol = POWER_XLSX_COLUMNS.findIndex((c) => c.key === 'category') + 1;
  const levelCol = POWER_XLSX_COLUMNS.findIndex((c) => c.key === 'level') + 1;
  for (let r = HEADER_ROW + 1; r <= HEADER_ROW + opts.rows.length + 200; r++) {
    const row = ws.getRow(r);
    row.getCell(categoryCol).dataValidation = { type: 'list', allowBlank: true, formulae: [categoryList] };
    row.getCell(levelCol).dataValidation = { type: 'list', allowBlank: true, formulae: [levelList] };
  }

  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { key: 'a', width: 16 },
    { key: 'b', width: 90 },
  ];
  const lines: [string, string][] = [
    ['列', '填写要求'],
    [
      '职权编码',
      '必填。本单位内唯一，字母、数字和 . _ - ，如 SCJG-CF-001。导入时按编码与现行清单比对：新编码为新增，已有编码为调整。',
    ],
    ['职权名称', '必填。'],
    ['子项', '选填。每行一个子项；有子项编码的写成“编码 名称”，如“SCJG-CF-001-01 对……的处罚”。'],
    [
      '职权类别',
      `必填。可填：${POWER_CATEGORIES.map((c) => POWER_CATEGORY_LABELS[c].zh).join('、')}（也可省略“行政”二字）。`,
    ],
    [
      '实施依据',
      '必填。写明法律法规名称和条款，如《中华人民共和国食品安全法》第一百二十二条第一款；多部法律依次书写。法律法规库中尚无的，事项照常保存，标记为“依据未关联”。',
    ],
    ['责任事项', '必填。'],
    ['追责情形', '必填。'],
    [
      '行使层级',
      `必填。可填：${POWER_LEVELS.map((l) => POWER_LEVEL_LABELS[l].zh).join('、')}（也可写“县级”“乡镇级”“县乡两级”）。`,
    ],
    ['下放乡镇', '选填（市级部门填写）。承接该职权的乡镇，用顿号分隔，如“建塘镇、小中甸镇”。'],
    ['委托/下放部门', '选填（乡镇填写）。下放或委托该职权的市级部门全称或简称。'],
    ['备注', '选填。'],
    [
      '示例',
      '职权编码 SCJG-CF-001；职权名称 对未取得食品生产经营许可从事食品生产经营活动的行政处罚；职权类别 行政处罚；实施依据 《中华人民共和国食品安全法》第一百二十二条；行使层级 县（市）级',
    ],
  ];
  lines.forEach(([a, b], i) => {
    const row = help.getRow(i + 1);
    row.getCell(1).value = a;
    row.getCell(2).value = b;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) row.font = { bold: true };
  });

  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface ReadSheet {
  sheetName: string;
  /** Column number (1-based) → the layout's column it holds. */
  columns: Map<number, PowerXlsxColumnKey>;
  /** Excel row numbers with the cell texts by column. Empty rows are left out. */
  rows: Array<{ row: number; cells: Partial<Record<PowerXlsxColumnKey, string>> }>;
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return v.result === undefined ? '' : String(v.result);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

export class UnreadableWorkbook extends Error {}

/** Reads the first sheet that has a header row; null when no sheet has one. Throws UnreadableWorkbook. */
export async function readPowersWorkbook(data: Buffer): Promise<ReadSheet | null> {
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw new UnreadableWorkbook('not a zip file');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    throw new UnreadableWorkbook(String(err));
  }
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
      const columns = new Map<number, PowerXlsxColumnKey>();
      ws.getRow(r).eachCell((cell, col) => {
        const key = columnOfHeader(cellText(cell));
        if (key && ![...columns.values()].includes(key)) columns.set(col, key);
      });
      if (columns.size < 3 || ![...columns.values()].includes('name')) continue;
      const rows: ReadSheet['rows'] = [];
      for (let n = r + 1; n <= ws.rowCount; n++) {
        const row = ws.getRow(n);
        const cells: Partial<Record<PowerXlsxColumnKey, string>> = {};
        let any = false;
        for (const [col, key] of columns) {
          const t = cellText(row.getCell(col)).replace(/\r\n?/g, '\n').trim();
          if (t) {
            cells[key] = t;
            if (key !== 'seq') any = true;
          }
        }
        if (any) rows.push({ row: n, cells });
      }
      return { sheetName: ws.name, columns, rows };
    }
  }
  return null;
}
