// Reading certificates (执法证): list and read within scope (with the history), the expiry alerts, and the
// eligibility for an issue (the officers a certificate may be issued to). Changes: certificate-write.service.ts.
import {
  type CertificateAlerts,
  type CertificateDetail,
  type CertificateList,
  type CertificateOfficerView,
  type CertificateStatus,
  type EligibilityView,
} from '../../../../contracts/certificate';
import type { EnforcementDomain, OfficerStatus, StaffingType } from '../../../../contracts/personnel';
import { scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor } from '../../platform/db/client';
import { conflict, notFound } from '../../platform/errors';
import { shanghaiDate } from '../../platform/legal-date';
import { latestPassedExams } from '../exams/exam-result.service';
import { getPersonnelSettings } from '../personnel/personnel-settings.service';
import { trainingHoursByOfficer } from '../training/training-hours.service';
import { eligibilityWindow, evaluateEligibility } from './certificate-eligibility';
import { addDays, daysBetween } from './certificate.machine';
import { presentCertificate, presentDetail } from './certificate.presenter';
import {
  alertRows,
  currentCertificatesOf,
  eventsOf,
  findCertificateInScope,
  findOfficersInScope,
  listCertificates as listRows,
  scopeColumns,
} from './certificate.repository';

const readScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'personnel.read'), scopeColumns);
const writeScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'certificate.write'), scopeColumns);

/** The tenant a read is about: the one asked for, else the actor's own (the scope in the query does the rest). */
const tenantOf = (actor: Actor, asked: string | undefined): string => asked ?? actor.tenantId;

// ---------------------------------------------------------------------------------------------------------------
// Reads

