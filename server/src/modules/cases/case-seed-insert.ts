// Bulk writes for the case seed: rows go to PostgreSQL as one JSON parameter per chunk, expanded server-side with
// jsonb_populate_recordset — one statement and one parameter for thousands of rows, instead of tens of thousands of
// bound parameters (which PGlite in particular pays for dearly). Columns left undefined take their default.
import { getTableColumns, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db/client';

type Column = ReturnType<typeof getTableColumns<PgTable>>[string];

function fallback(c: Column): unknown {
  if (!c.hasDefault) return null;
  if (!(c.default instanceof SQL) && c.default !== undefined) return c.default;
  if (c.columnType === 'PgJsonb') return [];
  if (c.columnType === 'PgTimestamp') return new Date();
  return null;
}

export async function bulkInsert(
  tx: Tx,
  table: PgTable,
  rows: ReadonlyArray<Record<string, unknown>>,
  chunk = 2000,
): Promise<void> {
  if (rows.length === 0) return;
  const cols = Object.entries(getTableColumns(table));
  const names = sql.raw(cols.map(([, c]) => `"${c.name}"`).join(', '));
  for (let i = 0; i < rows.length; i += chunk) {
    const json = JSON.stringify(
      rows.slice(i, i + chunk).map((r) => {
        const o: Record<string, unknown> = {};
        for (const [key, c] of cols) o[c.name] = r[key] === undefined ? fallback(c) : r[key];
        return o;
      }),
    );
    await tx.execute(
      sql`insert into ${table} (${names}) select ${names} from jsonb_populate_recordset(null::${table}, ${json}::jsonb)`,
    );
  }
}
