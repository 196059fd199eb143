// Use cases of transfer plans (调动计划 with its 补充计划): file, edit, submit with the balance check, withdraw,
// the justice bureau's accept / return, the organisation department's filing as recorded by the agency, and
// 「执行」 which applies the due items to the officers in one transaction (officer events, certificates suspended
// for the old agency's domains on a transfer out).
import { randomUUID } from 'node:crypto';
import type {
  BalancePreviewBody,
  BalanceView,
  OrgFilingBody,
  TransferItemInput,
  TransferPlanAction,
  TransferPlanCreateBody,
  TransferPlanListQuery,
  TransferPlanListView,
  TransferPlanState,
  TransferPlanUpdateBody,
  TransferPlanView,
} from '../../../../contracts/transfer';
import { scopesFor, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { suspendCertificatesForTransfer } from '../certificates/certificate-status.service';
import { getOfficerBrief, getOfficerBriefs, moveOfficer } from '../personnel/officer-lookup.service';
import { computeBalance } from './transfer-balance';
import { nextState } from './transfer-plan.machine';
import { dueItems, presentPlan, presentPlans } from './transfer.presenter';
import {
  activeSecondmentOfOfficer,
  agenciesByIds,
  findAgencyInScope,
  findPlanInScope,
  insertPlan,
  insertPlanEvent,
  listPlans as listPlanRows,
  strengthOfficers,
  updatePlan,
  updateSecondment,
  type AgencyRef,
  type PlanRow,
} from './transfer.repository';
import type { StoredTransferItem } from './transfer.schema';
import { minimumFor, openItems, readScope, writeScope } from './staffing.service';

export async function listPlans(
  ex: Executor,
  actor: Actor,
  q: TransferPlanListQuery,
  now: Date,
): Promise<TransferPlanListView> {
  const page = q.page;
  const pageSize = q.pageSize;
  const tenantId = q.tenant ?? actor.tenantId;
  const { rows, total } = await listPlanRows(ex, {
    scopeWhere: readScope(actor),
    tenantId,
    agencyId: q.agencyId,
    state: q.state,
    year: q.year,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return {
    items: await presentPlans(ex, rows, actor, now),
    total,
    canCreate: scopesFor(actor, 'personnel.write').length > 0,
  };
}

export async function getPlan(ex: Executor, actor: Actor, id: string, now: Date): Promise<TransferPlanView> {
  const row = await findPlanInScope(ex, readScope(actor), id);
  if (!row) throw notFound('transfer_plan_not_found');
  return presentPlan(ex, row, actor, now);
}

/** Readable but not writable is forbidden, unreadable is not found. */
async function planForWrite(tx: Tx, actor: Actor, id: string) {
  const row = await findPlanInScope(tx, writeScope(actor), id);
  if (!row) {
    if (await findPlanInScope(tx, readScope(actor), id)) throw forbidden('out_of_scope');
    throw notFound('transfer_plan_not_found');
  }
  return row;
}

async function planForReview(tx: Tx, actor: Actor, id: string) {
  const row = await findPlanInScope(tx, readScope(actor), id);
  if (!row) throw notFound('transfer_plan_not_found');
  // Accepting or returning a filing is the justice bureau's, over the whole tenant.
  if (!tenantsWithWholeScope(actor, 'filing.review').includes(row.plan.tenantId)) throw forbidden('out_of_scope');
  return row;
}

async function agencyForWrite(tx: Tx, actor: Actor, agencyId: string): Promise<AgencyRef> {
  const a = await findAgencyInScope(tx, writeScope(actor), agencyId);
  if (!a) {
    if (await findAgencyInScope(tx, readScope(actor), agencyId)) throw forbidden('out_of_scope');
    throw invalidInput({ agencyId: 'agency_not_found' });
  }
  if (a.status !== 'active') throw invalidInput({ agencyId: 'agency_abolished' });
  return a;
}

function requireTransition(state: TransferPlanState, action: TransferPlanAction): TransferPlanState {
  const to = nextState(state, action);
  if (!to) throw conflict({ state: { key: 'transfer_plan_wrong_state', params: { state } } });
  return to;
}

const ACTIVE_STATUSES = new Set(['in_post', 'seconded']);

/**
 * Checks the items against the officers and agencies of the tenant and stores them with the names as written.
 * Every problem is reported on its own field (`items.3.officerId`), nothing is written when one is wrong.
 */
async function checkItems(
  ex: Executor,
  agency: AgencyRef,
  items: readonly TransferItemInput[],
  previous: readonly StoredTransferItem[] = [],
): Promise<StoredTransferItem[]> {
  const officerIds = items.flatMap((i) => (i.officerId ? [i.officerId] : []));
  const destIds = items.flatMap((i) => (i.kind === 'out' && i.destinationAgencyId ? [i.destinationAgencyId] : []));
  const briefs = await getOfficerBriefs(ex, agency.tenantId, officerIds);
  const dests = await agenciesByIds(ex, agency.tenantId, destIds);
  const officerBy = new Map(briefs.map((o) => [o.id, o]));
  const destBy = new Map(dests.map((d) => [d.id, d]));
  const prevBy = new Map(previous.map((p) => [p.id, p]));
  const errors: Record<string, string> = {};
  const seenOfficers = new Set<string>();
  const seenIds = new Set<string>();
  const stored = items.map((item, i): StoredTransferItem => {
    const at = (f: string) => `items.${i}.${f}`;
    const id = item.id && prevBy.has(item.id) && !seenIds.has(item.id) ? item.id : randomUUID();
    seenIds.add(id);
    const officer = item.officerId ? officerBy.get(item.officerId) : undefined;
    if (item.officerId) {
      if (seenOfficers.has(item.officerId)) errors[at('officerId')] = 'transfer_officer_duplicate';
      seenOfficers.add(item.officerId);
    }
    const base: StoredTransferItem = {
      id,
      kind: item.kind,
      officerId: item.officerId ?? null,
      officerName: officer?.name ?? null,
      officerAgencyId: officer?.agencyId ?? null,
      officerFrontLine: officer?.frontLine ?? null,
      destinationAgencyId: null,
      destinationName: null,
      newPersonName: null,
      post: null,
      frontLine: null,
      effectiveDate: item.effectiveDate,
      reason: item.reason,
      executedAt: null,
      outcome: null,
    };
    switch (item.kind) {
      case 'out': {
        if (!officer || officer.agencyId !== agency.id || !ACTIVE_STATUSES.has(officer.status))
          errors[at('officerId')] = 'transfer_officer_not_in_agency';
        const destId = item.destinationAgencyId ?? null;
        const destName = item.destinationName?.trim() || null;
        if (destId) {
          const d = destBy.get(destId);
          if (!d || d.id === agency.id || d.status !== 'active')
            errors[at('destinationAgencyId')] = 'transfer_destination_unknown';
          else Object.assign(base, { destinationAgencyId: d.id, destinationName: d.name });
        } else if (destName) base.destinationName = destName;
        else errors[at('destinationName')] = 'transfer_destination_required';
        return base;
      }
      case 'in': {
        if (item.officerId) {
          if (!officer || officer.agencyId === agency.id || !ACTIVE_STATUSES.has(officer.status))
            errors[at('officerId')] = 'transfer_officer_in_unknown';
        } else if (!item.newPersonName?.trim()) errors[at('newPersonName')] = 'transfer_in_person_required';
        else base.newPersonName = item.newPersonName.trim();
        return { ...base, post: item.post?.trim() || null, frontLine: item.frontLine };
      }
      case 'post':
        if (!officer || officer.agencyId !== agency.id || !ACTIVE_STATUSES.has(officer.status))
          errors[at('officerId')] = 'transfer_officer_not_in_agency';
        else if (officer.frontLine === item.frontLine && !item.post?.trim())
          errors[at('frontLine')] = 'transfer_post_unchanged';
        return { ...base, post: item.post?.trim() || null, frontLine: item.frontLine };
    }
  });
  if (Object.keys(errors).length) throw invalidInput(errors as Record<string, never>);
  return stored;
}

async function balanceOf(ex: Executor, agency: AgencyRef, items: readonly StoredTransferItem[]): Promise<BalanceView> {
  const officerIds = items.flatMap((i) => (i.officerId ? [i.officerId] : []));
  const officers = await strengthOfficers(ex, agency.tenantId, [agency.id], officerIds);
  const minimum = await minimumFor(ex, agency.tenantId, agency.id);
  return computeBalance(agency.id, officers, openItems(items), minimum);
}

/** The balance a draft would have (the editor's live panel): validates the items as saving would. */
export async function previewBalance(ex: Executor, actor: Actor, body: BalancePreviewBody): Promise<BalanceView> {
  const a = await findAgencyInScope(ex, readScope(actor), body.agencyId);
  if (!a) throw invalidInput({ agencyId: 'agency_not_found' });
  return balanceOf(ex, a, await checkItems(ex, a, body.items));
}

async function writeEvent(
  tx: Tx,
  actor: Actor,
  plan: PlanRow,
  action: string,
  to: TransferPlanState,
  comments: string | null,
  now: Date,
) {
  await insertPlanEvent(tx, {
    tenantId: plan.tenantId,
    id: randomUUID(),
    planId: plan.id,
    action,
    fromState: action === 'create' ? null : plan.state,
    toState: to,
    comments,
    actorId: actor.accountId,
    actorName: actor.displayName,
    at: now,
  });
}

async function done(tx: Tx, actor: Actor, plan: PlanRow, agency: AgencyRef, now: Date, detail = {}) {
  return {
    result: await presentPlan(tx, { plan, agency }, actor, now),
    recordIds: [plan.id],
    tenantId: plan.tenantId,
    detail: { agencyId: agency.id, state: plan.state, ...detail },
  };
}

export async function createPlan(
  tx: Tx,
  actor: Actor,
  body: TransferPlanCreateBody,
  now: Date,
): Promise<WriteResult<TransferPlanView>> {
  const a = await agencyForWrite(tx, actor, body.agencyId);
  const items = await checkItems(tx, a, body.items ?? []);
  const plan = await insertPlan(tx, {
    tenantId: a.tenantId,
    id: randomUUID(),
    agencyId: a.id,
    title: body.title,
    year: Number(shanghaiDate(now).slice(0, 4)),
    state: 'draft',
    items,
    createdBy: actor.accountId,
    createdAt: now,
    updatedAt: now,
  });
  await writeEvent(tx, actor, plan, 'create', 'draft', null, now);
  return done(tx, actor, plan, a, now);
}

export async function updatePlanContent(
  tx: Tx,
  actor: Actor,
  id: string,
  body: TransferPlanUpdateBody,
  now: Date,
): Promise<WriteResult<TransferPlanView>> {
  const { plan, agency } = await planForWrite(tx, actor, id);
  requireTransition(plan.state as TransferPlanState, 'edit');
  if (agency.status !== 'active') throw conflict({ agencyId: 'agency_abolished' });
  const items = await checkItems(tx, agency, body.items, plan.items);
  const row = await updatePlan(tx, plan.tenantId, id, { title: body.title, items, updatedAt: now });
  return done(tx, actor, row, agency, now);
}

export async function submitPlan(
  tx: Tx,
  actor: Actor,
  id: string,
  body: { balanceReason?: string | null },
  now: Date,
): Promise<WriteResult<TransferPlanView>> {
  const { plan, agency } = await planForWrite(tx, actor, id);
  const to = requireTransition(plan.state as TransferPlanState, 'submit');
  if (plan.items.length === 0) throw invalidInput({ items: 'transfer_items_required' });
  // Officers may have moved since the draft was written: check again, keeping the item ids.
  const items = await checkItems(
    tx,
    agency,
    plan.items.map((i) => toInput(i)),
    plan.items,
  );
  const balance = await balanceOf(tx, agency, items);
  const reason = body.balanceReason?.trim() || null;
  // 保障一线执法队伍人员数量稳定: below the minimum only with a stated reason, and flagged for the justice bureau.
  if (balance.belowMinimum && !reason)
    throw invalidInput({
      balanceReason: {
        key: 'transfer_balance_reason_required',
        params: { projected: balance.projected, minimum: balance.minimum },
      },
    });
  const row = await updatePlan(tx, plan.tenantId, id, {
    state: to,
    items,
    submittedBalance: balance,
    balanceReason: balance.belowMinimum ? reason : null,
    flagged: balance.belowMinimum,
    submittedAt: now,
    reviewComments: null,
    updatedAt: now,
  });
  await writeEvent(tx, actor, plan, 'submit', to, row.balanceReason, now);
  return done(tx, actor, row, agency, now, { balance });
}

function toInput(i: StoredTransferItem): TransferItemInput {
  const common = { id: i.id, effectiveDate: i.effectiveDate, reason: i.reason };
  switch (i.kind) {
    case 'out':
      return {
        kind: 'out',
        ...common,
        officerId: i.officerId!,
        destinationAgencyId: i.destinationAgencyId,
        destinationName: i.destinationAgencyId ? null : i.destinationName,
      };
    case 'in':
      return {
        kind: 'in',
        ...common,
        officerId: i.officerId,
        newPersonName: i.newPersonName,
        post: i.post,
        frontLine: i.frontLine ?? false,
      };
    case 'post':
      return { kind: 'post', ...common, officerId: i.officerId!, post: i.post, frontLine: i.frontLine ?? false };
  }
}

export async function withdrawPlan(
  tx: Tx,
  actor: Actor,
  id: string,
  now: Date,
): Promise<WriteResult<TransferPlanView>> {
  const { plan, agency } = await planForWrite(tx, actor, id);
  const to = requireTransition(plan.state as TransferPlanState, 'withdraw');
  const row = await updatePlan(tx, plan.tenantId, id, { state: to, updatedAt: now });
  await writeEvent(tx, actor, plan, 'withdraw', to, null, now);
  return done(tx, actor, row, agency, now);
}

export async function decidePlan(
  tx: Tx,
  actor: Actor,
  id: string,
  action: 'accept' | 'return',
  comments: string | null,
  now: Date,
): Promise<WriteResult<TransferPlanView>> {
  const { plan, agency } = await planForReview(tx, actor, id);
  const to = requireTransition(plan.state as TransferPlanState, action);
  const row = await updatePlan(tx, plan.tenantId, id, {
    state: to,
    reviewComments: comments,
    decidedAt: now,
    decidedByName: actor.displayName,
    updatedAt: now,
  });
  await writeEvent(tx, actor, plan, action, to, comments, now);
  return done(tx, actor, row, agency, now);
}

export async function recordOrgFiling(
  tx: Tx,
  actor: Actor,
  id: string,
  body: OrgFilingBody,
  now: Date,
): Promise<WriteResult<TransferPlanView>> {
  const { plan, agency } = await planForWrite(tx, actor, id);
  if (plan.state === 'withdrawn')
    throw conflict({ state: { key: 'transfer_plan_wrong_state', params: { state: plan.state } } });
  const documentNo = body.documentNo?.trim() || null;
  if (body.filedOn === null && documentNo) throw invalidInput({ filedOn: 'transfer_org_filed_on_required' });
  if (body.filedOn && body.filedOn > shanghaiDate(now)) throw invalidInput({ filedOn: 'transfer_date_in_future' });
  const row = await updatePlan(tx, plan.tenantId, id, {
    orgFiledOn: body.filedOn,
    orgDocumentNo: body.filedOn ? documentNo : null,
    updatedAt: now,
  });
  return done(tx, actor, row, agency, now, { orgFiledOn: body.filedOn, orgDocumentNo: documentNo });
}

/**
 * 「执行」: applies every item due today (effective date on or before the Asia/Shanghai date) not yet applied. A
 * transfer out moves the officer to the destination agency, or marks them 调离 when they leave for an outside
 * body, and suspends their certificates for the old agency's domains; a transfer in moves the officer here (a
 * new person waits for the officers module to register them); a post change sets the post. One transaction.
 */
export async function executePlan(tx: Tx, actor: Actor, id: string, now: Date): Promise<WriteResult<TransferPlanView>> {
  const { plan, agency } = await planForWrite(tx, actor, id);
  const to = requireTransition(plan.state as TransferPlanState, 'execute');
  const today = shanghaiDate(now);
  const due = new Set(dueItems(plan, today).map((i) => i.id));
  if (due.size === 0) throw conflict({ items: 'transfer_nothing_due' });
  const moved: string[] = [];
  const suspended: string[] = [];
  const items: StoredTransferItem[] = [];
  for (const item of plan.items) {
    if (!due.has(item.id)) {
      items.push(item);
      continue;
    }
    const reason = `调动计划「${plan.title}」：${item.reason}`;
    const detail = { planId: plan.id, itemId: item.id };
    let outcome = 'applied';
    const officer = item.officerId ? await getOfficerBrief(tx, plan.tenantId, item.officerId) : null;
    if (item.kind === 'out') {
      if (!officer || officer.agencyId !== agency.id) outcome = 'already_moved';
      else {
        const open = await activeSecondmentOfOfficer(tx, plan.tenantId, officer.id);
        if (open)
          await updateSecondment(tx, plan.tenantId, open.id, {
            endedOn: today,
            note: '调出，借调随之结束',
            updatedAt: now,
          });
        await moveOfficer(tx, {
          tenantId: plan.tenantId,
          officerId: officer.id,
          kind: 'transfer_out',
          ...(item.destinationAgencyId
            ? { agencyId: item.destinationAgencyId, status: 'in_post' as const }
            : { status: 'transferred' as const }),
          reason,
          actorId: actor.accountId,
          now,
          detail: { ...detail, destination: item.destinationName },
        });
        suspended.push(
          ...(await suspendCertificatesForTransfer(tx, {
            tenantId: plan.tenantId,
            officerId: officer.id,
            fromAgencyId: agency.id,
            reason,
            actorId: actor.accountId,
            now,
          })),
        );
        moved.push(officer.id);
      }
    } else if (item.kind === 'in') {
      if (!item.officerId) outcome = 'awaiting_registration';
      else if (!officer || officer.agencyId === agency.id) outcome = 'already_moved';
      else {
        await moveOfficer(tx, {
          tenantId: plan.tenantId,
          officerId: officer.id,
          kind: 'transfer_in',
          agencyId: agency.id,
          frontLine: item.frontLine ?? officer.frontLine,
          ...(item.post ? { post: item.post } : {}),
          ...(officer.status === 'seconded' ? {} : { status: 'in_post' as const }),
          reason,
          actorId: actor.accountId,
          now,
          detail: { ...detail, fromAgencyId: officer.agencyId },
        });
        // Leaving the old agency: its domains' certificates are suspended there too.
        suspended.push(
          ...(await suspendCertificatesForTransfer(tx, {
            tenantId: plan.tenantId,
            officerId: officer.id,
            fromAgencyId: officer.agencyId,
            reason,
            actorId: actor.accountId,
            now,
          })),
        );
        moved.push(officer.id);
      }
    } else if (!officer || officer.agencyId !== agency.id) outcome = 'already_moved';
    else {
      await moveOfficer(tx, {
        tenantId: plan.tenantId,
        officerId: officer.id,
        kind: 'post_change',
        frontLine: item.frontLine ?? officer.frontLine,
        ...(item.post ? { post: item.post } : {}),
        reason,
        actorId: actor.accountId,
        now,
        detail,
      });
      moved.push(officer.id);
    }
    items.push({ ...item, executedAt: now.toISOString(), outcome });
  }
  const complete = items.every((i) => i.executedAt !== null);
  const state: TransferPlanState = complete ? to : (plan.state as TransferPlanState);
  const row = await updatePlan(tx, plan.tenantId, id, {
    items,
    state,
    ...(complete ? { executedAt: now } : {}),
    updatedAt: now,
  });
  await writeEvent(tx, actor, plan, 'execute', state, `${due.size}`, now);
  return done(tx, actor, row, agency, now, { moved, suspendedCertificates: suspended, complete });
}
