// The .xlsx layout of discretion benchmarks: one row per violation × level, as agencies keep them (编码, 违法行为,
// 违反条款, 处罚依据, 裁量档次, 适用情形, then the penalties). Columns are found by their header names in the first
// 10 rows, so agencies' own sheets with the same headers are read as they are; unknown columns are ignored.
//
// 结构化条件 holds the condition language (货值金额≥10000元 且 违法次数≥2). 处罚种类 lists the penalties separated by
// “；”: a kind's name (行政处罚法 第九条), “可以” before it when optional (可以并处), a period “7至30日”, a note in
// “（）”, e.g. “没收非法财物（违法经营的食品）；可以责令停产停业 7至30日”. The fine is in its own columns: 罚款方式
// 固定金额 with 罚款下限/上限（元）, or 倍数 with 倍数基数, 最低/最高倍数 and, for the statutes' “不足一万元的，处…”,
// 基数不足（元） with its 不足时罚款下限/上限（元）. 违法行为, 违反条款, 处罚依据 and 说明 are read from a code's first row.
import ExcelJS from 'exceljs';
import {
  FACTS,
  formatConditions,
  formatTimes,
  MONEY_FACTS,
  parseConditions,
  dslErrorOf,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  PERIOD_UNIT_LABELS,
  PERIOD_UNITS,
  type BenchmarkContent,
  type BenchmarkDraftBody,
  type Fine,
  type LevelDef,
  type Penalty,
  type PenaltyKind,
} from '../../../../contracts/benchmark';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const COLUMNS = [
  { key: 'code', header: '编码', width: 16 },
  { key: 'violation', header: '违法行为', width: 30 },
  { key: 'violatedText', header: '违反条款', width: 30 },
  { key: 'penaltyText', header: '处罚依据', width: 30 },
  { key: 'level', header: '裁量档次', width: 10 },
  { key: 'conditionsText', header: '适用情形', width: 36 },
  { key: 'conditions', header: '结构化条件', width: 36 },
  { key: 'penalties', header: '处罚种类', width: 36 },
  { key: 'fineMode', header: '罚款方式', width: 10 },
  { key: 'fineMin', header: '罚款下限（元）', width: 14 },
  { key: 'fineMax', header: '罚款上限（元）', width: 14 },
  { key: 'fineBase', header: '倍数基数', width: 10 },
  { key: 'timesMin', header: '最低倍数', width: 10 },
  { key: 'timesMax', header: '最高倍数', width: 10 },
  { key: 'belowThreshold', header: '基数不足（元）', width: 14 },
  { key: 'belowMin', header: '不足时罚款下限（元）', width: 16 },
  { key: 'belowMax', header: '不足时罚款上限（元）', width: 16 },
  { key: 'notes', header: '说明', width: 30 },
  // Written on export for the reader; not read on import.
  { key: 'agency', header: '执法主体', width: 24 },
  { key: 'version', header: '版本', width: 8 },
  { key: 'state', header: '状态', width: 10 },
  { key: 'effectiveFrom', header: '施行日期', width: 12 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const HEADER_OF = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;
export type SheetRow = Partial<Record<ColumnKey, string>>;

const FIXED = '固定金额';
const MULTIPLE = '倍数';

// ---------------------------------------------------------------------------------------------------------------
// Content → rows.

const yuanCell = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

export function formatPenaltyItem(p: Penalty): string {
  let s = `${p.optional ? '可以' : ''}${PENALTY_KIND_LABELS[p.kind].zh}`;
  if (p.period) s += ` ${p.period.min}至${p.period.max}${PERIOD_UNIT_LABELS[p.period.unit].zh}`;
  if (p.note) s += `（${p.note}）`;
  return s;
}

function fineCells(f: Fine | undefined): SheetRow {
  if (!f) return {};
  if (f.mode === 'fixed') return { fineMode: FIXED, fineMin: yuanCell(f.minFen), fineMax: yuanCell(f.maxFen) };
  return {
    fineMode: MULTIPLE,
    fineBase: FACTS[f.base].label.zh,
    timesMin: formatTimes(f.minTimes),
    timesMax: formatTimes(f.maxTimes),
    ...(f.below
      ? {
          belowThreshold: yuanCell(f.below.thresholdFen),
          belowMin: yuanCell(f.below.minFen),
          belowMax: yuanCell(f.below.maxFen),
        }
      : {}),
  };
}

export function rowsOfContent(
  code: string,
  content: BenchmarkContent,
  extra: Pick<SheetRow, 'agency' | 'version' | 'state' | 'effectiveFrom'>,
): SheetRow[] {
  return content.levels.map((l, i) => ({
    code,
    ...(i === 0
      ? {
          violation: content.violation,
          violatedText: content.violatedText,
          penaltyText: content.penaltyText,
          notes: content.notes,
        }
      : {}),
    level: l.name.zh,
    conditionsText: l.conditionsText,
    conditions: formatConditions(l.conditions),
    penalties: l.penalties.map(formatPenaltyItem).join('；'),
    ...fineCells(l.penalties.find((p) => p.kind === 'fine')?.fine),
    ...extra,
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Rows → drafts, with errors naming the row and the column.

export interface RowError {
  row: number;
  column: string;
  message: string;
}
export interface ParsedBenchmark {
  code: string;
  /** Excel row numbers, one per level, in order. */
  rows: number[];
  draft: BenchmarkDraftBody;
}

const KIND_BY_LABEL = [...PENALTY_KINDS]
  .map((k) => [PENALTY_KIND_LABELS[k].zh, k] as const)
  .concat([['吊销许可证', 'revoke_licence'] as const, ['其他', 'other'] as const])
  .sort((a, b) => b[0].length - a[0].length);
const UNIT_BY_LABEL: Array<[string, (typeof PERIOD_UNITS)[number]]> = [
  ['个月', 'month'],
  ['月', 'month'],
  ['日', 'day'],
  ['天', 'day'],
  ['年', 'year'],
];

/** 处罚种类 → penalties (the fine's amounts come from the fine columns). */
export function parsePenaltyItems(text: string): { penalties: Penalty[]; error: string | null } {
  const penalties: Penalty[] = [];
  for (const raw of text.split(/[；;\n]/)) {
    let s = raw.trim();
    if (!s) continue;
    const optional = /^可以(并处)?/.test(s);
    s = s.replace(/^可以(并处)?/, '').replace(/^并处/, '');
    const hit = KIND_BY_LABEL.find(([label]) => s.startsWith(label));
    if (!hit) {
      return {
        penalties,
        error: `无法识别的处罚种类“${raw.trim()}”，可用：${PENALTY_KINDS.map((k) => PENALTY_KIND_LABELS[k].zh).join('、')}`,
      };
    }
    const p: Penalty = { kind: hit[1] as PenaltyKind };
    s = s.slice(hit[0].length).trim();
    const note = /（(.*)）$|\((.*)\)$/.exec(s);
    if (note) {
      p.note = (note[1] ?? note[2]).trim();
      s = s.slice(0, note.index).trim();
    }
    if (s) {
      const m = /^(\d+)\s*(?:至|-|–|~)\s*(\d+)\s*(个月|月|日|天|年)$/.exec(s);
      if (!m) return { penalties, error: `“${raw.trim()}”中的期限应写成“7至30日”` };
      p.period = { min: Number(m[1]), max: Number(m[2]), unit: UNIT_BY_LABEL.find(([u]) => u === m[3])![1] };
    }
    if (optional) p.optional = true;
    penalties.push(p);
  }
  return { penalties, error: null };
}

/** A money cell in 元 (a number, or text with 元 / 万元) → fen; null when empty; an error message when not money. */
export function parseYuan(text: string): number | string | null {
  const s = text.replace(/[,，\s]/g, '');
  if (!s) return null;
  const m = /^(\d+(?:\.\d+)?)(万元|万|元)?$/.exec(s);
  if (!m) return `“${text}”不是金额`;
  const places = m[2] === '万元' || m[2] === '万' ? 6 : 2;
  const [whole, frac = ''] = m[1].split('.');
  if (frac.replace(/0+$/, '').length > places) return `“${text}”超出分的精度`;
  return Number(whole + frac.padEnd(places, '0').slice(0, places));
}

/** Groups the sheet's rows by code and reads each into a draft; problems go to `errors` with row and column. */
export function draftsOfRows(
  rows: Array<{ row: number; cells: SheetRow }>,
  levelSet: readonly LevelDef[],
  errors: RowError[],
): ParsedBenchmark[] {
  const groups = new Map<string, Array<{ row: number; cells: SheetRow }>>();
  for (const r of rows) {
    const code = (r.cells.code ?? '').trim();
    if (!code) {
      errors.push({ row: r.row, column: HEADER_OF.code, message: '必填' });
      continue;
    }
    groups.set(code, [...(groups.get(code) ?? []), r]);
  }
  const out: ParsedBenchmark[] = [];
  for (const [code, group] of groups) {
    const first = group[0];
    const err = (row: number, key: ColumnKey, message: string) => errors.push({ row, column: HEADER_OF[key], message });
    const top = (key: 'violation' | 'violatedText' | 'penaltyText' | 'notes') => {
      const value = (first.cells[key] ?? '').trim();
      for (const r of group.slice(1)) {
        const v = (r.cells[key] ?? '').trim();
        if (v && v !== value) err(r.row, key, `与第 ${first.row} 行（同一编码的首行）不一致`);
      }
      return value;
    };
    const levels = group.map((r) => {
      const c = r.cells;
      const name = (c.level ?? '').trim();
      const def = levelSet.find((l) => l.name.zh === name || l.key === name);
      if (!def) err(r.row, 'level', `应为：${levelSet.map((l) => l.name.zh).join('、')}`);
      let conditions = null;
      try {
        conditions = parseConditions(c.conditions ?? '');
      } catch (e) {
        const dsl = dslErrorOf(e);
        if (!dsl) throw e;
        err(r.row, 'conditions', dsl.message.zh);
      }
      const items = parsePenaltyItems(c.penalties ?? '');
      if (items.error) err(r.row, 'penalties', items.error);
      const fine = readFine(c, (key, message) => err(r.row, key, message));
      const penalties = items.penalties;
      const finePenalty = penalties.find((p) => p.kind === 'fine');
      if (fine && finePenalty) finePenalty.fine = fine;
      else if (fine) penalties.push({ kind: 'fine', fine });
      else if (finePenalty && !items.error && !(c.fineMode ?? '').trim())
        err(r.row, 'fineMode', '处罚种类含罚款，须填写罚款方式和金额');
      return { key: def?.key ?? name, conditionsText: (c.conditionsText ?? '').trim(), conditions, penalties };
    });
    out.push({
      code,
      rows: group.map((r) => r.row),
      draft: {
        code,
        violation: top('violation'),
        violatedText: top('violatedText'),
        penaltyText: top('penaltyText'),
        notes: top('notes'),
        levels,
      },
    });
  }
  return out;
}

function readFine(c: SheetRow, err: (key: ColumnKey, message: string) => void): Fine | undefined {
  const mode = (c.fineMode ?? '').trim();
  const money = (key: ColumnKey, required: boolean): number | undefined => {
    const v = parseYuan(c[key] ?? '');
    if (typeof v === 'string') err(key, v);
    else if (v === null && required) err(key, '必填');
    return typeof v === 'number' ? v : undefined;
  };
  const times = (key: ColumnKey): number | undefined => {
    const s = (c[key] ?? '').trim();
    if (!s) {
      err(key, '必填');
      return undefined;
    }
    if (!/^\d+(\.\d{1,4})?$/.test(s)) {
      err(key, `“${s}”应为倍数，最多四位小数`);
      return undefined;
    }
    return Number(s);
  };
  if (!mode) return undefined;
  if (mode === FIXED) {
    const minFen = money('fineMin', true);
    const maxFen = money('fineMax', true);
    return minFen !== undefined && maxFen !== undefined ? { mode: 'fixed', minFen, maxFen } : undefined;
  }
  if (mode !== MULTIPLE) {
    err('fineMode', `应为“${FIXED}”或“${MULTIPLE}”`);
    return undefined;
  }
  const baseName = (c.fineBase ?? '').trim();
  const base = MONEY_FACTS.find((f) => FACTS[f].label.zh === baseName || f === baseName);
  if (!base) err('fineBase', `应为：${MONEY_FACTS.map((f) => FACTS[f].label.zh).join('、')}`);
  const minTimes = times('timesMin');
  const maxTimes = times('timesMax');
  const threshold = money('belowThreshold', false);
  let below: { thresholdFen: number; minFen: number; maxFen: number } | undefined;
  if (threshold !== undefined) {
    const minFen = money('belowMin', true);
    const maxFen = money('belowMax', true);
    if (minFen !== undefined && maxFen !== undefined) below = { thresholdFen: threshold, minFen, maxFen };
  }
  if (!base || minTimes === undefined || maxTimes === undefined) return undefined;
  return { mode: 'multiple', base, minTimes, maxTimes, ...(below ? { below } : {}) };
}

/** Where a field of draft `levels.3.penalties.1.fine.maxFen` sits in the sheet: its row and column. */
export function locate(parsed: ParsedBenchmark, field: string): { row: number; column: string } {
  const m = /^levels\.(\d+)(?:\.(.*))?$/.exec(field);
  if (!m) {
    const key = (['violation', 'violatedText', 'penaltyText', 'notes', 'code'] as const).find((k) =>
      field.startsWith(k),
    );
    return { row: parsed.rows[0], column: HEADER_OF[key ?? 'code'] };
  }
  const row = parsed.rows[Number(m[1])] ?? parsed.rows[0];
  const rest = m[2] ?? '';
  const column: ColumnKey = rest.startsWith('conditionsText')
    ? 'conditionsText'
    : rest.startsWith('conditions')
      ? 'conditions'
      : rest.startsWith('key') || rest === ''
        ? 'level'
        : /fine\.below\.maxFen/.test(rest)
          ? 'belowMax'
          : /fine\.below/.test(rest)
            ? 'belowThreshold'
            : /fine\.maxTimes/.test(rest)
              ? 'timesMax'
              : /fine\.minTimes/.test(rest)
                ? 'timesMin'
                : /fine\.maxFen/.test(rest)
                  ? 'fineMax'
                  : /fine\.minFen/.test(rest)
                    ? 'fineMin'
                    : /fine/.test(rest)
                      ? 'fineMode'
                      : 'penalties';
  return { row, column: HEADER_OF[column] };
}

// ---------------------------------------------------------------------------------------------------------------
// The workbook.

const HEADER_ROW = 3;
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

export async function writeBenchmarksWorkbook(opts: {
  title: string;
  subtitle: string;
  rows: readonly SheetRow[];
  levelSet: readonly LevelDef[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'xzzf 行政执法监督平台';
  wb.created = new Date(0);
  const ws = wb.addWorksheet('裁量基准', { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }] });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const lastCol = ws.getColumn(COLUMNS.length).letter;
  ws.mergeCells(`A1:${lastCol}1`);
  const title = ws.getCell('A1');
  title.value = opts.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells(`A2:${lastCol}2`);
  ws.getCell('A2').value = opts.subtitle;
  ws.getCell('A2').alignment = { horizontal: 'right' };
  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: i >= COLUMNS.findIndex((x) => x.key === 'agency') ? 'FFEDEDED' : 'FFDDEBF7' },
    };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  opts.rows.forEach((r, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    COLUMNS.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      // Everything as text: 0.5 stays 0.5 and 10000 is not shown as 1E+04; the reader parses text either way.
      cell.value = r[c.key] || null;
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = border;
    });
  });
  const list = (values: string[]) => `"${values.join(',')}"`;
  const colOf = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key) + 1;
  for (let r = HEADER_ROW + 1; r <= HEADER_ROW + opts.rows.length + 200; r++) {
    const row = ws.getRow(r);
    row.getCell(colOf('level')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [list(opts.levelSet.map((l) => l.name.zh))],
    };
    row.getCell(colOf('fineMode')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [list([FIXED, MULTIPLE])],
    };
    row.getCell(colOf('fineBase')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [list(MONEY_FACTS.map((f) => FACTS[f].label.zh))],
    };
  }
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { key: 'a', width: 18 },
    { key: 'b', width: 100 },
  ];
  const lines: Array<[string, string]> = [
    ['列', '填写要求'],
    ['编码', '必填。本单位内唯一。同一违法行为的各档次各占一行，编码相同；导入时已有编码更新为新草稿，新编码新增。'],
    [
      '违法行为 / 违反条款 / 处罚依据 / 说明',
      '在同一编码的第一行填写。条款写明法律名称和条款，如《中华人民共和国食品安全法》第一百二十四条第一款第（五）项；须为法律法规库中已有的法律。',
    ],
    ['裁量档次', `必填：${opts.levelSet.map((l) => l.name.zh).join('、')}，由轻到重排列。`],
    ['适用情形', '文字描述。'],
    [
      '结构化条件',
      `选填，用于自动试算，如“货值金额≥10000元 或 违法次数≥2”。可用的事实：${Object.values(FACTS)
        .map((f) => f.label.zh)
        .join('、')}；比较符 ≥ > ≤ < = ≠；“且”“或”混用时加括号。除最轻档外只写下限（≥、>）、从重情节或“非”从轻情节。`,
    ],
    [
      '处罚种类',
      `用“；”分隔，如“警告；没收非法财物（违法经营的食品）；可以责令停产停业 7至30日”。种类：${PENALTY_KINDS.map((k) => PENALTY_KIND_LABELS[k].zh).join('、')}。`,
    ],
    [
      '罚款方式',
      `${FIXED}：填罚款下限、上限（元）。${MULTIPLE}：填倍数基数（${MONEY_FACTS.map((f) => FACTS[f].label.zh).join('、')}）、最低倍数、最高倍数（如 0.5、3）；法律规定“基数不足X元的，处Y元以上Z元以下”的，填基数不足（元）和不足时罚款下限、上限。`,
    ],
    ['执法主体 / 版本 / 状态 / 施行日期', '导出时供查阅，导入时不读取。'],
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

export class UnreadableWorkbook extends Error {}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return v.result === undefined ? '' : String(v.result);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** The data rows of the first sheet with a header row; null when none has one. */
export async function readBenchmarksWorkbook(
  data: Buffer,
): Promise<{ rows: Array<{ row: number; cells: SheetRow }> } | null> {
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw new UnreadableWorkbook('not a zip file');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    throw new UnreadableWorkbook(String(err));
  }
  const readable = COLUMNS.filter((c) => !['agency', 'version', 'state', 'effectiveFrom'].includes(c.key));
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
      const texts = new Map<number, string>();
      ws.getRow(r).eachCell((cell, col) => texts.set(col, cellText(cell).replace(/\s+/g, '')));
      const columns = new Map<number, ColumnKey>();
      for (const [col, text] of texts) {
        const c = readable.find((x) => x.header.replace(/\s+/g, '') === text);
        if (c) columns.set(col, c.key);
      }
      if (![...columns.values()].includes('code') || ![...columns.values()].includes('level')) continue;
      const rows: Array<{ row: number; cells: SheetRow }> = [];
      for (let i = r + 1; i <= ws.rowCount; i++) {
        const cells: SheetRow = {};
        for (const [col, key] of columns) {
          const text = cellText(ws.getRow(i).getCell(col));
          if (text) cells[key] = text;
        }
        if (Object.keys(cells).length) rows.push({ row: i, cells });
      }
      return { rows };
    }
  }
  return null;
}
