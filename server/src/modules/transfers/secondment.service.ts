// Use cases of secondments (借调): record one (the officer's status becomes 借调 through moveOfficer), end it (back
// in post), list them with their flags. 清理整顿行政执法机构编制被占用和人员随意借调问题 (香格里拉市司法局 2024-06-26 通知 (四)):
// the flags tell the justice bureau where secondments hollow out enforcement posts.
import { randomUUID } from 'node:crypto';
import type {
  SecondmentCreateBody,
  SecondmentEndBody,
  SecondmentListQuery,
  SecondmentListView,
  SecondmentView,
} from '../../../../contracts/transfer';
import { scopesFor, tenantsReachable, type Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { getOfficerBrief, moveOfficer } from '../personnel/officer-lookup.service';
import { presentSecondment } from './transfer.presenter';
import {
  activeSecondmentOfOfficer,
  findAgencyInScope,
  findSecondmentInScope,
  insertSecondment,
  listSecondments as listSecondmentRows,
  officerTenant,
  updateSecondment,
  type AgencyRef,
} from './transfer.repository';
import { computeSecondmentFlags, readScope, writeScope } from './staffing.service';

async function present(
  ex: Executor,
  actor: Actor,
  rows: Parameters<typeof presentSecondment>[0][],
  tenantId: string,
  now: Date,
): Promise<SecondmentView[]> {
  const today = shanghaiDate(now);
  const agencyList = [...new Map(rows.map((r) => [r.agency.id, r.agency])).values()];
  const { byAgency, settings } = await computeSecondmentFlags(ex, tenantId, agencyList, today);
  return rows.map((r) =>
    presentSecondment(r, actor, {
      today,
      maxMonths: settings.maxSecondmentMonths,
      agencyFlags: byAgency.get(r.agency.id)?.flags ?? [],
    }),
  );
}

export async function listSecondments(
  ex: Executor,
  actor: Actor,
  q: SecondmentListQuery,
  now: Date,
): Promise<SecondmentListView> {
  const tenantId = q.tenant ?? actor.tenantId;
  const page = q.page;
  const pageSize = q.pageSize;
  const rows = await listSecondmentRows(ex, {
    scopeWhere: readScope(actor),
    tenantId,
    agencyId: q.agencyId,
    active: q.active === undefined ? undefined : q.active === 'true',
  });
  let views = await present(ex, actor, rows, tenantId, now);
  if (q.flagged === 'true') views = views.filter((v) => v.flags.length > 0);
  return {
    items: views.slice((page - 1) * pageSize, page * pageSize),
    total: views.length,
    canCreate: scopesFor(actor, 'personnel.write').length > 0,
  };
}

export async function createSecondment(
  tx: Tx,
  actor: Actor,
  body: SecondmentCreateBody,
  now: Date,
): Promise<WriteResult<SecondmentView>> {
  const tenantId = await officerTenant(tx, body.officerId, tenantsReachable(actor, 'personnel.read'));
  const officer = tenantId ? await getOfficerBrief(tx, tenantId, body.officerId) : null;
  const agency: AgencyRef | null = officer ? await findAgencyInScope(tx, writeScope(actor), officer.agencyId) : null;
  if (!officer || !agency) {
    // An officer outside the write scope is "not found" in the body; readable but not writable is forbidden.
    if (officer && (await findAgencyInScope(tx, readScope(actor), officer.agencyId))) throw forbidden('out_of_scope');
    throw invalidInput({ officerId: 'transfer_officer_not_found' });
  }
  if (agency.status !== 'active') throw invalidInput({ officerId: 'agency_abolished' });
  if (officer.status !== 'in_post') throw invalidInput({ officerId: 'secondment_officer_not_in_post' });
  if (body.expectedEndDate < body.startDate) throw invalidInput({ expectedEndDate: 'secondment_end_before_start' });
  if (await activeSecondmentOfOfficer(tx, officer.tenantId, officer.id))
    throw conflict({ officerId: 'secondment_already_active' });
  const row = await insertSecondment(tx, {
    tenantId: officer.tenantId,
    id: randomUUID(),
    officerId: officer.id,
    agencyId: agency.id,
    destination: body.destination,
    startDate: body.startDate,
    expectedEndDate: body.expectedEndDate,
    reason: body.reason,
    approvalDocNo: body.approvalDocNo,
    createdBy: actor.accountId,
    createdAt: now,
    updatedAt: now,
  });
  await moveOfficer(tx, {
    tenantId: officer.tenantId,
    officerId: officer.id,
    kind: 'secondment',
    status: 'seconded',
    reason: `借调至${body.destination}：${body.reason}（${body.approvalDocNo}）`,
    actorId: actor.accountId,
    now,
    detail: { secondmentId: row.id, expectedEndDate: body.expectedEndDate },
  });
  const [view] = await present(
    tx,
    actor,
    [{ secondment: row, agency, officerName: officer.name, officerFrontLine: officer.frontLine }],
    officer.tenantId,
    now,
  );
  return { result: view, recordIds: [row.id, officer.id], tenantId: officer.tenantId, detail: { agencyId: agency.id } };
}

export async function endSecondment(
  tx: Tx,
  actor: Actor,
  id: string,
  body: SecondmentEndBody,
  now: Date,
): Promise<WriteResult<SecondmentView>> {
  const found = await findSecondmentInScope(tx, writeScope(actor), id);
  if (!found) {
    if (await findSecondmentInScope(tx, readScope(actor), id)) throw forbidden('out_of_scope');
    throw notFound('secondment_not_found');
  }
  const s = found.secondment;
  if (s.endedOn !== null) throw conflict({ endedOn: { key: 'secondment_already_ended', params: { on: s.endedOn } } });
  if (body.endedOn < s.startDate) throw invalidInput({ endedOn: 'secondment_end_before_start' });
  if (body.endedOn > shanghaiDate(now)) throw invalidInput({ endedOn: 'transfer_date_in_future' });
  const row = await updateSecondment(tx, s.tenantId, id, {
    endedOn: body.endedOn,
    note: body.note ?? null,
    updatedAt: now,
  });
  const officer = await getOfficerBrief(tx, s.tenantId, s.officerId);
  // Back in post only when the officer is still seconded (not transferred or retired meanwhile).
  if (officer?.status === 'seconded')
    await moveOfficer(tx, {
      tenantId: s.tenantId,
      officerId: s.officerId,
      kind: 'secondment_end',
      status: 'in_post',
      reason: `借调结束（${s.destination}）${body.note ? `：${body.note}` : ''}`,
      actorId: actor.accountId,
      now,
      detail: { secondmentId: id },
    });
  const [view] = await present(tx, actor, [{ ...found, secondment: row }], s.tenantId, now);
  return { result: view, recordIds: [id, s.officerId], tenantId: s.tenantId };
}
