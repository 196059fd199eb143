// Use cases on tenants: the regions a deployment serves.
import type { TenantCreateBody, TenantView } from '../../../../contracts/tenant';
import { regionLevel } from '../../../../contracts/identifiers';
import { tenantsReachable, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { countAgencies } from '../agencies/agency.repository';
import {
  deleteTenant as deleteTenantRow,
  findRegion,
  findTenant,
  insertTenant,
  listTenants as listTenantRows,
  updateTenant as updateTenantRow,
  type TenantRow,
} from './tenant.repository';

function present(row: TenantRow, parentName: string | null, actor: Actor): TenantView {
  return {
    code: row.tenantId,
    name: row.name,
    parentCode: row.parentCode,
    parentName,
    level: regionLevel(row.tenantId) ?? 'county',
    createdAt: row.createdAt.toISOString(),
    abilities: { update: tenantsWithWholeScope(actor, 'tenant.write').includes(row.tenantId) },
  };
}

/** Is `parent` an ancestor of `code` in the GB/T 2260 hierarchy? (county → prefecture or province → province) */
export function isRegionAncestor(parent: string, code: string): boolean {
  const level = regionLevel(code);
  if (level === 'county') return parent === `${code.slice(0, 4)}00` || parent === `${code.slice(0, 2)}0000`;
  if (level === 'prefecture') return parent === `${code.slice(0, 2)}0000`;
  return false;
}

async function checkParent(ex: Executor, code: string, parentCode: string | null | undefined): Promise<void> {
  if (!parentCode) return;
  if (!isRegionAncestor(parentCode, code)) throw invalidInput({ parentCode: 'parent_not_ancestor' });
  if (!(await findRegion(ex, parentCode)) && !(await findTenant(ex, parentCode)))
    throw invalidInput({ parentCode: 'parent_unknown' });
}

export async function listTenants(ex: Executor, actor: Actor): Promise<TenantView[]> {
  const rows = await listTenantRows(ex, tenantsReachable(actor, 'tenant.read'));
  return rows.map((r) => present(r.tenant, r.parentName, actor));
}

export async function getTenant(ex: Executor, actor: Actor, code: string): Promise<TenantView> {
  if (!tenantsReachable(actor, 'tenant.read').includes(code)) throw notFound('tenant_not_found');
  const rows = await listTenantRows(ex, [code]);
  if (!rows[0]) throw notFound('tenant_not_found');
  return present(rows[0].tenant, rows[0].parentName, actor);
}

export async function createTenant(
  tx: Tx,
  actor: Actor,
  body: TenantCreateBody,
  now: Date,
): Promise<WriteResult<TenantView>> {
  // Provisioning: an operator whose grant lists the code (scope 'tenants') may create it.
  if (!tenantsWithWholeScope(actor, 'tenant.write').includes(body.code)) throw forbidden('out_of_scope');
  if (await findTenant(tx, body.code)) throw conflict({ code: 'duplicate' });
  await checkParent(tx, body.code, body.parentCode);
  const row = await insertTenant(tx, {
    tenantId: body.code,
    name: body.name,
    parentCode: body.parentCode ?? null,
    createdAt: now,
    updatedAt: now,
  });
  return { result: present(row, null, actor), recordIds: [body.code], tenantId: body.code };
}

export async function updateTenant(
  tx: Tx,
  actor: Actor,
  code: string,
  body: { name?: string; parentCode?: string | null },
  now: Date,
): Promise<WriteResult<TenantView>> {
  if (
    !tenantsReachable(actor, 'tenant.read').includes(code) &&
    !tenantsWithWholeScope(actor, 'tenant.write').includes(code)
  ) {
    throw notFound('tenant_not_found');
  }
  if (!tenantsWithWholeScope(actor, 'tenant.write').includes(code)) throw forbidden('out_of_scope');
  const current = await findTenant(tx, code);
  if (!current) throw notFound('tenant_not_found');
  if (body.parentCode !== undefined) await checkParent(tx, code, body.parentCode);
  const row = await updateTenantRow(tx, code, {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.parentCode !== undefined ? { parentCode: body.parentCode } : {}),
    updatedAt: now,
  });
  return { result: present(row, null, actor), recordIds: [code], tenantId: code };
}

export async function deleteTenant(tx: Tx, actor: Actor, code: string): Promise<WriteResult<null>> {
  if (!tenantsWithWholeScope(actor, 'tenant.write').includes(code)) {
    throw tenantsReachable(actor, 'tenant.read').includes(code)
      ? forbidden('out_of_scope')
      : notFound('tenant_not_found');
  }
  if (!(await findTenant(tx, code))) throw notFound('tenant_not_found');
  if ((await countAgencies(tx, code)) > 0) throw conflict({ code: 'tenant_has_data' });
  await deleteTenantRow(tx, code);
  return { result: null, recordIds: [code], tenantId: code };
}
