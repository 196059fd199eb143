// Queries on certificates. Scope follows the officer: a certificate is reached through its holder's current
// agency (officers → agencies), so the caller's data scope applies in the query.
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { officers } from '../personnel/officer.schema';
import { certificateEvents, certificates } from './certificate.schema';

export type CertificateRow = typeof certificates.$inferSelect;
export type CertificateInsert = typeof certificates.$inferInsert;
export type CertificateEventRow = typeof certificateEvents.$inferSelect;

/** The certificate's own agency (issued for): an alias beside the officer's current agency. */
const issuedFor = alias(agencies, 'issued_for');

export interface CertificateJoined {
  certificate: CertificateRow;
  officer: { id: string; name: string; status: string; photoFileId: string | null };
  /** The officer's current agency (what scope is checked against). */
  holderAgency: { id: string; tenantId: string; name: string; path: string };
  agency: { id: string; name: string };
}

const joinedColumns = {
  certificate: certificates,
  officer: { id: officers.id, name: officers.name, status: officers.status, photoFileId: officers.photoFileId },
  holderAgency: { id: agencies.id, tenantId: agencies.tenantId, name: agencies.name, path: agencies.path },
  agency: { id: issuedFor.id, name: issuedFor.name },
};

function joined(ex: Executor) {
  return ex
    .select(joinedColumns)
    .from(certificates)
    .innerJoin(officers, and(eq(officers.tenantId, certificates.tenantId), eq(officers.id, certificates.officerId)))
    .innerJoin(agencies, and(eq(agencies.tenantId, officers.tenantId), eq(agencies.id, officers.agencyId)))
    .innerJoin(issuedFor, and(eq(issuedFor.tenantId, certificates.tenantId), eq(issuedFor.id, certificates.agencyId)));
}

export const scopeColumns = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };

export interface CertificateFilter {
  scopeWhere: SQL;
  tenantId: string;
  today: string;
  officerId?: string;
  agencyId?: string;
  status?: 'valid' | 'suspended' | 'revoked' | 'expired';
  domain?: string;
  q?: string;
  /** [today, until]: only valid ones expiring then. */
  expiringUntil?: string;
}

function filterWhere(f: CertificateFilter): SQL {
  const conds: (SQL | undefined)[] = [f.scopeWhere, eq(certificates.tenantId, f.tenantId)];
  if (f.officerId) conds.push(eq(certificates.officerId, f.officerId));
  if (f.agencyId) conds.push(or(eq(certificates.agencyId, f.agencyId), eq(officers.agencyId, f.agencyId)));
  if (f.domain) conds.push(sql`${f.domain} = any(${certificates.domains})`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(certificates.number, like), ilike(officers.name, like)));
  }
  switch (f.status) {
    case 'valid':
    case 'suspended':
      conds.push(eq(certificates.status, f.status), gte(certificates.expiresOn, f.today));
      break;
    case 'revoked':
      conds.push(eq(certificates.status, 'revoked'));
      break;
    case 'expired':
      conds.push(ne(certificates.status, 'revoked'), lt(certificates.expiresOn, f.today));
      break;
  }
  if (f.expiringUntil) {
    conds.push(
      eq(certificates.status, 'valid'),
      gte(certificates.expiresOn, f.today),
      lte(certificates.expiresOn, f.expiringUntil),
    );
  }
  return and(...conds)!;
}

export async function listCertificates(
  ex: Executor,
  f: CertificateFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: CertificateJoined[]; total: number }> {
  const where = filterWhere(f);
  const rows = (await joined(ex)
    .where(where)
    .orderBy(asc(certificates.number))
    .limit(page.limit)
    .offset(page.offset)) as CertificateJoined[];
  const [{ n }] = await ex
    .select({ n: count() })
    .from(certificates)
    .innerJoin(officers, and(eq(officers.tenantId, certificates.tenantId), eq(officers.id, certificates.officerId)))
    .innerJoin(agencies, and(eq(agencies.tenantId, officers.tenantId), eq(agencies.id, officers.agencyId)))
    .where(where);
  return { rows, total: Number(n) };
}

export async function findCertificateInScope(ex: Executor, scopeWhere: SQL, id: string) {
  const rows = (await joined(ex)
    .where(and(scopeWhere, eq(certificates.id, id)))
    .limit(1)) as CertificateJoined[];
  return rows[0] ?? null;
}

export async function findCertificateByNumber(ex: Executor, tenantId: string, number: string) {
  const rows = (await joined(ex)
    .where(and(eq(certificates.tenantId, tenantId), eq(certificates.number, number)))
    .limit(1)) as CertificateJoined[];
  return rows[0] ?? null;
}

export async function findCertificateByToken(ex: Executor, token: string) {
  const rows = (await joined(ex).where(eq(certificates.verifyToken, token)).limit(1)) as CertificateJoined[];
  return rows[0] ?? null;
}

