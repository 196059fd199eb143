// Importing an agency's powers list from .xlsx into a draft change request. Every row is checked (the cells, then
// the whole set of changes the sheet makes against the list in force), and every problem is reported with its
// Excel row, column and message. By default a sheet with any wrong row writes nothing (400, one field per
// problem: rows.<row>.<column>); in 'valid_rows' mode the valid rows are written and the rest reported.
import type { z } from 'zod';
import {
  POWER_XLSX_COLUMNS,
  powerContentInput,
  type PowerContentInput,
  type PowerImportIssue,
  type PowerImportReport,
  type PowerXlsxColumnKey,
  type powerChangeInput,
  type powerImportBody,
} from '../../../../contracts/power';
import type { Actor } from '../../platform/auth/policy';
import type { Tx } from '../../platform/db/client';
import { AppError, invalidInput, localize, type FieldError } from '../../platform/errors';
import { issuesToError } from '../../platform/http/validation';
import type { Lang } from '../../platform/i18n/i18n';
import { shanghaiDate } from '../../platform/legal-date';
import type { WriteResult } from '../../platform/http/request';
import { checkChanges, placeForWrite, writeNewRequest, type PreparedChange } from './power-request.service';
import {
  columnLetter,
  matchAgency,
  parseCategory,
  parseLevel,
  parseSubItems,
  REQUIRED_COLUMNS,
  splitNames,
  type NamedAgency,
} from './power-sheet';
import { readPowersWorkbook, UnreadableWorkbook } from './power-xlsx';
import { activeAgenciesOfTenant, itemsOfAgency, versionsByIds } from './power.repository';

type ChangeInput = z.output<typeof powerChangeInput>;
type Localized = { zh: string; en: string };

const HEADER_OF = Object.fromEntries(POWER_XLSX_COLUMNS.map((c) => [c.key, c.header])) as Record<
  PowerXlsxColumnKey,
  string
>;

/** Where a content field is written in the sheet. */
const COLUMN_OF_FIELD: Record<string, PowerXlsxColumnKey> = {
  code: 'code',
  name: 'name',
  category: 'category',
  subItems: 'subItems',
  basisText: 'basisText',
  basisRefs: 'basisText',
  duty: 'duty',
  accountability: 'accountability',
  level: 'level',
  delegatedFromAgencyId: 'delegatedFrom',
  delegatedToTownshipIds: 'delegatedTo',
  remarks: 'remarks',
};

interface Issue {
  row: number;
  column: PowerXlsxColumnKey;
  text: Localized;
}

const both = (fe: FieldError): Localized =>
  fe.text ?? { zh: localize(fe.key, fe.params ?? {}, 'zh'), en: localize(fe.key, fe.params ?? {}, 'en') };

