// Bulk import of historical certificates (issued before the platform, outside it) from .xlsx. Each row is matched
// to a registered officer by resident ID (through its digest: the ID is never stored in clear) and checked; every
// problem is reported with its Excel row, column and message. By default a sheet with any wrong row writes nothing
// (400, one field per problem: rows.<row>.<column>); in 'valid_rows' mode the valid rows are written and the rest
// reported. Imported certificates skip the exam and training check (they were issued outside the platform under
// the rules then in force) and are marked source 'import'.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  CERTIFICATE_XLSX_COLUMNS,
  certificateNumber,
  type CertificateImportIssue,
  type CertificateImportReport,
  type CertificateXlsxColumnKey,
  type StoredCertificateStatus,
} from '../../../../contracts/certificate';
import { isValidResidentId } from '../../../../contracts/identifiers';
import { DOMAIN_LABELS, ENFORCEMENT_DOMAINS, type EnforcementDomain } from '../../../../contracts/personnel';
import { scopesFor, tenantsReachable, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError, invalidInput, notFound, type FieldError } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import type { Lang } from '../../platform/i18n/i18n';
import { shanghaiDate } from '../../platform/legal-date';
import { newSecret } from '../../platform/crypto/tokens';
import { agencies } from '../agencies/agency.schema';
import { officers } from '../personnel/officer.schema';
import { residentIdDigest } from '../personnel/officer-lookup.service';
import { addMonths } from './certificate.machine';
import { certificateEvents, certificates } from './certificate.schema';
import { currentCertificatesOf, scopeColumns } from './certificate.repository';
import { defaultAuthority } from './certificate-write.service';
import { columnLetter, readCertificateWorkbook, UnreadableWorkbook } from './certificate-xlsx';

type Localized = { zh: string; en: string };
interface Issue {
  row: number;
  column: CertificateXlsxColumnKey;
  text: Localized;
}

const HEADER_OF = Object.fromEntries(CERTIFICATE_XLSX_COLUMNS.map((c) => [c.key, c.header])) as Record<
  CertificateXlsxColumnKey,
  string
>;

const DOMAIN_BY_LABEL = new Map<string, EnforcementDomain>(
  ENFORCEMENT_DOMAINS.flatMap((d) => [
    [DOMAIN_LABELS[d].zh, d],
    [DOMAIN_LABELS[d].en.toLowerCase(), d],
    [d, d],
  ]),
);
const STATUS_BY_LABEL: Record<string, StoredCertificateStatus> = {
  有效: 'valid',
  正常: 'valid',
  已过期: 'valid',
  过期: 'valid',
  暂扣: 'suspended',
  已暂扣: 'suspended',
  注销: 'revoked',
  已注销: 'revoked',
  吊销: 'revoked',
  已吊销: 'revoked',
  收回: 'revoked',
  已收回: 'revoked',
};

