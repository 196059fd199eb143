// What a caller sees of an officer: masked personal data only (never the ciphertext or the digest), the agency,
// the linked account, and what the caller may do next.
import type { OfficerDetailView, OfficerEventView, OfficerView } from '../../../../contracts/officer';
import type { EnforcementDomain, OfficerStatus, Sex, StaffingType } from '../../../../contracts/personnel';
import { can, type Actor } from '../../platform/auth/policy';
import type { OfficerRecord } from './officer.repository';

export function presentOfficer({ officer: o, agency: a, account }: OfficerRecord, actor: Actor): OfficerView {
  const subject = { tenantId: a.tenantId, agencyPath: a.path };
  const writable = a.status === 'active' && can(actor, 'personnel.write', subject);
  return {
    id: o.id,
    tenantId: o.tenantId,
    agency: { id: a.id, name: a.name },
    name: o.name,
    sex: o.sex as Sex,
    ethnicity: o.ethnicity,
    birthDate: o.birthDate,
    residentIdMasked: o.residentIdMasked,
    phoneMasked: o.phoneMasked,
    post: o.post,
    frontLine: o.frontLine,
    legalReviewer: o.legalReviewer,
    staffingType: o.staffingType as StaffingType,
    domains: o.domains as EnforcementDomain[],
    legalQualification: o.legalQualification,
    status: o.status as OfficerStatus,
    joinedOn: o.joinedOn,
    hasPhoto: o.photoFileId !== null,
    account: account?.id ? account : null,
    demo: o.demo,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    abilities: {
      update: writable,
      readPersonal: can(actor, 'personnel.read_personal', subject),
      changeStatus: writable,
    },
  };
}

export function presentOfficerDetail(
  record: OfficerRecord,
  events: { id: string; kind: string; reason: string | null; detail: unknown; at: Date; actorName: string | null }[],
  actor: Actor,
): OfficerDetailView {
  return {
    ...presentOfficer(record, actor),
    events: events.map((e): OfficerEventView => ({
      id: e.id,
      kind: e.kind,
      reason: e.reason,
      actorName: e.actorName,
      at: e.at.toISOString(),
      detail: (e.detail ?? {}) as Record<string, unknown>,
    })),
  };
}
