// The .xlsx layout for importing historical certificates (exceljs): the template (header row, a filled-in example
// row, a sheet of instructions) and reading a sheet (header found by name in the first 10 rows of any sheet).
import ExcelJS from 'exceljs';
import {
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_XLSX_COLUMNS,
  type CertificateXlsxColumnKey,
} from '../../../../contracts/certificate';
import { DOMAIN_LABELS, ENFORCEMENT_DOMAINS } from '../../../../contracts/personnel';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER_SYNONYMS: Record<CertificateXlsxColumnKey, string[]> = {
  number: ['证号', '执法证号', '证件号', '证件编号', '执法证件号'],
  name: ['姓名'],
  residentId: ['身份证号', '身份证号码', '公民身份号码'],
  domains: ['执法领域', '执法类别', '执法区域/领域'],
  issuingAuthority: ['发证机关', '发证机关/区域', '发证单位'],
  issuedOn: ['发证日期', '发证时间'],
  expiresOn: ['有效期至', '有效期', '截止日期'],
  status: ['状态', '证件状态'],
};
const squash = (s: string) => s.replace(/\s+/g, '');

export function columnOfHeader(text: string): CertificateXlsxColumnKey | null {
  const t = squash(text);
  if (!t) return null;
  for (const col of CERTIFICATE_XLSX_COLUMNS) if (HEADER_SYNONYMS[col.key].includes(t)) return col.key;
  return null;
}

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export async function certificateTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'xzzf 行政执法监督平台';
  wb.created = new Date(0);
  const ws = wb.addWorksheet('执法证', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = CERTIFICATE_XLSX_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.addRow({
    number: '53340102000001',
    name: '张三',
    residentId: '（18 位身份证号）',
    domains: '市场监管、综合行政执法',
    issuingAuthority: '香格里拉市人民政府',
    issuedOn: '2024-03-01',
    expiresOn: '2029-02-28',
    status: '有效',
  });
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { key: 'a', width: 14 },
    { key: 'b', width: 100 },
  ];
  const lines: [string, string][] = [
    ['列', '填写要求'],
    ['证号', '必填，本行政区划内唯一（历史证件沿用原证号，不套用现行格式）。'],
    ['姓名', '必填，须与身份证号对应的执法人员姓名一致。'],
    ['身份证号', '必填，18 位；须为本平台已登记的执法人员（先在“执法人员”中登记）。'],
    ['执法领域', `必填，多个用顿号分隔。可填：${ENFORCEMENT_DOMAINS.map((d) => DOMAIN_LABELS[d].zh).join('、')}。`],
    ['发证机关', '选填，默认为本级人民政府。'],
    ['发证日期', '必填，日期格式 2024-03-01。'],
    ['有效期至', '必填，不早于发证日期。'],
    [
      '状态',
      `选填，默认有效。可填：${(['valid', 'suspended', 'revoked'] as const).map((s) => CERTIFICATE_STATUS_LABELS[s].zh).join('、')}（过期与否按有效期自动判断）。`,
    ],
    ['说明', '导入的是平台上线前已发放的证件，不再校验考试与培训学时；在平台新发或换证须满足发证条件。'],
    ['删除示例行', '第 2 行是示例，导入前请删除。'],
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

export interface CertificateSheet {
  columns: Map<number, CertificateXlsxColumnKey>;
  rows: Array<{ row: number; cells: Partial<Record<CertificateXlsxColumnKey, string>> }>;
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) {
    const r = v.result;
    return r === undefined || r === null ? '' : r instanceof Date ? r.toISOString().slice(0, 10) : String(r);
  }
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}

export class UnreadableWorkbook extends Error {}

export async function readCertificateWorkbook(data: Buffer): Promise<CertificateSheet | null> {
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw new UnreadableWorkbook('not a zip file');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    throw new UnreadableWorkbook(String(err));
  }
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
      const columns = new Map<number, CertificateXlsxColumnKey>();
      ws.getRow(r).eachCell((cell, col) => {
        const key = columnOfHeader(cellText(cell));
        if (key && ![...columns.values()].includes(key)) columns.set(col, key);
      });
      if (!['number', 'name', 'residentId'].every((k) => [...columns.values()].includes(k as CertificateXlsxColumnKey)))
        continue;
      const rows: CertificateSheet['rows'] = [];
      for (let n = r + 1; n <= ws.rowCount; n++) {
        const row = ws.getRow(n);
        const cells: Partial<Record<CertificateXlsxColumnKey, string>> = {};
        for (const [col, key] of columns) {
          const t = cellText(row.getCell(col)).trim();
          if (t) cells[key] = t;
        }
        if (Object.keys(cells).length) rows.push({ row: n, cells });
      }
      return { columns, rows };
    }
  }
  return null;
}

/** Writes a sheet in the import layout (tests and the demo use it). */
export async function writeCertificateWorkbook(
  rows: ReadonlyArray<Partial<Record<CertificateXlsxColumnKey, string>>>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法证');
  ws.columns = CERTIFICATE_XLSX_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
