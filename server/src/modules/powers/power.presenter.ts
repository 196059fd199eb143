// What a caller sees of powers-list items and change requests, and what they may do next (abilities).
import type {
  FilingEventView,
  FilingState,
  PowerChangeView,
  PowerItemView,
  PowerRequestView,
} from '../../../../contracts/power';
import { can, type Actor } from '../../platform/auth/policy';
import { contentView } from './power-content';
import { diffPowerContent } from './power-diff';
import { ACTION_PERMISSION, actionsFrom } from './power-filing.machine';
import type {
  ItemWithVersion,
  PowerChangeRow,
  PowerEventRow,
  PowerRequestRow,
  PowerVersionRow,
} from './power.repository';

export type AgencyNames = Map<string, string>;

export function presentItem(row: ItemWithVersion, actor: Actor, names: AgencyNames): PowerItemView {
  const { item, version } = row;
  const own = can(actor, 'power.read', { tenantId: item.tenantId, agencyPath: row.agencyPath });
  const guide =
    !!row.delegatingPath && can(actor, 'power.write', { tenantId: item.tenantId, agencyPath: row.delegatingPath });
  const from = version.delegatedFromAgencyId;
  return {
    id: item.id,
    tenantId: item.tenantId,
    agencyId: item.agencyId,
    agencyName: row.agencyName,
    versionId: version.id,
    versionNo: version.versionNo,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo,
    cancelledOn: item.cancelledOn,
    content: contentView(version),
    delegatedFrom: from ? { id: from, name: names.get(from) ?? '' } : null,
    delegatedTo: version.delegatedToTownshipIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    access: own ? 'own' : 'delegated',
    abilities: {
      proposeChange:
        item.cancelledOn === null && can(actor, 'power.write', { tenantId: item.tenantId, agencyPath: row.agencyPath }),
      guide,
    },
  };
}

export function requestAbilities(
  actor: Actor,
  request: { tenantId: string; state: string },
  agencyPath: string,
): PowerRequestView['abilities'] {
  const allowed = new Set(actionsFrom(request.state as FilingState));
  const may = (a: keyof PowerRequestView['abilities']) =>
    allowed.has(a) && can(actor, ACTION_PERMISSION[a], { tenantId: request.tenantId, agencyPath });
  return {
    edit: may('edit'),
    submit: may('submit'),
    withdraw: may('withdraw'),
    return: may('return'),
    accept: may('accept'),
  };
}

export function presentRequest(
  r: PowerRequestRow,
  agency: { name: string; path: string },
  counts: PowerRequestView['counts'],
  actor: Actor,
): PowerRequestView {
  return {
    id: r.id,
    tenantId: r.tenantId,
    agencyId: r.agencyId,
    agencyName: agency.name,
    title: r.title,
    state: r.state as FilingState,
    source: r.source as PowerRequestView['source'],
    sourceFile: r.sourceFile,
    revision: r.revision,
    counts,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName,
    updatedAt: r.updatedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    submittedByName: r.submittedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedByName: r.decidedByName,
    reviewComments: r.reviewComments,
    effectiveDate: r.effectiveDate,
    backdateReason: r.backdateReason,
    abilities: requestAbilities(actor, r, agency.path),
  };
}

/**
 * A change with its diff against the version it was written on. `latest`: the item's latest version now, to say
 * whether the change has gone stale (only while the request is still open).
 */
export function presentChange(
  c: PowerChangeRow,
  base: PowerVersionRow | null,
  latestVersionId: string | null,
  open: boolean,
): PowerChangeView {
  const content = c.content ? contentView(c.content) : null;
  const before = base ? contentView(base) : null;
  return {
    id: c.id,
    seq: c.seq,
    kind: c.kind as PowerChangeView['kind'],
    itemId: c.itemId,
    baseVersionId: c.baseVersionId,
    reason: c.reason as PowerChangeView['reason'],
    reasonText: c.reasonText,
    content,
    basisRefsExplicit: c.content?.basisRefsExplicit ?? false,
    before,
    diff: diffPowerContent(before, content),
    stale: open && c.kind !== 'add' && !!c.baseVersionId && latestVersionId !== c.baseVersionId,
  };
}

export function presentEvent(e: PowerEventRow): FilingEventView {
  return {
    id: e.id,
    action: e.action as FilingEventView['action'],
    fromState: (e.fromState as FilingState | null) ?? null,
    toState: e.toState as FilingState,
    actorName: e.actorName,
    comments: e.comments,
    at: e.at.toISOString(),
  };
}

export function countsOf(rows: ReadonlyArray<{ kind: string; n: number }>): PowerRequestView['counts'] {
  const counts = { add: 0, modify: 0, cancel: 0 };
  for (const r of rows) if (r.kind in counts) counts[r.kind as keyof typeof counts] += Number(r.n);
  return counts;
}