export async function listCertificates(
  ex: Executor,
  actor: Actor,
  q: {
    tenant?: string;
    officerId?: string;
    agencyId?: string;
    status?: CertificateStatus;
    domain?: string;
    q?: string;
    expiringWithinDays?: number;
    page: number;
    pageSize: number;
  },
  now: Date,
): Promise<CertificateList> {
  const today = shanghaiDate(now);
  const { rows, total } = await listRows(
    ex,
    {
      scopeWhere: readScope(actor),
      tenantId: tenantOf(actor, q.tenant),
      today,
      officerId: q.officerId,
      agencyId: q.agencyId,
      status: q.status,
      domain: q.domain,
      q: q.q,
      expiringUntil: q.expiringWithinDays !== undefined ? addDays(today, q.expiringWithinDays) : undefined,
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: rows.map((r) => presentCertificate(r, actor, today)), total, page: q.page, pageSize: q.pageSize };
}

export async function getCertificate(ex: Executor, actor: Actor, id: string, now: Date): Promise<CertificateDetail> {
  const row = await findCertificateInScope(ex, readScope(actor), id);
  if (!row) throw notFound('certificate_not_found');
  return presentDetail(row, await eventsOf(ex, row.certificate.tenantId, id), actor, shanghaiDate(now));
}

/**
 * Expiry alerts: valid certificates expiring within each configured day count (buckets (next smaller, days]),
 * and lapsed ones — expired, not revoked, of officers still in post with no newer certificate — who may not
 * enforce until renewed (行政处罚法 第四十二条).
 */
export async function certificateAlerts(
  ex: Executor,
  actor: Actor,
  q: { tenant?: string },
  now: Date,
): Promise<CertificateAlerts> {
  const tenantId = tenantOf(actor, q.tenant);
  const today = shanghaiDate(now);
  const days = [...new Set((await getPersonnelSettings(ex, tenantId)).certificateAlertDays)].sort((a, b) => b - a);
  const rows = await alertRows(ex, readScope(actor), tenantId, today, addDays(today, days[0]));
  const LIMIT = 200;
  const item = (r: (typeof rows)[number]) => ({
    id: r.id,
    number: r.number,
    officerName: r.officerName,
    agencyName: r.agencyName,
    expiresOn: r.expiresOn,
    daysLeft: daysBetween(today, r.expiresOn),
  });
  const expired = rows.filter((r) => r.expiresOn < today);
  const buckets = days.map((d, i) => {
    const lower = i + 1 < days.length ? days[i + 1] : -1;
    const inBucket = rows.filter((r) => {
      const left = daysBetween(today, r.expiresOn);
      return r.status === 'valid' && left >= 0 && left <= d && left > lower;
    });
    return { days: d, count: inBucket.length, items: inBucket.slice(0, LIMIT).map(item) };
  });
  return { today, buckets, expired: { count: expired.length, items: expired.slice(0, LIMIT).map(item) } };
}

// ---------------------------------------------------------------------------------------------------------------
// Eligibility

interface OfficerFacts {
  id: string;
  status: string;
  staffingType: string;
}

/** Reads the evidence (training hours, passed exams) and applies the pure rule, for several officers at once. */
export async function eligibilityOf(
  ex: Executor,
  tenantId: string,
  officers: OfficerFacts[],
  issuedOn: string,
): Promise<Map<string, EligibilityView>> {
  const settings = await getPersonnelSettings(ex, tenantId);
  const window = eligibilityWindow(issuedOn, settings.eligibilityWindowMonths);
  const ids = officers.map((o) => o.id);
  // One after the other: `ex` may be the issuing transaction, whose one connection takes one query at a time.
  const hours = await trainingHoursByOfficer(ex, tenantId, ids, window);
  const exams = await latestPassedExams(ex, tenantId, ids, window);
  return new Map(
    officers.map((o) => {
      const facts = {
        status: o.status as OfficerStatus,
        staffingType: o.staffingType as StaffingType,
        passedExamOn: exams.get(o.id)?.passedOn ?? null,
        hours: hours.get(o.id) ?? 0,
        requiredHours: settings.trainingHoursPerYear,
      };
      const outcome = evaluateEligibility(facts);
      return [
        o.id,
        {
          officerId: o.id,
          eligible: outcome.eligible,
          window,
          checks: outcome.checks,
          hours: facts.hours,
          requiredHours: facts.requiredHours,
          passedExamOn: facts.passedExamOn,
        },
      ];
    }),
  );
}

export function refuseIfIneligible(view: EligibilityView) {
  if (view.eligible) return;
  const failed = view.checks.filter((c) => !c.ok);
  throw conflict(
    {
      officerId: {
        key: 'certificate_ineligible',
        text: {
          zh: failed.map((c) => c.message.zh).join('；'),
          en: failed.map((c) => c.message.en).join('; '),
        },
      },
    },
    'certificate_ineligible',
  );
}

/** Officers in the caller's write scope (by name), each with the eligibility for an issue on `on`. */
export async function officersForCertificate(
  ex: Executor,
  actor: Actor,
  q: { tenant?: string; q?: string; officerId?: string; on?: string },
  now: Date,
): Promise<{ items: CertificateOfficerView[] }> {
  const tenantId = tenantOf(actor, q.tenant);
  const today = shanghaiDate(now);
  const rows = await findOfficersInScope(ex, writeScope(actor), {
    tenantId,
    q: q.q,
    officerId: q.officerId,
    limit: 20,
  });
  const eligibility = await eligibilityOf(ex, tenantId, rows, q.on ?? today);
  const current = await currentCertificatesOf(
    ex,
    tenantId,
    rows.map((r) => r.id),
    today,
  );
  return {
    items: rows.map((r) => {
      const c = current.find((x) => x.officerId === r.id);
      return {
        id: r.id,
        name: r.name,
        agency: { id: r.agencyId, name: r.agencyName },
        status: r.status,
        staffingType: r.staffingType,
        domains: r.domains as EnforcementDomain[],
        eligibility: eligibility.get(r.id)!,
        currentCertificate: c ? { id: c.id, number: c.number, status: c.status as CertificateStatus } : null,
      };
    }),
  };
}
