// What other modules need of an officer: a brief view, the officer behind an account, the digest of a resident
// ID, and moving an officer (agency, post, status) with the event that records why. Other modules reach officers
// only through these functions and officer.service.ts.
import { createHmac, randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { EnforcementDomain, OfficerStatus, StaffingType } from '../../../../contracts/personnel';
import type { DataKey } from '../../platform/crypto/personal-data';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { officerEvents, officers } from './officer.schema';

export interface OfficerBrief {
  id: string;
  tenantId: string;
  agencyId: string;
  name: string;
  status: OfficerStatus;
  post: string;
  frontLine: boolean;
  legalReviewer: boolean;
  staffingType: StaffingType;
  domains: EnforcementDomain[];
  legalQualification: boolean;
  photoFileId: string | null;
  accountId: string | null;
}

const briefColumns = {
  id: officers.id,
  tenantId: officers.tenantId,
  agencyId: officers.agencyId,
  name: officers.name,
  status: officers.status,
  post: officers.post,
  frontLine: officers.frontLine,
  legalReviewer: officers.legalReviewer,
  staffingType: officers.staffingType,
  domains: officers.domains,
  legalQualification: officers.legalQualification,
  photoFileId: officers.photoFileId,
  accountId: officers.accountId,
};

const toBrief = (r: typeof officers.$inferSelect | Record<keyof typeof briefColumns, unknown>): OfficerBrief =>
  r as OfficerBrief;

/** HMAC-SM3 of a resident ID under the data key: unique per tenant, searchable, not reversible without the key. */
export const residentIdDigest = (key: DataKey, residentId: string): string =>
  createHmac('sm3', key.mac).update(`resident-id:${residentId.toUpperCase()}`).digest('hex');

export async function getOfficerBrief(db: Executor, tenantId: string, officerId: string): Promise<OfficerBrief | null> {
  const [row] = await db
    .select(briefColumns)
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), eq(officers.id, officerId)));
  return row ? toBrief(row) : null;
}

export async function getOfficerBriefs(db: Executor, tenantId: string, officerIds: string[]): Promise<OfficerBrief[]> {
  if (officerIds.length === 0) return [];
  const rows = await db
    .select(briefColumns)
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), inArray(officers.id, [...new Set(officerIds)])));
  return rows.map(toBrief);
}

/** The officer record of a signed-in account (to sit an exam, to act as handler), or null. */
export async function officerForAccount(
  db: Executor,
  tenantId: string,
  accountId: string,
): Promise<OfficerBrief | null> {
  const [row] = await db
    .select(briefColumns)
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), eq(officers.accountId, accountId)));
  return row ? toBrief(row) : null;
}

export interface OfficerMove {
  tenantId: string;
  officerId: string;
  /** What happened, e.g. 'transfer_out', 'transfer_in', 'secondment', 'secondment_end', 'status'. */
  kind: string;
  agencyId?: string;
  post?: string;
  frontLine?: boolean;
  status?: OfficerStatus;
  reason: string | null;
  actorId: string | null;
  now: Date;
  /** Anything else worth keeping with the event (e.g. the transfer plan id). */
  detail?: Record<string, unknown>;
}

/** Changes an officer's agency, post or status and records the event with its reason, in the caller's tx. */
export async function moveOfficer(tx: Executor, move: OfficerMove): Promise<OfficerBrief> {
  const before = await getOfficerBrief(tx, move.tenantId, move.officerId);
  if (!before) throw notFound('not_found', { what: '执法人员' });
  const set: Partial<typeof officers.$inferInsert> = { updatedAt: move.now };
  if (move.agencyId !== undefined) set.agencyId = move.agencyId;
  if (move.post !== undefined) set.post = move.post;
  if (move.frontLine !== undefined) set.frontLine = move.frontLine;
  if (move.status !== undefined) set.status = move.status;
  await tx
    .update(officers)
    .set(set)
    .where(and(eq(officers.tenantId, move.tenantId), eq(officers.id, move.officerId)));
  await tx.insert(officerEvents).values({
    tenantId: move.tenantId,
    id: randomUUID(),
    officerId: move.officerId,
    kind: move.kind,
    detail: {
      ...move.detail,
      from: { agencyId: before.agencyId, post: before.post, status: before.status, frontLine: before.frontLine },
      to: {
        agencyId: move.agencyId ?? before.agencyId,
        post: move.post ?? before.post,
        status: move.status ?? before.status,
        frontLine: move.frontLine ?? before.frontLine,
      },
    },
    reason: move.reason,
    actorId: move.actorId,
    at: move.now,
  });
  return { ...before, ...set } as OfficerBrief;
}
