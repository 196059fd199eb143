// Use cases that change certificates (执法证), by the justice bureau: issue, renew, suspend, reinstate and revoke —
// each with its history entry (certificate_events) in the same transaction as the access-log row — and the
// numbering in the national style or the tenant's own format.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  DEFAULT_CERTIFICATE_NUMBER_PATTERN,
  domainCode,
  type CertificateDetail,
  type StoredCertificateStatus,
} from '../../../../contracts/certificate';
import type { EnforcementDomain } from '../../../../contracts/personnel';
import { scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { newSecret } from '../../platform/crypto/tokens';
import { getPersonnelSettings } from '../personnel/personnel-settings.service';
import { tenants } from '../tenants/tenant.schema';
import { addMonths, transition, type CertificateAction } from './certificate.machine';
import {
  currentCertificatesOf,
  findCertificateInScope,
  findOfficersInScope,
  insertCertificate,
  insertEvents,
  lastNumberWithPrefix,
  numberTaken,
  scopeColumns,
  updateCertificateRow,
} from './certificate.repository';
import { eligibilityOf, getCertificate, refuseIfIneligible } from './certificate.service';

const readScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'personnel.read'), scopeColumns);
const writeScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'certificate.write'), scopeColumns);

// ---------------------------------------------------------------------------------------------------------------
// Numbers

/** The pattern numbers must match (whole): the tenant's own, or the national style. */
export async function numberPatternOf(ex: Executor, tenantId: string): Promise<{ regex: RegExp; custom: boolean }> {
  const own = (await getPersonnelSettings(ex, tenantId)).certificateNumberPattern;
  return { regex: new RegExp(`^(?:${own ?? DEFAULT_CERTIFICATE_NUMBER_PATTERN})$`, 'u'), custom: own !== null };
}

