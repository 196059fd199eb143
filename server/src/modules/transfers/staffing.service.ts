// Front-line strength (一线执法力量) per agency, the justice bureau's minimums (最低配置) and secondment settings,
// and the 借调预警 flags. The minimum is the justice bureau's tenant-wide standard (personnel.configure): the
// notice of 2024-06-26 (四) asks it to keep front-line teams 人员数量稳定，力量充足.
import type {
  AgencyStrengthView,
  SecondmentFlag,
  SecondmentFlagView,
  StaffingMinimumBody,
  StrengthListView,
  TransferSettingsView,
} from '../../../../contracts/transfer';
import { scopesFor, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import { computeBalance, countsOnFrontLine, type BalanceItem, type StrengthOfficer } from './transfer-balance';
import { agencySecondmentFlags, daysBetween, secondmentTimeFlags } from './secondment-flags';
import {
  activeSecondmentsOf,
  agenciesInScope,
  deleteMinimum,
  findAgencyInScope,
  listSecondments,
  minimumsOf,
  pendingPlansOf,
  settingsRow,
  strengthOfficers,
  upsertMinimum,
  upsertSettings,
  type AgencyRef,
  type PlanRow,
} from './transfer.repository';
import type { StoredTransferItem } from './transfer.schema';

const cols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };
export const readScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'personnel.read'), cols);
export const writeScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'personnel.write'), cols);

export const DEFAULT_TRANSFER_SETTINGS: TransferSettingsView = { secondedSharePercent: 10, maxSecondmentMonths: 6 };

export async function getTransferSettings(ex: Executor, tenantId: string): Promise<TransferSettingsView> {
  const row = await settingsRow(ex, tenantId);
  return row
    ? { secondedSharePercent: row.secondedSharePercent, maxSecondmentMonths: row.maxSecondmentMonths }
    : { ...DEFAULT_TRANSFER_SETTINGS };
}

export async function updateTransferSettings(
  tx: Tx,
  actor: Actor,
  body: Partial<TransferSettingsView>,
  now: Date,
): Promise<WriteResult<TransferSettingsView>> {
  const tenantId = actor.tenantId;
  if (!tenantsWithWholeScope(actor, 'personnel.configure').includes(tenantId)) throw forbidden();
  const next = { ...(await getTransferSettings(tx, tenantId)), ...body };
  await upsertSettings(tx, { tenantId, ...next, updatedAt: now, updatedBy: actor.accountId });
  return { result: next, recordIds: [tenantId], tenantId };
}

/** Items of a plan that still change the strength (not yet executed). */
export const openItems = (items: readonly StoredTransferItem[]): BalanceItem[] =>
  items
    .filter((i) => i.executedAt === null)
    .map((i): BalanceItem => {
      switch (i.kind) {
        case 'out':
          return { kind: 'out', officerId: i.officerId! };
        case 'in':
          return { kind: 'in', officerId: i.officerId, frontLine: i.frontLine ?? false };
        case 'post':
          return { kind: 'post', officerId: i.officerId!, frontLine: i.frontLine ?? false };
      }
    });

export async function minimumFor(ex: Executor, tenantId: string, agencyId: string): Promise<number | null> {
  const [row] = await minimumsOf(ex, tenantId, [agencyId]);
  return row?.minimumFrontLine ?? null;
}

interface AgencyFigures {
  current: number;
  seconded: number;
  secondedFrontLine: number;
  enforcement: number;
}

function figuresOf(agencyId: string, officers: readonly StrengthOfficer[]): AgencyFigures {
  const mine = officers.filter((o) => o.agencyId === agencyId);
  return {
    current: mine.filter(countsOnFrontLine).length,
    seconded: mine.filter((o) => o.status === 'seconded').length,
    secondedFrontLine: mine.filter((o) => o.status === 'seconded' && o.frontLine).length,
    enforcement: mine.filter((o) => o.status === 'in_post' || o.status === 'seconded').length,
  };
}

export async function listStrength(ex: Executor, actor: Actor, filter: { tenant?: string }): Promise<StrengthListView> {
  const tenantId = filter.tenant ?? actor.tenantId;
  const list = await agenciesInScope(ex, readScope(actor), tenantId);
  const ids = list.map((a) => a.id);
  const pending = await pendingPlansOf(ex, tenantId, ids);
  const itemOfficerIds = pending.flatMap((p) => p.items.flatMap((i) => (i.officerId ? [i.officerId] : [])));
  const officers = await strengthOfficers(ex, tenantId, ids, itemOfficerIds);
  const minimums = await minimumsOf(ex, tenantId, ids);
  const minBy = new Map(minimums.map((m) => [m.agencyId, m]));
  const plansBy = new Map<string, PlanRow[]>();
  for (const p of pending) {
    const list = plansBy.get(p.agencyId);
    if (list) list.push(p);
    else plansBy.set(p.agencyId, [p]);
  }
  const items: AgencyStrengthView[] = list.map((a) => {
    const m = minBy.get(a.id);
    const minimum = m?.minimumFrontLine ?? null;
    const f = figuresOf(a.id, officers);
    const planItems = (plansBy.get(a.id) ?? []).flatMap((p) => openItems(p.items));
    const b = computeBalance(a.id, officers, planItems, minimum);
    return {
      agency: { id: a.id, name: a.name },
      minimum,
      minimumBasis: m?.basis ?? null,
      minimumNote: m?.note ?? null,
      current: f.current,
      seconded: f.secondedFrontLine,
      enforcement: f.enforcement,
      projected: b.projected,
      belowMinimum: minimum !== null && (f.current < minimum || b.projected < minimum),
    };
  });
  return { items, canConfigure: tenantsWithWholeScope(actor, 'personnel.configure').includes(tenantId) };
}

