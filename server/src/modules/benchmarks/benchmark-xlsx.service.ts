// Import and export of benchmarks as .xlsx (layout in benchmark-xlsx.ts). Import checks every row first and
// reports each problem with its row and column; by default nothing is written if any row is wrong, or, on
// request, the benchmarks whose rows are all valid are written and the others reported. An imported benchmark
// becomes a draft (new code: a new benchmark; known code: a new draft of it, unless nothing changed).
import {
  benchmarkDraftBody,
  type BenchmarkImportBody,
  type BenchmarkImportReport,
  type BenchmarkVersionSummary,
} from '../../../../contracts/benchmark';
import type { Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { and, eq } from 'drizzle-orm';
import { AppError, invalidInput, localize, notFound } from '../../platform/errors';
import { agencies } from '../agencies/agency.schema';
import type { WriteResult } from '../../platform/http/request';
import { issuesToError } from '../../platform/http/validation';
import type { Lang } from '../../platform/i18n/i18n';
import { shanghaiDate } from '../../platform/legal-date';
import { canonicalJson } from './benchmark-evaluate';
import { levelSetOf } from './benchmark-level-set.service';
import { versionStates } from './benchmark.presenter';
import { findBenchmarkByCode, listBenchmarkRows, listVersions } from './benchmark.repository';
import { agencyForWrite, buildContent, createBenchmark, readScope, saveDraft } from './benchmark.service';
import {
  draftsOfRows,
  locate,
  readBenchmarksWorkbook,
  rowsOfContent,
  UnreadableWorkbook,
  writeBenchmarksWorkbook,
  type RowError,
  type SheetRow,
} from './benchmark-xlsx';

const STATE_LABELS: Record<BenchmarkVersionSummary['state'], string> = {
  draft: '草稿',
  in_force: '施行中',
  scheduled: '待施行',
  superseded: '已被替代',
};

export async function exportBenchmarks(
  ex: Executor,
  actor: Actor,
  query: { tenant?: string; agencyId?: string },
  now: Date,
): Promise<{ fileName: string; data: Buffer }> {
  const tenantId = query.tenant ?? actor.tenantId;
  if (query.agencyId) {
    // One agency's file: an agency outside the scope is not found (as GET /api/benchmarks/:id would be).
    const [agency] = await ex
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(readScope(actor), eq(agencies.tenantId, tenantId), eq(agencies.id, query.agencyId)));
    if (!agency) throw notFound('agency_not_found');
  }
  const rows = await listBenchmarkRows(ex, { scopeWhere: readScope(actor), tenantId, agencyId: query.agencyId });
  const versions = await listVersions(
    ex,
    tenantId,
    rows.map((r) => r.benchmark.id),
  );
  const today = shanghaiDate(now);
  const sheet: SheetRow[] = [];
  for (const r of rows) {
    const mine = versions.filter((v) => v.benchmarkId === r.benchmark.id);
    const latest = mine[0];
    const { inForce } = versionStates(mine, today);
    const state =
      latest.status === 'draft'
        ? 'draft'
        : latest.effectiveFrom! > today
          ? 'scheduled'
          : latest.versionNo === inForce?.versionNo
            ? 'in_force'
            : 'superseded';
    sheet.push(
      ...rowsOfContent(r.benchmark.code, latest.content, {
        agency: r.agency.name,
        version: String(latest.versionNo),
        state: STATE_LABELS[state],
        effectiveFrom: latest.effectiveFrom ?? '',
      }),
    );
  }
  const agencyName = query.agencyId ? (rows[0]?.agency.name ?? '') : '';
  const data = await writeBenchmarksWorkbook({
    title: `${agencyName || '各单位'}行政执法自由裁量基准`,
    subtitle: `导出日期：${today}（每个违法行为的最新版本；填写说明见第二个工作表）`,
    rows: sheet,
    levelSet: await levelSetOf(ex, tenantId),
  });
  return { fileName: `行政执法自由裁量基准-${agencyName || '全部'}-${today}.xlsx`, data };
}