/** The next number in the national style: region (6) + domain code (2) + serial (6) within region and domain. */
export async function nextNumber(ex: Executor, tenantId: string, region: string, domain: EnforcementDomain) {
  const prefix = `${region}${domainCode(domain)}`;
  const last = await lastNumberWithPrefix(ex, tenantId, prefix, prefix.length + 6);
  const serial = last ? Number(last.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(serial).padStart(6, '0')}`;
}

async function chooseNumber(
  tx: Executor,
  tenantId: string,
  given: string | undefined,
  domain: EnforcementDomain,
): Promise<string> {
  const pattern = await numberPatternOf(tx, tenantId);
  let number = given;
  if (number === undefined) {
    number = await nextNumber(tx, tenantId, tenantId, domain);
    if (!pattern.regex.test(number)) throw invalidInput({ number: 'certificate_number_required' });
  } else if (!pattern.regex.test(number)) {
    throw invalidInput({ number: 'certificate_number_format' });
  }
  if (await numberTaken(tx, tenantId, number)) throw conflict({ number: 'certificate_number_taken' });
  return number;
}

export function checkValidity(issuedOn: string, expiresOn: string, today: string) {
  if (issuedOn > today) throw invalidInput({ issuedOn: 'certificate_issue_in_future' });
  if (expiresOn < issuedOn) throw invalidInput({ expiresOn: 'certificate_expiry_before_issue' });
  if (expiresOn > addMonths(issuedOn, 120)) throw invalidInput({ expiresOn: 'certificate_validity_too_long' });
}

export async function defaultAuthority(ex: Executor, tenantId: string): Promise<string> {
  const [t] = await ex.select({ name: tenants.name }).from(tenants).where(eq(tenants.tenantId, tenantId));
  return `${t?.name ?? tenantId}人民政府`;
}

// ---------------------------------------------------------------------------------------------------------------
// Writes

export async function issueCertificate(
  tx: Tx,
  actor: Actor,
  body: {
    officerId: string;
    domains: EnforcementDomain[];
    issuedOn: string;
    expiresOn: string;
    number?: string;
    issuingAuthority?: string;
  },
  now: Date,
): Promise<WriteResult<CertificateDetail>> {
  const today = shanghaiDate(now);
  const [officer] = await findOfficersInScope(tx, writeScope(actor), { officerId: body.officerId, limit: 1 });
  if (!officer) throw invalidInput({ officerId: 'officer_not_found' });
  const tenantId = officer.tenantId;
  checkValidity(body.issuedOn, body.expiresOn, today);
  const domains = [...new Set(body.domains)];
  const bad = domains.findIndex((d) => !(officer.domains as string[]).includes(d));
  if (bad >= 0) throw invalidInput({ [`domains.${bad}`]: 'certificate_domain_not_officer' });
  const [held] = await currentCertificatesOf(tx, tenantId, [officer.id], today);
  if (held) throw conflict({ officerId: { key: 'certificate_already_held', params: { number: held.number } } });
  const eligibility = (await eligibilityOf(tx, tenantId, [officer], body.issuedOn)).get(officer.id)!;
  refuseIfIneligible(eligibility);
  const number = await chooseNumber(tx, tenantId, body.number, domains[0]);
  const id = randomUUID();
  await insertCertificate(tx, {
    tenantId,
    id,
    number,
    officerId: officer.id,
    agencyId: officer.agencyId,
    domains,
    region: tenantId,
    issuingAuthority: body.issuingAuthority ?? (await defaultAuthority(tx, tenantId)),
    issuedOn: body.issuedOn,
    expiresOn: body.expiresOn,
    status: 'valid',
    source: 'platform',
    verifyToken: newSecret(18),
    createdAt: now,
    updatedAt: now,
  });
  await insertEvents(tx, [
    {
      tenantId,
      id: randomUUID(),
      certificateId: id,
      kind: 'issue',
      fromStatus: null,
      toStatus: 'valid',
      reason: null,
      detail: {
        number,
        issuedOn: body.issuedOn,
        expiresOn: body.expiresOn,
        hours: eligibility.hours,
        passedExamOn: eligibility.passedExamOn,
        window: eligibility.window,
      },
      actorId: actor.accountId,
      actorName: actor.displayName,
      at: now,
    },
  ]);
  const detail = await getCertificate(tx, actor, id, now);
  return { result: detail, recordIds: [id, officer.id], tenantId, detail: { number, officerId: officer.id } };
}

async function certificateForWrite(tx: Tx, actor: Actor, id: string) {
  const row = await findCertificateInScope(tx, writeScope(actor), id);
  if (!row) {
    if (await findCertificateInScope(tx, readScope(actor), id)) throw forbidden('out_of_scope');
    throw notFound('certificate_not_found');
  }
  return row;
}

const ACTION_WORDS: Record<CertificateAction, { zh: string; en: string }> = {
  suspend: { zh: '暂扣', en: 'suspended' },
  reinstate: { zh: '恢复', en: 'reinstated' },
  revoke: { zh: '注销', en: 'revoked' },
  renew: { zh: '换证延续', en: 'renewed' },
};
const STATUS_WORDS: Record<StoredCertificateStatus, { zh: string; en: string }> = {
  valid: { zh: '有效', en: 'valid' },
  suspended: { zh: '已暂扣', en: 'suspended' },
  revoked: { zh: '已注销', en: 'revoked' },
};

function refuseTransition(
  problem: 'not_allowed' | 'expired' | 'reason_required',
  stored: StoredCertificateStatus,
  action: CertificateAction,
): never {
  if (problem === 'reason_required') throw invalidInput({ reason: 'certificate_reason_required' });
  if (problem === 'expired') throw conflict({ status: 'certificate_transition_expired' });
  throw conflict({
    status: {
      key: 'certificate_transition_not_allowed',
      text: {
        zh: `执法证当前状态为“${STATUS_WORDS[stored].zh}”，不能${ACTION_WORDS[action].zh}`,
        en: `The certificate is ${STATUS_WORDS[stored].en}: it cannot be ${ACTION_WORDS[action].en}`,
      },
    },
  });
}

/** Suspend (暂扣), reinstate (恢复) or revoke (注销), with the reason, by the justice bureau. */
export async function changeCertificateStatus(
  tx: Tx,
  actor: Actor,
  id: string,
  action: 'suspend' | 'reinstate' | 'revoke',
  reason: string,
  now: Date,
): Promise<WriteResult<CertificateDetail>> {
  const row = await certificateForWrite(tx, actor, id);
  const c = row.certificate;
  const today = shanghaiDate(now);
  const stored = c.status as StoredCertificateStatus;
  const t = transition(stored, c.expiresOn, today, action, reason);
  if (!t.ok) refuseTransition(t.problem, stored, action);
  // Reinstating lets the holder enforce again: only for an officer still in post with the agency it was issued for.
  if (action === 'reinstate' && (row.officer.status !== 'in_post' || row.holderAgency.id !== c.agencyId)) {
    throw conflict({
      officerId: {
        key: 'certificate_ineligible',
        text: {
          zh: '持证人已不在原单位在岗，不能恢复，请重新发证',
          en: 'The holder is no longer in post with the agency it was issued for: issue a new certificate',
        },
      },
    });
  }
  await updateCertificateRow(tx, c.tenantId, id, { status: t.to, updatedAt: now });
  await insertEvents(tx, [
    {
      tenantId: c.tenantId,
      id: randomUUID(),
      certificateId: id,
      kind: t.event,
      fromStatus: stored,
      toStatus: t.to,
      reason: reason.trim(),
      detail: {},
      actorId: actor.accountId,
      actorName: actor.displayName,
      at: now,
    },
  ]);
  return {
    result: await getCertificate(tx, actor, id, now),
    recordIds: [id],
    tenantId: c.tenantId,
    detail: { number: c.number, action, reason: reason.trim() },
  };
}

/** Renewal (换证延续): a new validity for a valid (or lapsed) certificate, for an officer who is still eligible. */
export async function renewCertificate(
  tx: Tx,
  actor: Actor,
  id: string,
  body: { issuedOn: string; expiresOn: string; reason?: string },
  now: Date,
): Promise<WriteResult<CertificateDetail>> {
  const row = await certificateForWrite(tx, actor, id);
  const c = row.certificate;
  const today = shanghaiDate(now);
  const stored = c.status as StoredCertificateStatus;
  const t = transition(stored, c.expiresOn, today, 'renew', body.reason);
  if (!t.ok) refuseTransition(t.problem, stored, 'renew');
  checkValidity(body.issuedOn, body.expiresOn, today);
  if (body.expiresOn <= c.expiresOn) throw invalidInput({ expiresOn: 'certificate_expiry_before_issue' });
  const [officer] = await findOfficersInScope(tx, writeScope(actor), {
    tenantId: c.tenantId,
    officerId: c.officerId,
    limit: 1,
  });
  if (!officer) throw notFound('certificate_not_found');
  const eligibility = (await eligibilityOf(tx, c.tenantId, [officer], body.issuedOn)).get(officer.id)!;
  refuseIfIneligible(eligibility);
  await updateCertificateRow(tx, c.tenantId, id, {
    issuedOn: body.issuedOn,
    expiresOn: body.expiresOn,
    status: t.to,
    updatedAt: now,
  });
  await insertEvents(tx, [
    {
      tenantId: c.tenantId,
      id: randomUUID(),
      certificateId: id,
      kind: 'renew',
      fromStatus: stored,
      toStatus: t.to,
      reason: body.reason?.trim() || null,
      detail: {
        from: { issuedOn: c.issuedOn, expiresOn: c.expiresOn },
        to: { issuedOn: body.issuedOn, expiresOn: body.expiresOn },
        hours: eligibility.hours,
        passedExamOn: eligibility.passedExamOn,
      },
      actorId: actor.accountId,
      actorName: actor.displayName,
      at: now,
    },
  ]);
  return {
    result: await getCertificate(tx, actor, id, now),
    recordIds: [id],
    tenantId: c.tenantId,
    detail: { number: c.number, expiresOn: body.expiresOn },
  };
}