export async function importPowers(
  tx: Tx,
  actor: Actor,
  body: z.output<typeof powerImportBody>,
  lang: Lang,
  now: Date,
): Promise<WriteResult<PowerImportReport>> {
  const place = await placeForWrite(tx, actor, body.agencyId);
  let sheet;
  try {
    sheet = await readPowersWorkbook(Buffer.from(body.contentBase64, 'base64'));
  } catch (err) {
    if (err instanceof UnreadableWorkbook) throw invalidInput({ contentBase64: 'power_import_unreadable' });
    throw err;
  }
  if (!sheet) throw invalidInput({ contentBase64: 'power_import_no_header' });
  const present = new Set(sheet.columns.values());
  const missing = REQUIRED_COLUMNS.filter((c) => !present.has(c));
  if (missing.length) {
    const names = missing.map((c) => HEADER_OF[c]);
    throw invalidInput({
      contentBase64: {
        key: 'power_import_no_header',
        text: { zh: `表头缺少列：${names.join('、')}`, en: `The header lacks the columns ${names.join(', ')}` },
      },
    });
  }
  if (sheet.rows.length === 0) throw invalidInput({ contentBase64: 'power_import_empty' });
  const letterOf = new Map([...sheet.columns].map(([n, key]) => [key, columnLetter(n)]));

  const today = shanghaiDate(now);
  const agencies: NamedAgency[] = await activeAgenciesOfTenant(tx, place.tenantId);
  const townships = agencies.filter((a) => a.kind === 'township_government');
  const current = await itemsOfAgency(tx, place.tenantId, place.agencyId, today);
  const byCode = new Map(current.map((i) => [i.code, i]));
  const latest = new Map(
    (
      await versionsByIds(
        tx,
        place.tenantId,
        current.map((i) => i.latestVersionId),
      )
    ).map((v) => [v.id, v]),
  );

  const issues: Issue[] = [];
  const candidates: Array<{ row: number; change: ChangeInput }> = [];
  const reasonText = body.reasonText ?? `导入清单 ${body.fileName}`;
  const codesInSheet = new Map<string, number>();
  let unchanged = 0;

  for (const { row, cells } of sheet.rows) {
    const rowIssues: Issue[] = [];
    const fail = (column: PowerXlsxColumnKey, zh: string, en: string) =>
      rowIssues.push({ row, column, text: { zh, en } });
    const cell = (k: PowerXlsxColumnKey) => cells[k] ?? '';
    for (const k of REQUIRED_COLUMNS) if (!cell(k)) fail(k, '必填', 'Required');

    const category = cell('category') ? parseCategory(cell('category')) : null;
    if (cell('category') && !category)
      fail('category', `“${cell('category')}”不是职权类别`, `“${cell('category')}” is not a category`);
    const level = cell('level') ? parseLevel(cell('level')) : null;
    if (cell('level') && !level) fail('level', `“${cell('level')}”不是行使层级`, `“${cell('level')}” is not a level`);

    const towns: string[] = [];
    for (const name of splitNames(cell('delegatedTo'))) {
      const m = matchAgency(name, townships);
      if (m && 'agency' in m) towns.push(m.agency.id);
      else if (m) fail('delegatedTo', `“${name}”对应多个乡镇`, `“${name}” matches several townships`);
      else fail('delegatedTo', `找不到乡镇“${name}”`, `No township named “${name}”`);
    }
    let from: string | null = null;
    if (cell('delegatedFrom')) {
      const m = matchAgency(cell('delegatedFrom'), agencies);
      if (m && 'agency' in m) from = m.agency.id;
      else if (m)
        fail(
          'delegatedFrom',
          `“${cell('delegatedFrom')}”对应多个单位`,
          `“${cell('delegatedFrom')}” matches several agencies`,
        );
      else fail('delegatedFrom', `找不到单位“${cell('delegatedFrom')}”`, `No agency named “${cell('delegatedFrom')}”`);
    }
    const code = cell('code');
    if (code && codesInSheet.has(code)) {
      fail(
        'code',
        `编码 ${code} 与第${codesInSheet.get(code)}行重复`,
        `Code ${code} repeats row ${codesInSheet.get(code)}`,
      );
    } else if (code) codesInSheet.set(code, row);

    const raw: PowerContentInput = {
      code,
      name: cell('name'),
      category: (category ?? 'other') as PowerContentInput['category'],
      subItems: parseSubItems(cell('subItems')),
      basisText: cell('basisText'),
      duty: cell('duty'),
      accountability: cell('accountability'),
      level: (level ?? 'county') as PowerContentInput['level'],
      delegatedFromAgencyId: from,
      delegatedToTownshipIds: towns,
      remarks: cell('remarks') || null,
    };
    const parsed = powerContentInput.safeParse(raw);
    if (!parsed.success) {
      const fields = issuesToError(parsed.error.issues).fields;
      for (const [path, fe] of Object.entries(fields)) {
        const column = COLUMN_OF_FIELD[path.split('.')[0]] ?? 'code';
        if (!rowIssues.some((i) => i.column === column)) rowIssues.push({ row, column, text: both(fe) });
      }
    }
    if (rowIssues.length) {
      issues.push(...rowIssues);
      continue;
    }
    const content = parsed.data!;
    const item = byCode.get(code);
    if (item) {
      const v = latest.get(item.latestVersionId);
      if (v && unchangedCheap(v, content)) {
        unchanged++;
        continue;
      }
      candidates.push({
        row,
        change: { kind: 'modify', itemId: item.id, reason: body.reason, reasonText, content },
      });
    } else {
      candidates.push({ row, change: { kind: 'add', reason: body.reason, reasonText, content } });
    }
  }
  if (body.cancelMissing) {
    for (const item of current) {
      if (!codesInSheet.has(item.code) && !item.cancelledOn) {
        candidates.push({ row: 0, change: { kind: 'cancel', itemId: item.id, reason: body.reason, reasonText } });
      }
    }
  }

  // Check the changes as one request; drop what is unchanged (and, in valid_rows mode, what is wrong) and check
  // the rest again, until nothing more drops.
  let prepared: (PreparedChange | null)[] = [];
  for (let pass = 0; ; pass++) {
    if (pass > 20) throw new Error('import: the changes did not settle');
    const checked = await checkChanges(
      tx,
      place,
      candidates.map((c) => c.change),
      now,
    );
    prepared = checked.prepared;
    const byIndex = new Map<number, Array<[string, FieldError]>>();
    for (const [path, fe] of Object.entries(checked.errors)) {
      const i = Number(path.split('.')[1]);
      byIndex.set(i, [...(byIndex.get(i) ?? []), [path, fe]]);
    }
    if (byIndex.size === 0) break;
    const drop = new Set<number>();
    for (const [i, errs] of byIndex) {
      if (errs.every(([, fe]) => fe.key === 'power_no_difference')) {
        unchanged++;
        drop.add(i);
        continue;
      }
      for (const [path, fe] of errs) {
        if (fe.key === 'power_no_difference') continue;
        const parts = path.split('.');
        const column = parts[2] === 'content' && parts[3] ? (COLUMN_OF_FIELD[parts[3]] ?? 'code') : 'code';
        issues.push({ row: candidates[i].row, column, text: both(fe) });
      }
      drop.add(i);
    }
    const keep = candidates.filter((_, i) => !drop.has(i));
    candidates.splice(0, candidates.length, ...keep);
  }

  const problem = (i: Issue, in_: Lang = lang): PowerImportIssue => {
    const letter = letterOf.get(i.column) ?? '';
    const header = HEADER_OF[i.column];
    const where = {
      zh: i.row ? `第${i.row}行 ${letter}列（${header}）：` : '',
      en: i.row ? `Row ${i.row}, column ${letter} (${header}): ` : '',
    };
    return { row: i.row, column: letter, header, message: where[in_] + i.text[in_] };
  };
  const order = (k: PowerXlsxColumnKey) => POWER_XLSX_COLUMNS.findIndex((c) => c.key === k);
  issues.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));

  if (issues.length && (body.mode === 'all_or_nothing' || candidates.length === 0)) {
    const fields: Record<string, FieldError> = {};
    for (const i of issues) {
      const key = `rows.${i.row}.${i.column}`;
      const text = { zh: problem(i, 'zh').message, en: problem(i, 'en').message };
      const before = fields[key]?.text;
      fields[key] = {
        key: 'invalid_input',
        text: before ? { zh: `${before.zh}；${i.text.zh}`, en: `${before.en}; ${i.text.en}` } : text,
      };
    }
    const key = body.mode === 'all_or_nothing' ? 'power_import_rows_invalid' : 'power_import_nothing_valid';
    throw new AppError('invalid_input', 400, key, { count: issues.length }, fields);
  }

  const final = prepared.filter((p): p is PreparedChange => p !== null);
  const counts = {
    add: final.filter((c) => c.kind === 'add').length,
    modify: final.filter((c) => c.kind === 'modify').length,
    cancel: final.filter((c) => c.kind === 'cancel').length,
    unchanged,
  };
  const warnings: PowerImportIssue[] = [];
  final.forEach((c, i) => {
    if (c.content?.basisProblems.length) {
      const text = {
        zh: `依据未关联：${c.content.basisProblems.map((p) => p.zh).join('；')}`,
        en: `Basis not linked: ${c.content.basisProblems.map((p) => p.en).join('; ')}`,
      };
      warnings.push(problem({ row: candidates[i].row, column: 'basisText', text }));
    }
  });
  const rejected = issues.map((i) => problem(i));
  const validRows = sheet.rows.length - new Set(issues.map((i) => i.row)).size;
  if (final.length === 0) {
    return {
      result: { request: null, rows: sheet.rows.length, validRows, counts, rejected, warnings },
      recordIds: [],
      tenantId: place.tenantId,
      detail: { file: body.fileName, outcome: 'unchanged' },
    };
  }
  const written = await writeNewRequest(tx, actor, place, body.title ?? `导入：${body.fileName}`, final, now, {
    kind: 'import',
    file: body.fileName,
  });
  const { changes: _changes, events: _events, agencies: _agencies, articles: _articles, ...request } = written.result;
  return {
    result: { request, rows: sheet.rows.length, validRows, counts, rejected, warnings },
    recordIds: written.recordIds,
    tenantId: place.tenantId,
    detail: { file: body.fileName, mode: body.mode, ...counts, rejected: rejected.length },
  };
}

/** Unchanged without resolving anything: every field equal, the same basis text, and that basis already linked. */
function unchangedCheap(
  v: Awaited<ReturnType<typeof versionsByIds>>[number],
  c: z.output<typeof powerContentInput>,
): boolean {
  if (v.basisProblems.length > 0 || v.basisText !== c.basisText) return false;
  const sub = (s: ReadonlyArray<{ code?: string | null; name: string }>) =>
    JSON.stringify(s.map((x) => [x.code || null, x.name]));
  return (
    v.code === c.code &&
    v.name === c.name &&
    v.category === c.category &&
    sub(v.subItems) === sub(c.subItems) &&
    v.duty === c.duty &&
    v.accountability === c.accountability &&
    v.level === c.level &&
    (v.delegatedFromAgencyId ?? null) === (c.delegatedFromAgencyId ?? null) &&
    JSON.stringify([...v.delegatedToTownshipIds].sort()) === JSON.stringify([...c.delegatedToTownshipIds].sort()) &&
    (v.remarks ?? null) === (c.remarks ?? null)
  );
}