export async function importBenchmarks(
  tx: Tx,
  actor: Actor,
  body: Required<BenchmarkImportBody>,
  now: Date,
  lang: Lang,
): Promise<WriteResult<BenchmarkImportReport>> {
  const agency = await agencyForWrite(tx, actor, body.agencyId);
  let sheet: Awaited<ReturnType<typeof readBenchmarksWorkbook>>;
  try {
    sheet = await readBenchmarksWorkbook(Buffer.from(body.contentBase64, 'base64'));
  } catch (err) {
    if (err instanceof UnreadableWorkbook) throw invalidInput({ contentBase64: 'benchmark_import_unreadable' });
    throw err;
  }
  if (!sheet) throw invalidInput({ contentBase64: 'benchmark_import_no_header' });
  if (sheet.rows.length === 0) throw invalidInput({ contentBase64: 'benchmark_import_empty' });

  const levelSet = await levelSetOf(tx, agency.tenantId);
  const errors: RowError[] = [];
  const parsed = draftsOfRows(sheet.rows, levelSet, errors);
  const messageOf = (e: AppError, field: string) => {
    const fe = e.fields[field];
    return fe.text ? fe.text[lang] : localize(fe.key, fe.params ?? {}, lang);
  };
  const plans: Array<{ code: string; draft: ReturnType<typeof benchmarkDraftBody.parse>; existingId: string | null }> =
    [];
  const unchanged: string[] = [];
  const skipped: string[] = [];
  for (const p of parsed) {
    const before = errors.length;
    const rowsOf = new Set(p.rows);
    if (errors.some((e) => rowsOf.has(e.row))) {
      skipped.push(p.code);
      continue;
    }
    const checked = benchmarkDraftBody.safeParse(p.draft);
    if (!checked.success) {
      const e = issuesToError(checked.error.issues);
      for (const field of Object.keys(e.fields)) errors.push({ ...locate(p, field), message: messageOf(e, field) });
      skipped.push(p.code);
      continue;
    }
    let content;
    try {
      content = await buildContent(tx, agency.tenantId, checked.data, now);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'invalid_input') throw err;
      for (const field of Object.keys(err.fields)) errors.push({ ...locate(p, field), message: messageOf(err, field) });
    }
    if (errors.length > before || !content) {
      skipped.push(p.code);
      continue;
    }
    const existing = await findBenchmarkByCode(tx, agency.tenantId, agency.id, p.code);
    if (existing) {
      const [latest] = await listVersions(tx, agency.tenantId, [existing.id]);
      if (canonicalJson(latest.content) === canonicalJson(content)) {
        unchanged.push(p.code);
        continue;
      }
    }
    plans.push({ code: p.code, draft: checked.data, existingId: existing?.id ?? null });
  }
  errors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));

  const report: BenchmarkImportReport = {
    mode: body.mode,
    written: false,
    rows: sheet.rows.length,
    benchmarks: parsed.length,
    created: [],
    updated: [],
    unchanged,
    skipped,
    errors,
  };
  if (errors.length === 0 || body.mode === 'valid_rows') {
    const ids: string[] = [];
    for (const plan of plans) {
      if (plan.existingId) {
        await saveDraft(tx, actor, plan.existingId, plan.draft, now);
        report.updated.push(plan.code);
        ids.push(plan.existingId);
      } else {
        const created = await createBenchmark(tx, actor, { ...plan.draft, agencyId: agency.id }, now);
        report.created.push(plan.code);
        ids.push(created.result.id);
      }
    }
    report.written = ids.length > 0;
    return {
      result: report,
      recordIds: ids,
      tenantId: agency.tenantId,
      detail: {
        file: body.fileName,
        created: report.created.length,
        updated: report.updated.length,
        errors: errors.length,
      },
    };
  }
  return {
    result: report,
    recordIds: [],
    tenantId: agency.tenantId,
    detail: { file: body.fileName, errors: errors.length, written: false },
  };
}
