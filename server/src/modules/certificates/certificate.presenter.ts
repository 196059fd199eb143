// What a caller sees of a certificate: the holder, the agency, today's status, the QR link, the history, and what
// the caller may do next (from the state machine and the caller's write scope).
import type {
  CertificateDetail,
  CertificateEventKind,
  CertificateSource,
  CertificateView,
  StoredCertificateStatus,
} from '../../../../contracts/certificate';
import type { EnforcementDomain } from '../../../../contracts/personnel';
import { can, type Actor } from '../../platform/auth/policy';
import { allowedActions, daysBetween, statusOn } from './certificate.machine';
import type { CertificateEventRow, CertificateJoined } from './certificate.repository';

export const verifyPathOf = (token: string) => `/public/certificates/verify?t=${token}`;
export const photoPathOf = (token: string) => `/api/public/certificates/${token}/photo`;

export function presentCertificate(r: CertificateJoined, actor: Actor | null, today: string): CertificateView {
  const c = r.certificate;
  const stored = c.status as StoredCertificateStatus;
  const writable =
    actor !== null &&
    can(actor, 'certificate.write', { tenantId: r.holderAgency.tenantId, agencyPath: r.holderAgency.path });
  const allowed = writable ? allowedActions(stored, c.expiresOn, today) : [];
  return {
    id: c.id,
    tenantId: c.tenantId,
    number: c.number,
    officer: { id: r.officer.id, name: r.officer.name, status: r.officer.status },
    agency: { id: r.agency.id, name: r.agency.name },
    domains: c.domains as EnforcementDomain[],
    region: c.region,
    issuingAuthority: c.issuingAuthority,
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn,
    storedStatus: stored,
    status: statusOn(stored, c.expiresOn, today),
    daysLeft: daysBetween(today, c.expiresOn),
    source: c.source as CertificateSource,
    verifyPath: verifyPathOf(c.verifyToken),
    photoPath: r.officer.photoFileId ? photoPathOf(c.verifyToken) : null,
    demo: c.demo,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    abilities: {
      renew: allowed.includes('renew'),
      suspend: allowed.includes('suspend'),
      reinstate: allowed.includes('reinstate'),
      revoke: allowed.includes('revoke'),
    },
  };
}

export function presentDetail(
  r: CertificateJoined,
  events: CertificateEventRow[],
  actor: Actor,
  today: string,
): CertificateDetail {
  return {
    ...presentCertificate(r, actor, today),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind as CertificateEventKind,
      fromStatus: (e.fromStatus as StoredCertificateStatus | null) ?? null,
      toStatus: e.toStatus as StoredCertificateStatus,
      reason: e.reason,
      detail: e.detail,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
  };
}
