// Public verification (公开查验, no sign-in): anyone with a certificate number — or the QR code printed on it —
// sees whether it is valid today, with the holder's name, photo, agency and domains, and nothing else about the
// officer (no resident ID, phone, sex or birth date). The disclosure rests on 行政执法公示制度 (国办发〔2018〕118号:
// 执法人员 and their certificates are disclosed) and 行政处罚法 第五十五条 (officers show their certificates).
import type { PublicVerifyResult } from '../../../../contracts/certificate';
import type { EnforcementDomain } from '../../../../contracts/personnel';
import type { AppContext } from '../../platform/context';
import { loadFile } from '../../platform/files/file-store';
import { shanghaiDate } from '../../platform/legal-date';
import { statusOn } from './certificate.machine';
import { photoPathOf } from './certificate.presenter';
import { findCertificateByNumber, findCertificateByToken } from './certificate.repository';

export async function verifyCertificate(
  ctx: AppContext,
  q: { tenant?: string; number?: string; t?: string },
  now: Date,
): Promise<PublicVerifyResult> {
  // Nothing asked is nothing found: the same answer as an unknown number.
  const row = q.t
    ? await findCertificateByToken(ctx.db, q.t)
    : q.number
      ? await findCertificateByNumber(ctx.db, q.tenant ?? ctx.config.defaultTenant, q.number)
      : null;
  if (!row) return { found: false };
  const c = row.certificate;
  const today = shanghaiDate(now);
  return {
    found: true,
    number: c.number,
    name: row.officer.name,
    photoUrl: row.officer.photoFileId ? photoPathOf(c.verifyToken) : null,
    agencyName: row.agency.name,
    domains: c.domains as EnforcementDomain[],
    expiresOn: c.expiresOn,
    status: statusOn(c.status as 'valid' | 'suspended' | 'revoked', c.expiresOn, today),
    checkedOn: today,
  };
}

/** A neutral silhouette: what the photo route answers when there is no photo to show (or no such token). */
const PLACEHOLDER = {
  contentType: 'image/svg+xml',
  bytes: Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 90 120"><rect width="90" height="120" fill="#e8edf3"/>' +
      '<circle cx="45" cy="44" r="20" fill="#b8c4d3"/><path d="M12 120c2-26 16-40 33-40s31 14 33 40z" fill="#b8c4d3"/></svg>',
  ),
};

/**
 * The holder's photo, reached only through the certificate's verification token (never by officer id). An unknown
 * token and a holder without a photo get the same placeholder, so that the route tells nothing about tokens.
 */
export async function verificationPhoto(
  ctx: AppContext,
  token: string,
): Promise<{ contentType: string; bytes: Buffer }> {
  if (!/^[A-Za-z0-9_-]{16,64}$/u.test(token)) return PLACEHOLDER;
  const row = await findCertificateByToken(ctx.db, token);
  if (!row?.officer.photoFileId) return PLACEHOLDER;
  return loadFile(ctx.db, ctx.config.dataDir, row.certificate.tenantId, row.officer.photoFileId).catch(
    () => PLACEHOLDER,
  );
}
