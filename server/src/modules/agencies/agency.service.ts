// Use cases on the agency tree: list, read, create, change (rename, move, abolish, restore).
import { randomUUID } from 'node:crypto';
import type { AgencyCreateBody, AgencyUpdateBody, AgencyView } from '../../../../contracts/agency';
import { can, scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { findTenant } from '../tenants/tenant.repository';
import { agencies } from './agency.schema';
import {
  countActiveAccounts,
  countActiveChildren,
  findAgencyInScope,
  insertAgency,
  listAgencies as listAgencyRows,
  lockAgency,
  rewriteSubtreePaths,
  updateAgency as updateAgencyRow,
} from './agency.repository';
import { presentAgency } from './agency.presenter';

const cols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };

export async function listAgencies(
  ex: Executor,
  actor: Actor,
  filter: { tenant?: string; status?: string; q?: string },
): Promise<AgencyView[]> {
  const scopeWhere = agencyScopeWhere(scopesFor(actor, 'agency.read'), cols);
  const rows = await listAgencyRows(ex, {
    scopeWhere,
    tenantId: filter.tenant ?? actor.tenantId,
    status: filter.status,
    q: filter.q,
  });
  return rows.map((r) => presentAgency(r, actor));
}

export async function getAgency(ex: Executor, actor: Actor, id: string): Promise<AgencyView> {
  const row = await findAgencyInScope(ex, agencyScopeWhere(scopesFor(actor, 'agency.read'), cols), id);
  if (!row) throw notFound('agency_not_found');
  return presentAgency(row, actor);
}

export async function createAgency(
  tx: Tx,
  actor: Actor,
  body: AgencyCreateBody,
  now: Date,
): Promise<WriteResult<AgencyView>> {
  const tenantId = body.tenantId ?? actor.tenantId;
  const id = randomUUID();
  let path = `/${id}/`;
  if (body.parentId) {
    const parent = await findAgencyInScope(tx, agencyScopeWhere(scopesFor(actor, 'agency.write'), cols), body.parentId);
    if (!parent || parent.tenantId !== tenantId) throw invalidInput({ parentId: 'parent_not_found' });
    if (parent.status !== 'active') throw invalidInput({ parentId: 'parent_abolished' });
    path = `${parent.path}${id}/`;
  } else {
    if (!(await findTenant(tx, tenantId))) throw invalidInput({ tenantId: 'tenant_not_found' });
  }
  // A top-level agency needs write scope over the whole tenant; a child, over its parent's subtree.
  if (!can(actor, 'agency.write', { tenantId, agencyPath: path })) throw forbidden('out_of_scope');
  const row = await insertAgency(tx, {
    tenantId,
    id,
    parentId: body.parentId ?? null,
    path,
    name: body.name,
    shortName: body.shortName ?? null,
    kind: body.kind,
    legalStatus: body.legalStatus,
    uscc: body.uscc ?? null,
    legalOfficeContact: body.legalOfficeContact ?? null,
    sortOrder: body.sortOrder ?? 0,
    createdAt: now,
    updatedAt: now,
  });
  return { result: presentAgency(row, actor), recordIds: [id], tenantId, detail: { name: body.name } };
}

export async function updateAgency(
  tx: Tx,
  actor: Actor,
  id: string,
  body: AgencyUpdateBody,
  now: Date,
): Promise<WriteResult<AgencyView>> {
  const writeScope = agencyScopeWhere(scopesFor(actor, 'agency.write'), cols);
  const found = await findAgencyInScope(tx, writeScope, id);
  if (!found) {
    // Readable but not writable is forbidden; not even readable is not found (no existence leak).
    const readable = await findAgencyInScope(tx, agencyScopeWhere(scopesFor(actor, 'agency.read'), cols), id);
    throw readable ? forbidden('out_of_scope') : notFound('agency_not_found');
  }
  const current = (await lockAgency(tx, found.tenantId, id))!;
  const set: Parameters<typeof updateAgencyRow>[3] = { updatedAt: now };
  const changed: string[] = [];
  for (const k of ['name', 'shortName', 'kind', 'legalStatus', 'uscc', 'legalOfficeContact', 'sortOrder'] as const) {
    if (body[k] !== undefined && JSON.stringify(body[k]) !== JSON.stringify(current[k])) {
      (set as Record<string, unknown>)[k] = body[k];
      changed.push(k);
    }
  }

  if (body.parentId !== undefined && body.parentId !== current.parentId) {
    let newPath = `/${id}/`;
    if (body.parentId) {
      const parent = await findAgencyInScope(tx, writeScope, body.parentId);
      if (!parent || parent.tenantId !== current.tenantId) throw invalidInput({ parentId: 'parent_not_found' });
      if (parent.path.startsWith(current.path)) throw invalidInput({ parentId: 'parent_cycle' });
      if (parent.status !== 'active') throw invalidInput({ parentId: 'parent_abolished' });
      newPath = `${parent.path}${id}/`;
    }
    if (!can(actor, 'agency.write', { tenantId: current.tenantId, agencyPath: newPath }))
      throw forbidden('out_of_scope');
    await rewriteSubtreePaths(tx, current.tenantId, current.path, newPath);
    set.parentId = body.parentId;
    changed.push('parentId');
  }

  if (body.status && body.status !== current.status) {
    if (body.status === 'abolished') {
      if ((await countActiveChildren(tx, current.tenantId, id)) > 0) throw conflict({ status: 'has_active_children' });
      if ((await countActiveAccounts(tx, current.tenantId, id)) > 0) throw conflict({ status: 'has_active_accounts' });
      set.abolishedAt = now;
    } else {
      const parentId = set.parentId !== undefined ? set.parentId : current.parentId;
      if (parentId) {
        const parent = await lockAgency(tx, current.tenantId, parentId);
        if (parent?.status !== 'active') throw invalidInput({ status: 'parent_abolished' });
      }
      set.abolishedAt = null;
    }
    set.status = body.status;
    changed.push('status');
  }

  const row = await updateAgencyRow(tx, current.tenantId, id, set);
  return { result: presentAgency(row, actor), recordIds: [id], tenantId: current.tenantId, detail: { changed } };
}
