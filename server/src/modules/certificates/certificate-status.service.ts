// What other modules need of certificates: suspend on transfer out, and who holds a valid one on a date.
import { randomUUID } from 'node:crypto';
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { accounts } from '../accounts/account.schema';
import { certificateEvents, certificates } from './certificate.schema';

/**
 * Suspends the officer's valid certificates for the domains of the agency they leave (a transfer out, 调动),
 * recording the change and its reason in the certificate history. Returns the ids of the suspended certificates.
 * A certificate is issued for one agency (certificates.agency_id) and its domains: leaving that agency, the officer
 * may no longer enforce in its name, so every valid certificate issued for it is suspended (暂扣) until the new
 * agency asks for one (a new issue) or the justice bureau decides otherwise.
 */
export async function suspendCertificatesForTransfer(
  tx: Executor,
  input: {
    tenantId: string;
    officerId: string;
    fromAgencyId: string;
    reason: string;
    actorId: string | null;
    now: Date;
  },
): Promise<string[]> {
  const rows = await tx
    .update(certificates)
    .set({ status: 'suspended', updatedAt: input.now })
    .where(
      and(
        eq(certificates.tenantId, input.tenantId),
        eq(certificates.officerId, input.officerId),
        eq(certificates.agencyId, input.fromAgencyId),
        eq(certificates.status, 'valid'),
      ),
    )
    .returning({ id: certificates.id });
  if (rows.length === 0) return [];
  const [actor] = input.actorId
    ? await tx
        .select({ name: accounts.displayName })
        .from(accounts)
        .where(and(eq(accounts.tenantId, input.tenantId), eq(accounts.id, input.actorId)))
    : [];
  await tx.insert(certificateEvents).values(
    rows.map((r) => ({
      tenantId: input.tenantId,
      id: randomUUID(),
      certificateId: r.id,
      kind: 'transfer_suspend',
      fromStatus: 'valid',
      toStatus: 'suspended',
      reason: input.reason,
      detail: { fromAgencyId: input.fromAgencyId },
      actorId: input.actorId,
      actorName: actor?.name ?? null,
      at: input.now,
    })),
  );
  return rows.map((r) => r.id);
}

/** The officers (of the given ones, or all when omitted) holding a certificate valid on `on` (YYYY-MM-DD). */
export async function officersWithValidCertificate(
  db: Executor,
  tenantId: string,
  on: string,
  officerIds?: string[],
): Promise<Set<string>> {
  if (officerIds && officerIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ officerId: certificates.officerId })
    .from(certificates)
    .where(
      and(
        eq(certificates.tenantId, tenantId),
        eq(certificates.status, 'valid'),
        lte(certificates.issuedOn, on),
        gte(certificates.expiresOn, on),
        officerIds ? inArray(certificates.officerId, [...new Set(officerIds)]) : undefined,
      ),
    );
  return new Set(rows.map((r) => r.officerId));
}

/**
 * For cases (处罚法 第四十二条): each given officer's certificates valid on `on` (YYYY-MM-DD), with their numbers and
 * domains, so that a case can check that every handler is certified for its domain on the day.
 */
export async function certificatesValidOn(
  db: Executor,
  tenantId: string,
  on: string,
  officerIds: string[],
): Promise<Map<string, Array<{ number: string; domains: string[] }>>> {
  const out = new Map<string, Array<{ number: string; domains: string[] }>>();
  if (officerIds.length === 0) return out;
  const rows = await db
    .select({ officerId: certificates.officerId, number: certificates.number, domains: certificates.domains })
    .from(certificates)
    .where(
      and(
        eq(certificates.tenantId, tenantId),
        eq(certificates.status, 'valid'),
        lte(certificates.issuedOn, on),
        gte(certificates.expiresOn, on),
        inArray(certificates.officerId, [...new Set(officerIds)]),
      ),
    );
  for (const r of rows) {
    const list = out.get(r.officerId) ?? [];
    list.push({ number: r.number, domains: r.domains });
    out.set(r.officerId, list);
  }
  return out;
}
