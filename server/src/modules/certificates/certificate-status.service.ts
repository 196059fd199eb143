// What other modules need of certificates: suspend on transfer out, and who holds a valid one on a date.
// STUB with its final signature: the certificates module replaces the body.
import type { Executor } from '../../platform/db/client';

/**
 * Suspends the officer's valid certificates for the domains of the agency they leave (a transfer out, 调动),
 * recording the change and its reason in the certificate history. Returns the ids of the suspended certificates.
 */
export async function suspendCertificatesForTransfer(
  _tx: Executor,
  _input: {
    tenantId: string;
    officerId: string;
    fromAgencyId: string;
    reason: string;
    actorId: string | null;
    now: Date;
  },
): Promise<string[]> {
  return [];
}

/** The officers (of the given ones, or all when omitted) holding a certificate valid on `on` (YYYY-MM-DD). */
export async function officersWithValidCertificate(
  _db: Executor,
  _tenantId: string,
  _on: string,
  _officerIds?: string[],
): Promise<Set<string>> {
  return new Set();
}