export async function setStaffingMinimum(
  tx: Tx,
  actor: Actor,
  agencyId: string,
  body: StaffingMinimumBody,
  now: Date,
): Promise<WriteResult<AgencyStrengthView>> {
  const a = await findAgencyInScope(tx, readScope(actor), agencyId);
  if (!a) throw notFound('agency_not_found');
  if (!tenantsWithWholeScope(actor, 'personnel.configure').includes(a.tenantId)) throw forbidden('out_of_scope');
  if (a.status !== 'active') throw invalidInput({ agencyId: 'agency_abolished' });
  if (body.minimumFrontLine === null) await deleteMinimum(tx, a.tenantId, a.id);
  else
    await upsertMinimum(tx, {
      tenantId: a.tenantId,
      agencyId: a.id,
      minimumFrontLine: body.minimumFrontLine,
      basis: body.basis ?? null,
      note: body.note ?? null,
      updatedAt: now,
      updatedBy: actor.accountId,
    });
  const view = (await listStrength(tx, actor, { tenant: a.tenantId })).items.find((i) => i.agency.id === a.id)!;
  return {
    result: view,
    recordIds: [a.id],
    tenantId: a.tenantId,
    detail: { minimumFrontLine: body.minimumFrontLine },
  };
}

/** The flags of every agency in scope and of each of its active secondments, on `today`. */
export async function computeSecondmentFlags(
  ex: Executor,
  tenantId: string,
  agencyList: readonly AgencyRef[],
  today: string,
) {
  const ids = agencyList.map((a) => a.id);
  const officers = await strengthOfficers(ex, tenantId, ids);
  const minimums = await minimumsOf(ex, tenantId, ids);
  const settings = await getTransferSettings(ex, tenantId);
  const active = await activeSecondmentsOf(ex, tenantId, ids);
  const minBy = new Map(minimums.map((m) => [m.agencyId, m.minimumFrontLine]));
  const byAgency = new Map<string, { flags: SecondmentFlag[]; detail: Record<string, number | null> }>();
  for (const a of agencyList) {
    const f = figuresOf(a.id, officers);
    // Secondments recorded here count even if the officer's status was changed elsewhere.
    const seconded = Math.max(f.seconded, active.filter((s) => s.agencyId === a.id).length);
    const minimum = minBy.get(a.id) ?? null;
    byAgency.set(a.id, {
      flags: agencySecondmentFlags({ ...f, seconded, minimum }, settings.secondedSharePercent),
      detail: {
        current: f.current,
        minimum,
        seconded,
        enforcement: f.enforcement,
        sharePercent: settings.secondedSharePercent,
      },
    });
  }
  return { byAgency, settings, today };
}

export async function listSecondmentFlags(
  ex: Executor,
  actor: Actor,
  filter: { tenant?: string },
  now: Date,
): Promise<{ items: SecondmentFlagView[] }> {
  const tenantId = filter.tenant ?? actor.tenantId;
  const today = shanghaiDate(now);
  const list = await agenciesInScope(ex, readScope(actor), tenantId);
  const { byAgency, settings } = await computeSecondmentFlags(ex, tenantId, list, today);
  const out: SecondmentFlagView[] = [];
  for (const a of list) {
    const f = byAgency.get(a.id)!;
    for (const kind of f.flags)
      out.push({ kind, agency: { id: a.id, name: a.name }, secondmentId: null, officerName: null, detail: f.detail });
  }
  const rows = await listSecondments(ex, { scopeWhere: readScope(actor), tenantId, active: true });
  for (const r of rows) {
    for (const kind of secondmentTimeFlags(r.secondment, today, settings.maxSecondmentMonths)) {
      out.push({
        kind,
        agency: { id: r.agency.id, name: r.agency.name },
        secondmentId: r.secondment.id,
        officerName: r.officerName,
        detail: {
          startDate: r.secondment.startDate,
          expectedEndDate: r.secondment.expectedEndDate,
          days: daysBetween(r.secondment.startDate, today),
          maxMonths: settings.maxSecondmentMonths,
        },
      });
    }
  }
  return { items: out };
}
