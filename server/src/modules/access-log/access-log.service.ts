// Reading the access log: filters, paging and CSV export, for the audit administrator only.
import { and, desc, eq, gte, ilike, lte, sql, type SQL } from 'drizzle-orm';
import type { AccessLogEntry, AccessLogQuery, AccessOutcome } from '../../../../contracts/access-log';
import { scopesFor, type Actor } from '../../platform/auth/policy';
import { tenantScopeWhere } from '../../platform/auth/scope-sql';
import { accessLog } from '../../platform/audit/access-log.schema';
import type { Executor } from '../../platform/db/client';
import { forbidden } from '../../platform/errors';

type Filter = Omit<AccessLogQuery, 'page' | 'pageSize'>;

function where(actor: Actor, f: Filter): SQL {
  const conds: SQL[] = [tenantScopeWhere(scopesFor(actor, 'access_log.read'), accessLog.tenantId)];
  conds.push(eq(accessLog.tenantId, f.tenant ?? actor.tenantId));
  if (f.from) conds.push(gte(accessLog.at, new Date(f.from)));
  if (f.to) conds.push(lte(accessLog.at, new Date(f.to)));
  if (f.actor) conds.push(ilike(accessLog.actorUsername, `%${f.actor}%`));
  if (f.action) conds.push(ilike(accessLog.action, `%${f.action}%`));
  if (f.outcome) conds.push(eq(accessLog.outcome, f.outcome));
  if (f.ip) conds.push(ilike(accessLog.ip, `%${f.ip}%`));
  if (f.record) conds.push(sql`${f.record} = any(${accessLog.recordIds})`);
  return and(...conds)!;
}

function present(r: typeof accessLog.$inferSelect): AccessLogEntry {
  return {
    id: String(r.id),
    tenantId: r.tenantId,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorUsername: r.actorUsername,
    ip: r.ip,
    userAgent: r.userAgent,
    method: r.method,
    route: r.route,
    action: r.action,
    recordIds: r.recordIds,
    outcome: r.outcome as AccessOutcome,
    statusCode: r.statusCode,
    requestId: r.requestId,
    detail: r.detail ?? null,
  };
}

function assertTenant(actor: Actor, tenant: string | undefined): void {
  const scopes = scopesFor(actor, 'access_log.read');
  const t = tenant ?? actor.tenantId;
  if (!scopes.some((s) => s.kind === 'tenants' && s.tenantIds.includes(t))) throw forbidden('out_of_scope');
}

export async function searchAccessLog(ex: Executor, actor: Actor, q: AccessLogQuery) {
  assertTenant(actor, q.tenant);
  const w = where(actor, q);
  const [rows, total] = await Promise.all([
    ex
      .select()
      .from(accessLog)
      .where(w)
      .orderBy(desc(accessLog.at), desc(accessLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ex
      .select({ n: sql<number>`count(*)::int` })
      .from(accessLog)
      .where(w),
  ]);
  return { items: rows.map(present), total: total[0]?.n ?? 0 };
}

const CSV_LIMIT = 100_000;
const CSV_HEADER = [
  '时间(北京时间)',
  '行政区划',
  '操作人',
  'IP',
  '终端',
  '方法',
  '接口',
  '操作',
  '记录',
  '结果',
  '状态码',
  '请求号',
  '详情',
];

/** A cell safe for spreadsheets: quoted, and formula-looking values defused (CSV injection). */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function exportAccessLogCsv(ex: Executor, actor: Actor, f: Filter): Promise<string> {
  assertTenant(actor, f.tenant);
  const rows = await ex
    .select()
    .from(accessLog)
    .where(where(actor, f))
    .orderBy(desc(accessLog.at), desc(accessLog.id))
    .limit(CSV_LIMIT);
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.at.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }),
        r.tenantId,
        r.actorUsername,
        r.ip,
        r.userAgent,
        r.method,
        r.route,
        r.action,
        r.recordIds.join(' '),
        r.outcome,
        r.statusCode,
        r.requestId,
        r.detail ? JSON.stringify(r.detail) : '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  // UTF-8 BOM so that spreadsheet programs open the Chinese text correctly.
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
