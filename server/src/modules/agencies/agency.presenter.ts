// What a caller sees of an agency, and what they may do with it next.
import type { AgencyKind, AgencyView, LegalStatus } from '../../../../contracts/agency';
import { can, type Actor } from '../../platform/auth/policy';
import type { AgencyRow } from './agency.repository';

export function presentAgency(row: AgencyRow, actor: Actor): AgencyView {
  const subject = { tenantId: row.tenantId, agencyPath: row.path };
  const writable = can(actor, 'agency.write', subject);
  return {
    id: row.id,
    tenantId: row.tenantId,
    parentId: row.parentId,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind as AgencyKind,
    legalStatus: row.legalStatus as LegalStatus,
    uscc: row.uscc,
    legalOfficeContact: row.legalOfficeContact ?? null,
    status: row.status as AgencyView['status'],
    abolishedAt: row.abolishedAt?.toISOString() ?? null,
    sortOrder: row.sortOrder,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: { update: writable, createChild: writable && row.status === 'active' },
  };
}
