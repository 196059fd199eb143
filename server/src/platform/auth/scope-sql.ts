// Data scope applied inside queries: a WHERE fragment that only rows within the actor's scopes satisfy.
import { and, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from './policy';

const NONE = sql`false`;

/** For rows that belong to an agency: `tenantCol`, plus the agency's id and materialised path columns. */
export function agencyScopeWhere(
  scopes: Scope[],
  cols: { tenantId: AnyPgColumn; agencyId: AnyPgColumn; path: AnyPgColumn },
): SQL {
  if (scopes.length === 0) return NONE;
  const parts = scopes.map((s): SQL => {
    switch (s.kind) {
      case 'tenants':
        return inArray(cols.tenantId, s.tenantIds);
      case 'agency':
        return and(eq(cols.tenantId, s.tenantId), eq(cols.agencyId, s.agencyId))!;
      case 'subtree':
        return and(eq(cols.tenantId, s.tenantId), like(cols.path, `${escapeLike(s.path)}%`))!;
    }
  });
  return or(...parts)!;
}

/** For tenant-level rows: only tenant-wide scopes reach them. */
export function tenantScopeWhere(scopes: Scope[], tenantCol: AnyPgColumn): SQL {
  const tenantIds = [...new Set(scopes.flatMap((s) => (s.kind === 'tenants' ? s.tenantIds : [])))];
  return tenantIds.length ? inArray(tenantCol, tenantIds) : NONE;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