export async function numberTaken(ex: Executor, tenantId: string, number: string): Promise<boolean> {
  const rows = await ex
    .select({ id: certificates.id })
    .from(certificates)
    .where(and(eq(certificates.tenantId, tenantId), eq(certificates.number, number)))
    .limit(1);
  return rows.length > 0;
}

/** The highest number starting with `prefix` of the given length (for the next serial). */
export async function lastNumberWithPrefix(ex: Executor, tenantId: string, prefix: string, length: number) {
  const rows = await ex
    .select({ number: certificates.number })
    .from(certificates)
    .where(
      and(
        eq(certificates.tenantId, tenantId),
        sql`${certificates.number} like ${`${prefix}%`}`,
        sql`length(${certificates.number}) = ${length}`,
      ),
    )
    .orderBy(desc(certificates.number))
    .limit(1);
  return rows[0]?.number ?? null;
}

/** The officer's certificates that are not revoked and not expired on `today`. */
export async function currentCertificatesOf(ex: Executor, tenantId: string, officerIds: string[], today: string) {
  if (officerIds.length === 0) return [];
  return ex
    .select({
      id: certificates.id,
      officerId: certificates.officerId,
      number: certificates.number,
      status: certificates.status,
      expiresOn: certificates.expiresOn,
    })
    .from(certificates)
    .where(
      and(
        eq(certificates.tenantId, tenantId),
        inArray(certificates.officerId, officerIds),
        ne(certificates.status, 'revoked'),
        gte(certificates.expiresOn, today),
      ),
    );
}

export async function eventsOf(ex: Executor, tenantId: string, certificateId: string) {
  return ex
    .select()
    .from(certificateEvents)
    .where(and(eq(certificateEvents.tenantId, tenantId), eq(certificateEvents.certificateId, certificateId)))
    .orderBy(asc(certificateEvents.at), asc(certificateEvents.seq));
}

export async function insertCertificate(tx: Executor, row: CertificateInsert) {
  const rows = await tx.insert(certificates).values(row).returning();
  return rows[0];
}

export async function updateCertificateRow(
  tx: Tx | Executor,
  tenantId: string,
  id: string,
  set: Partial<CertificateInsert>,
) {
  const rows = await tx
    .update(certificates)
    .set(set)
    .where(and(eq(certificates.tenantId, tenantId), eq(certificates.id, id)))
    .returning();
  return rows[0];
}

export async function insertEvents(tx: Executor, rows: (typeof certificateEvents.$inferInsert)[]) {
  if (rows.length) await tx.insert(certificateEvents).values(rows);
}

/** Officers with their current agency, within a scope (the issue form's officer picker). */
export async function findOfficersInScope(
  ex: Executor,
  scopeWhere: SQL,
  f: { tenantId?: string; q?: string; officerId?: string; limit: number },
) {
  const conds: (SQL | undefined)[] = [scopeWhere];
  if (f.tenantId) conds.push(eq(officers.tenantId, f.tenantId));
  if (f.officerId) conds.push(eq(officers.id, f.officerId));
  if (f.q) conds.push(ilike(officers.name, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return ex
    .select({
      id: officers.id,
      tenantId: officers.tenantId,
      name: officers.name,
      status: officers.status,
      staffingType: officers.staffingType,
      domains: officers.domains,
      agencyId: agencies.id,
      agencyName: agencies.name,
      agencyPath: agencies.path,
    })
    .from(officers)
    .innerJoin(agencies, and(eq(agencies.tenantId, officers.tenantId), eq(agencies.id, officers.agencyId)))
    .where(and(...conds))
    .orderBy(asc(officers.name), asc(officers.id))
    .limit(f.limit);
}

/** Valid certificates expiring in [today, until], and lapsed ones (not revoked, expired) of officers in post. */
export async function alertRows(ex: Executor, scopeWhere: SQL, tenantId: string, today: string, until: string) {
  return ex
    .select({
      id: certificates.id,
      number: certificates.number,
      officerName: officers.name,
      agencyName: agencies.name,
      expiresOn: certificates.expiresOn,
      status: certificates.status,
    })
    .from(certificates)
    .innerJoin(officers, and(eq(officers.tenantId, certificates.tenantId), eq(officers.id, certificates.officerId)))
    .innerJoin(agencies, and(eq(agencies.tenantId, officers.tenantId), eq(agencies.id, officers.agencyId)))
    .where(
      and(
        scopeWhere,
        eq(certificates.tenantId, tenantId),
        or(
          and(eq(certificates.status, 'valid'), gte(certificates.expiresOn, today), lte(certificates.expiresOn, until)),
          and(
            ne(certificates.status, 'revoked'),
            lt(certificates.expiresOn, today),
            eq(officers.status, 'in_post'),
            sql`not exists (select 1 from certificates n where n.tenant_id = ${certificates.tenantId}
              and n.officer_id = ${certificates.officerId} and n.status <> 'revoked' and n.expires_on >= ${today})`,
          ),
        ),
      ),
    )
    .orderBy(asc(certificates.expiresOn), asc(certificates.number));
}
