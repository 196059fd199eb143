// Use cases on agencies' annual training plans (年度培训计划): the structured plan an agency keeps (items with the
// month, hours and audience), its progress against the courses the agency delivered, and publishing it.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { PlanItemInput, PlanUpdateBody, PlanView } from '../../../../contracts/training';
import { planCreateBody, planListQuery } from '../../../../contracts/training';
import type { Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import { shanghaiDate } from '../../platform/legal-date';
import type { WriteResult } from '../../platform/http/request';
import { toTenths } from './training-hours.rules';
import { readScope, writeScope } from './training-course.service';
import { presentPlan } from './training.presenter';
import {
  coursesLinkedToItems,
  coursesOfAgenciesInYear,
  deletePlanRow,
  findAgencyInScope,
  findPlanById,
  insertPlan,
  listPlans as listPlanRows,
  planItems,
  replacePlanItems,
  updatePlanRow,
  type AgencyBrief,
  type PlanRow,
} from './training.repository';

async function present(ex: Executor, actor: Actor, rows: { plan: PlanRow; agency: AgencyBrief }[], now: Date) {
  if (rows.length === 0) return [];
  const tenantId = rows[0].plan.tenantId;
  const items = await planItems(
    ex,
    tenantId,
    rows.map((r) => r.plan.id),
  );
  const years = [...new Set(rows.map((r) => r.plan.year))];
  const courses = (
    await Promise.all(
      years.map((y) =>
        coursesOfAgenciesInYear(
          ex,
          tenantId,
          rows.filter((r) => r.plan.year === y).map((r) => r.agency.id),
          y,
        ),
      ),
    )
  ).flat();
  const today = shanghaiDate(now);
  return rows.map((r) =>
    presentPlan(
      actor,
      r.plan,
      r.agency,
      items.filter((i) => i.planId === r.plan.id),
      courses.filter((c) => c.agencyId === r.agency.id && c.endDate.startsWith(String(r.plan.year))),
      today,
    ),
  );
}

export async function listPlans(
  ex: Executor,
  actor: Actor,
  q: z.output<typeof planListQuery>,
  now: Date,
): Promise<{ items: PlanView[] }> {
  const rows = await listPlanRows(ex, {
    scopeWhere: readScope(actor),
    tenantId: q.tenant ?? actor.tenantId,
    year: q.year,
    agencyId: q.agencyId,
  });
  return { items: await present(ex, actor, rows, now) };
}

export async function getPlan(ex: Executor, actor: Actor, id: string, now: Date): Promise<PlanView> {
  const row = await findPlanById(ex, readScope(actor), id);
  if (!row) throw notFound('training_plan_not_found');
  return (await present(ex, actor, [row], now))[0];
}

async function planForWrite(tx: Tx, actor: Actor, id: string) {
  const row = await findPlanById(tx, writeScope(actor), id);
  if (!row) {
    if (await findPlanById(tx, readScope(actor), id)) throw forbidden('out_of_scope');
    throw notFound('training_plan_not_found');
  }
  if (row.plan.status !== 'draft') throw conflict({ status: 'training_plan_published' });
  return row;
}

function itemRows(tenantId: string, planId: string, items: PlanItemInput[], known: Set<string>) {
  const seen = new Set<string>();
  return items.map((i, n) => {
    if (i.id && (!known.has(i.id) || seen.has(i.id)))
      throw invalidInput({ [`items.${n}.id`]: 'training_item_id_unknown' });
    const id = i.id ?? randomUUID();
    seen.add(id);
    return {
      tenantId,
      id,
      planId,
      title: i.title,
      kind: i.kind,
      plannedMonth: i.plannedMonth,
      hoursTenths: toTenths(i.hours),
      audience: i.audience,
      sortOrder: n,
    };
  });
}

export async function createPlan(
  tx: Tx,
  actor: Actor,
  body: z.output<typeof planCreateBody>,
  now: Date,
): Promise<WriteResult<PlanView>> {
  const agency = await findAgencyInScope(tx, writeScope(actor), body.agencyId);
  if (!agency) {
    if (await findAgencyInScope(tx, readScope(actor), body.agencyId)) throw forbidden('out_of_scope');
    throw invalidInput({ agencyId: 'agency_not_found' });
  }
  if (agency.status !== 'active') throw invalidInput({ agencyId: 'agency_abolished' });
  const existing = await listPlanRows(tx, {
    scopeWhere: writeScope(actor),
    tenantId: agency.tenantId,
    agencyId: agency.id,
    year: body.year,
  });
  if (existing.length) throw conflict({ year: { key: 'training_plan_exists', params: { year: body.year } } });
  const id = randomUUID();
  const plan = await insertPlan(tx, {
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    year: body.year,
    status: 'draft',
    note: body.note || null,
    createdBy: actor.accountId,
    createdAt: now,
    updatedAt: now,
  });
  await replacePlanItems(tx, agency.tenantId, id, itemRows(agency.tenantId, id, body.items, new Set()));
  return {
    result: (await present(tx, actor, [{ plan, agency }], now))[0],
    recordIds: [id],
    tenantId: agency.tenantId,
    detail: { agencyId: agency.id, year: body.year },
  };
}

export async function updatePlan(
  tx: Tx,
  actor: Actor,
  id: string,
  body: PlanUpdateBody,
  now: Date,
): Promise<WriteResult<PlanView>> {
  const { plan, agency } = await planForWrite(tx, actor, id);
  if (body.items) {
    const current = await planItems(tx, plan.tenantId, [id]);
    const rows = itemRows(plan.tenantId, id, body.items, new Set(current.map((i) => i.id)));
    const kept = new Set(rows.map((r) => r.id));
    const removed = current.filter((i) => !kept.has(i.id)).map((i) => i.id);
    const linked = await coursesLinkedToItems(tx, plan.tenantId, removed);
    if (linked.length) throw conflict({ items: 'training_item_in_use' });
    await replacePlanItems(tx, plan.tenantId, id, rows);
  }
  const updated = await updatePlanRow(tx, plan.tenantId, id, {
    note: body.note !== undefined ? body.note || null : plan.note,
    updatedAt: now,
  });
  return {
    result: (await present(tx, actor, [{ plan: updated, agency }], now))[0],
    recordIds: [id],
    tenantId: plan.tenantId,
  };
}

export async function publishPlan(tx: Tx, actor: Actor, id: string, now: Date): Promise<WriteResult<PlanView>> {
  const { plan, agency } = await planForWrite(tx, actor, id);
  const updated = await updatePlanRow(tx, plan.tenantId, id, { status: 'published', publishedAt: now, updatedAt: now });
  return {
    result: (await present(tx, actor, [{ plan: updated, agency }], now))[0],
    recordIds: [id],
    tenantId: plan.tenantId,
  };
}

export async function deletePlan(tx: Tx, actor: Actor, id: string): Promise<WriteResult<null>> {
  const { plan } = await planForWrite(tx, actor, id);
  const items = await planItems(tx, plan.tenantId, [id]);
  const linked = await coursesLinkedToItems(
    tx,
    plan.tenantId,
    items.map((i) => i.id),
  );
  if (linked.length) throw conflict({ items: 'training_item_in_use' });
  await deletePlanRow(tx, plan.tenantId, id);
  return { result: null, recordIds: [id], tenantId: plan.tenantId };
}