/** 2024-03-01, 2024/3/1, 2024.03.01 or 2024年3月1日 → 2024-03-01; null when not a real date. */
export function parseSheetDate(s: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

export async function importCertificates(
  tx: Tx,
  ctx: Pick<AppContext, 'dataKey'>,
  actor: Actor,
  body: { tenant?: string; fileName: string; contentBase64: string; mode: 'all_or_nothing' | 'valid_rows' },
  lang: Lang,
  now: Date,
): Promise<WriteResult<CertificateImportReport>> {
  const tenantId = body.tenant ?? actor.tenantId;
  if (!tenantsReachable(actor, 'certificate.write').includes(tenantId)) throw notFound('tenant_not_found');
  let sheet;
  try {
    sheet = await readCertificateWorkbook(Buffer.from(body.contentBase64, 'base64'));
  } catch (err) {
    if (err instanceof UnreadableWorkbook) throw invalidInput({ contentBase64: 'certificate_import_unreadable' });
    throw err;
  }
  if (!sheet) throw invalidInput({ contentBase64: 'certificate_import_no_header' });
  if (sheet.rows.length === 0) throw invalidInput({ contentBase64: 'certificate_import_empty' });
  const letterOf = new Map([...sheet.columns].map(([n, key]) => [key, columnLetter(n)]));
  const today = shanghaiDate(now);

  // The officers the rows name, within the caller's write scope, found by resident ID digest.
  const digests = new Map<number, string>();
  for (const { row, cells } of sheet.rows) {
    const id = (cells.residentId ?? '').toUpperCase();
    if (isValidResidentId(id, now)) digests.set(row, residentIdDigest(ctx.dataKey, id));
  }
  const found = digests.size
    ? await tx
        .select({
          id: officers.id,
          name: officers.name,
          agencyId: officers.agencyId,
          digest: officers.residentIdDigest,
        })
        .from(officers)
        .innerJoin(agencies, and(eq(agencies.tenantId, officers.tenantId), eq(agencies.id, officers.agencyId)))
        .where(
          and(
            agencyScopeWhere(scopesFor(actor, 'certificate.write'), scopeColumns),
            eq(officers.tenantId, tenantId),
            inArray(officers.residentIdDigest, [...new Set(digests.values())]),
          ),
        )
    : [];
  const officerByDigest = new Map(found.map((o) => [o.digest, o]));
  const numbers = sheet.rows.map((r) => r.cells.number ?? '').filter(Boolean);
  const taken = new Set(
    numbers.length
      ? (
          await tx
            .select({ number: certificates.number })
            .from(certificates)
            .where(and(eq(certificates.tenantId, tenantId), inArray(certificates.number, numbers)))
        ).map((r) => r.number)
      : [],
  );
  const held = new Map(
    (
      await currentCertificatesOf(
        tx,
        tenantId,
        found.map((o) => o.id),
        today,
      )
    ).map((c) => [c.officerId, c.number]),
  );
  const authority = await defaultAuthority(tx, tenantId);

  const issues: Issue[] = [];
  const numbersInSheet = new Map<string, number>();
  const currentInSheet = new Map<string, number>();
  const good: Array<{ row: number; value: typeof certificates.$inferInsert }> = [];

  for (const { row, cells } of sheet.rows) {
    const rowIssues: Issue[] = [];
    const fail = (column: CertificateXlsxColumnKey, zh: string, en: string) =>
      rowIssues.push({ row, column, text: { zh, en } });
    for (const k of ['number', 'name', 'residentId', 'domains', 'issuedOn', 'expiresOn'] as const)
      if (!cells[k]) fail(k, '必填', 'Required');

    const number = cells.number ?? '';
    if (number && !certificateNumber.safeParse(number).success)
      fail('number', '证号只能由字母、数字和“-”组成（4–40 位）', 'Letters, digits and “-” only (4–40)');
    else if (number && numbersInSheet.has(number))
      fail('number', `证号与第${numbersInSheet.get(number)}行重复`, `Repeats row ${numbersInSheet.get(number)}`);
    else if (number && taken.has(number)) fail('number', '该证号已被使用', 'This number is already in use');
    if (number && !numbersInSheet.has(number)) numbersInSheet.set(number, row);

    let officer: (typeof found)[number] | undefined;
    const rid = (cells.residentId ?? '').toUpperCase();
    if (rid && !digests.has(row)) fail('residentId', '身份证号无效', 'Not a valid resident ID');
    else if (rid) {
      officer = officerByDigest.get(digests.get(row)!);
      if (!officer)
        fail(
          'residentId',
          '未找到该身份证号对应的执法人员（或不在您的数据范围内），请先登记执法人员',
          'No officer with this resident ID in your scope: record the officer first',
        );
      else if (cells.name && cells.name.replace(/\s+/g, '') !== officer.name.replace(/\s+/g, ''))
        fail('name', '姓名与身份证号对应的执法人员不一致', 'Does not match the officer with this resident ID');
    }

    const domains: EnforcementDomain[] = [];
    for (const part of (cells.domains ?? '').split(/[、,，;；/\s]+/).filter(Boolean)) {
      const d = DOMAIN_BY_LABEL.get(part) ?? DOMAIN_BY_LABEL.get(part.toLowerCase());
      if (d) {
        if (!domains.includes(d)) domains.push(d);
      } else fail('domains', `“${part}”不是执法领域`, `“${part}” is not an enforcement domain`);
    }

    const issuedOn = cells.issuedOn ? parseSheetDate(cells.issuedOn) : null;
    const expiresOn = cells.expiresOn ? parseSheetDate(cells.expiresOn) : null;
    if (cells.issuedOn && !issuedOn) fail('issuedOn', '不是有效日期（如 2024-03-01）', 'Not a date (e.g. 2024-03-01)');
    else if (issuedOn && issuedOn > today) fail('issuedOn', '发证日期不得晚于今天', 'After today');
    if (cells.expiresOn && !expiresOn)
      fail('expiresOn', '不是有效日期（如 2029-02-28）', 'Not a date (e.g. 2029-02-28)');
    else if (issuedOn && expiresOn && expiresOn < issuedOn)
      fail('expiresOn', '有效期至不得早于发证日期', 'Before the issue date');
    else if (issuedOn && expiresOn && expiresOn > addMonths(issuedOn, 120))
      fail('expiresOn', '有效期不得超过 10 年', 'A validity may not exceed 10 years');

    const status = cells.status ? STATUS_BY_LABEL[cells.status.replace(/\s+/g, '')] : 'valid';
    if (!status)
      fail('status', `“${cells.status}”不是证件状态（有效、暂扣、注销）`, `“${cells.status}” is not a status`);

    // One current certificate per officer: not revoked and not expired.
    if (officer && status && status !== 'revoked' && expiresOn && expiresOn >= today) {
      const other = held.get(officer.id);
      if (other)
        fail(
          'residentId',
          `该执法人员已持有未注销的执法证（${other}）`,
          `The officer already holds a certificate not revoked (${other})`,
        );
      else if (currentInSheet.has(officer.id))
        fail(
          'residentId',
          `该执法人员在第${currentInSheet.get(officer.id)}行已有未注销的执法证`,
          `The officer has a current certificate in row ${currentInSheet.get(officer.id)}`,
        );
      else currentInSheet.set(officer.id, row);
    }

    if (rowIssues.length) {
      issues.push(...rowIssues);
      continue;
    }
    good.push({
      row,
      value: {
        tenantId,
        id: randomUUID(),
        number,
        officerId: officer!.id,
        agencyId: officer!.agencyId,
        domains,
        region: tenantId,
        issuingAuthority: cells.issuingAuthority ?? authority,
        issuedOn: issuedOn!,
        expiresOn: expiresOn!,
        status: status!,
        source: 'import',
        verifyToken: newSecret(18),
        createdAt: now,
        updatedAt: now,
      },
    });
  }

  const order = (k: CertificateXlsxColumnKey) => CERTIFICATE_XLSX_COLUMNS.findIndex((c) => c.key === k);
  issues.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
  const problem = (i: Issue, in_: Lang = lang): CertificateImportIssue => {
    const letter = letterOf.get(i.column) ?? '';
    const header = HEADER_OF[i.column];
    const where = { zh: `第${i.row}行 ${letter}列（${header}）：`, en: `Row ${i.row}, column ${letter} (${header}): ` };
    return { row: i.row, column: letter, header, message: where[in_] + i.text[in_] };
  };

  if (issues.length && (body.mode === 'all_or_nothing' || good.length === 0)) {
    const fields: Record<string, FieldError> = {};
    for (const i of issues) {
      const key = `rows.${i.row}.${i.column}`;
      const before = fields[key]?.text;
      fields[key] = {
        key: 'invalid_input',
        text: before
          ? { zh: `${before.zh}；${i.text.zh}`, en: `${before.en}; ${i.text.en}` }
          : { zh: problem(i, 'zh').message, en: problem(i, 'en').message },
      };
    }
    const key = body.mode === 'all_or_nothing' ? 'certificate_import_rows_invalid' : 'certificate_import_nothing_valid';
    throw new AppError('invalid_input', 400, key, { count: issues.length }, fields);
  }

  if (good.length) {
    await tx.insert(certificates).values(good.map((g) => g.value));
    await tx.insert(certificateEvents).values(
      good.map((g) => ({
        tenantId,
        id: randomUUID(),
        certificateId: g.value.id!,
        kind: 'import',
        fromStatus: null,
        toStatus: g.value.status!,
        reason: null,
        detail: { file: body.fileName, row: g.row, issuedOn: g.value.issuedOn, expiresOn: g.value.expiresOn },
        actorId: actor.accountId,
        actorName: actor.displayName,
        at: now,
      })),
    );
  }
  return {
    result: { rows: sheet.rows.length, imported: good.length, rejected: issues.map((i) => problem(i)) },
    recordIds: good.map((g) => g.value.id!),
    tenantId,
    detail: { file: body.fileName, mode: body.mode, imported: good.length, rejected: issues.length },
  };
}
