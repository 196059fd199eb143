// Queries on officers, always joined with the owning agency so that the caller's data scope applies in SQL.
import { and, asc, count, desc, eq, ilike, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client';
import { accounts } from '../accounts/account.schema';
import { agencies } from '../agencies/agency.schema';
import { officerEvents, officers } from './officer.schema';
import {
  agencyBriefColumns,
  findAgencyBrief,
  findAgencyBriefInScope,
  type AgencyBrief,
} from '../agencies/agency.repository';

export type OfficerRow = typeof officers.$inferSelect;
export type OfficerInsert = typeof officers.$inferInsert;

export type OfficerAgency = AgencyBrief;

export interface OfficerAccount {
  id: string;
  username: string;
  displayName: string;
}

export interface OfficerRecord {
  officer: OfficerRow;
  agency: OfficerAgency;
  account: OfficerAccount | null;
}

const agencyColumns = agencyBriefColumns;

const joinAgency = and(eq(agencies.tenantId, officers.tenantId), eq(agencies.id, officers.agencyId));
const joinAccount = and(eq(accounts.tenantId, officers.tenantId), eq(accounts.id, officers.accountId));
const recordColumns = {
  officer: officers,
  agency: agencyColumns,
  account: { id: accounts.id, username: accounts.username, displayName: accounts.displayName },
};

export function findAgencyInScope(ex: Executor, scopeWhere: SQL, agencyId: string) {
  return findAgencyBriefInScope(ex, scopeWhere, agencyId);
}

export function findAgency(ex: Executor, tenantId: string, agencyId: string) {
  return findAgencyBrief(ex, tenantId, agencyId);
}

export interface OfficerFilter {
  scopeWhere: SQL;
  tenantId: string;
  /** Materialised path of the agency whose subtree is wanted. */
  agencyPath?: string;
  status?: string;
  domain?: string;
  legalReviewer?: boolean;
  /** Name (substring) or the tail of the masked resident ID. */
  text?: string;
  residentIdDigest?: string;
  accountId?: string;
}

function filterWhere(f: OfficerFilter): SQL {
  const conds: SQL[] = [f.scopeWhere, eq(officers.tenantId, f.tenantId)];
  if (f.agencyPath) conds.push(like(agencies.path, `${f.agencyPath.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (f.status) conds.push(eq(officers.status, f.status));
  if (f.domain) conds.push(sql`${f.domain} = any(${officers.domains})`);
  if (f.legalReviewer !== undefined) conds.push(eq(officers.legalReviewer, f.legalReviewer));
  if (f.accountId) conds.push(eq(officers.accountId, f.accountId));
  if (f.residentIdDigest) conds.push(eq(officers.residentIdDigest, f.residentIdDigest));
  if (f.text) {
    const escaped = f.text.replace(/[\\%_]/g, (c) => `\\${c}`);
    const parts: SQL[] = [ilike(officers.name, `%${escaped}%`)];
    if (/^[\dXx]{2,8}$/.test(f.text)) parts.push(like(officers.residentIdMasked, `%${escaped.toUpperCase()}`));
    conds.push(or(...parts)!);
  }
  return and(...conds)!;
}

export async function listOfficerRows(
  ex: Executor,
  f: OfficerFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: OfficerRecord[]; total: number }> {
  const where = filterWhere(f);
  const [{ n }] = await ex.select({ n: count() }).from(officers).innerJoin(agencies, joinAgency).where(where);
  const rows = (await ex
    .select(recordColumns)
    .from(officers)
    .innerJoin(agencies, joinAgency)
    .leftJoin(accounts, joinAccount)
    .where(where)
    .orderBy(asc(agencies.sortOrder), asc(agencies.name), asc(officers.name), asc(officers.id))
    .limit(page.limit)
    .offset(page.offset)) as OfficerRecord[];
  return { rows, total: Number(n) };
}

export async function findOfficerInScope(ex: Executor, scopeWhere: SQL, id: string): Promise<OfficerRecord | null> {
  const rows = (await ex
    .select(recordColumns)
    .from(officers)
    .innerJoin(agencies, joinAgency)
    .leftJoin(accounts, joinAccount)
    .where(and(scopeWhere, eq(officers.id, id)))
    .limit(1)) as OfficerRecord[];
  return rows[0] ?? null;
}

export async function findOfficerByDigest(ex: Executor, tenantId: string, digest: string, exceptId?: string) {
  const conds = [eq(officers.tenantId, tenantId), eq(officers.residentIdDigest, digest)];
  if (exceptId) conds.push(ne(officers.id, exceptId));
  const rows = await ex
    .select({ id: officers.id })
    .from(officers)
    .where(and(...conds))
    .limit(1);
  return rows[0] ?? null;
}

export async function findOfficerByAccount(ex: Executor, tenantId: string, accountId: string, exceptId?: string) {
  const conds = [eq(officers.tenantId, tenantId), eq(officers.accountId, accountId)];
  if (exceptId) conds.push(ne(officers.id, exceptId));
  const rows = await ex
    .select({ id: officers.id })
    .from(officers)
    .where(and(...conds))
    .limit(1);
  return rows[0] ?? null;
}

export async function findAccount(ex: Executor, tenantId: string, accountId: string) {
  const rows = await ex
    .select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, accountId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertOfficer(tx: Tx, row: OfficerInsert): Promise<OfficerRow> {
  const rows = await tx.insert(officers).values(row).returning();
  return rows[0];
}

export async function updateOfficerRow(
  tx: Tx,
  tenantId: string,
  id: string,
  set: Partial<OfficerInsert>,
): Promise<OfficerRow> {
  const rows = await tx
    .update(officers)
    .set(set)
    .where(and(eq(officers.tenantId, tenantId), eq(officers.id, id)))
    .returning();
  return rows[0];
}

export async function insertOfficerEvent(tx: Tx, row: typeof officerEvents.$inferInsert): Promise<void> {
  await tx.insert(officerEvents).values(row);
}

export async function listOfficerEvents(ex: Executor, tenantId: string, officerId: string) {
  return ex
    .select({
      id: officerEvents.id,
      kind: officerEvents.kind,
      reason: officerEvents.reason,
      detail: officerEvents.detail,
      at: officerEvents.at,
      actorName: accounts.displayName,
    })
    .from(officerEvents)
    .leftJoin(accounts, and(eq(accounts.tenantId, officerEvents.tenantId), eq(accounts.id, officerEvents.actorId)))
    .where(and(eq(officerEvents.tenantId, tenantId), eq(officerEvents.officerId, officerId)))
    .orderBy(desc(officerEvents.at), desc(officerEvents.id))
    .limit(200);
}
