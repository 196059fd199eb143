// Opens the database: PGlite in a local folder by default, a PostgreSQL server when DATABASE_URL is set.
// bigint (int8) values are normalised here, once: a number when it is a safe integer, a BigInt above 2^53.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A place to run queries: the database or an open transaction. Writes take the transaction explicitly. */
export type Executor = Db | Tx;

export const APP_ROLE = 'xzzf_app';
const INT8_OID = 20;

export function parseInt8(value: string): number | bigint {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : BigInt(value);
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs plain SQL as the connecting (owner) role: migrations only. */
  execOwner(sqlText: string): Promise<void>;
  /** Switch the application's connections to the restricted role (after migrations). */
  useAppRole(): Promise<void>;
  /**
   * ANALYZE as the owner, so the planner's statistics follow the data. PGlite has no autovacuum daemon: without
   * this its statistics stay those of the empty template, and a join over a freshly seeded table plans as if it
   * held one row (the demo's indicators took 750 ms instead of 30). A server's autovacuum does this on its own.
   */
  refreshStatistics(): Promise<void>;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
}

export interface OpenOptions {
  databaseUrl?: string | null;
  /** PGlite data folder; omitted = in memory. */
  pgliteDir?: string;
  /** A dump of a PGlite data folder to start from (tests: a migrated template). */
  pgliteLoad?: Blob;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.pgliteDir, opts.pgliteLoad);
}

/**
 * PGlite runs inside one process: a second process opening the same folder (a CLI command while the server
 * runs) corrupts it. A lock file with the owner's pid keeps the folder to one process; a stale lock (its process
 * gone) is taken over.
 */
export function lockDataFolder(dir: string): () => void {
  const file = `${dir}.lock`; // beside the folder, so PGlite's own folder holds only its files
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      const release = () => {
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new Error(
          `数据目录 ${dir} 正被另一个进程（PID ${pid}）使用：请先停止它，或通过平台的网页/API 操作。` +
            ` / The data folder is in use by process ${pid}: stop it first, or use the web app/API.`,
        );
      }
      unlinkSync(file); // stale: its process has ended
    }
  }
  throw new Error(`cannot lock ${file}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPglite(dir?: string, load?: Blob): Promise<Database> {
  if (dir) mkdirSync(dir, { recursive: true });
  const release = dir ? lockDataFolder(dir) : () => undefined;
  const client = new PGlite({
    dataDir: dir,
    loadDataDir: load,
    parsers: { [INT8_OID]: (v: string) => parseInt8(v) },
  });
  try {
    await client.waitReady;
  } catch (err) {
    release();
    throw err;
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  let pgliteAppRole = false;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    execOwner: async (sqlText) => {
      await client.exec(sqlText);
    },
    useAppRole: async () => {
      if (await roleUsable(async (q) => (await client.query<{ ok: boolean }>(q)).rows)) {
        await client.exec(`SET ROLE ${APP_ROLE}`);
        pgliteAppRole = true;
      }
    },
    refreshStatistics: async () => {
      // One connection: step out of the app role for the ANALYZE and back in, in one exec.
      await client.exec(pgliteAppRole ? `RESET ROLE; ANALYZE; SET ROLE ${APP_ROLE}` : 'ANALYZE');
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  // Global on purpose: drizzle's node-postgres session passes its own per-query type parsers that fall back to
  // pg's global ones, so a pool-level `types` option would be bypassed.
  pg.types.setTypeParser(INT8_OID, parseInt8);
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.XZZF_DB_POOL ?? 10) });
  let appRole = false;
  pool.on('connect', (c) => {
    // Queued before any query the caller sends on this connection.
    c.query(`SET TIME ZONE 'UTC'`).catch(() => undefined);
    if (appRole) c.query(`SET ROLE ${APP_ROLE}`).catch(() => undefined);
  });
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    pool,
    execOwner: async (sqlText) => {
      const c = await pool.connect();
      try {
        await c.query('RESET ROLE');
        await c.query(sqlText);
      } finally {
        c.release();
      }
    },
    useAppRole: async () => {
      if (await roleUsable(async (q) => (await pool.query(q)).rows)) {
        appRole = true;
        // Connections opened before the switch are closed so that every one in use runs as the app role.
        const idle: pg.PoolClient[] = [];
        for (let i = 0; i < pool.idleCount; i++) idle.push(await pool.connect());
        for (const c of idle) c.release(true);
      }
    },
    refreshStatistics: async () => {
      const c = await pool.connect();
      try {
        await c.query('RESET ROLE');
        await c.query('ANALYZE');
      } finally {
        c.release(true);
      }
    },
    close: () => pool.end(),
  };
}

async function roleUsable(query: (q: string) => Promise<Array<Record<string, unknown>>>): Promise<boolean> {
  const rows = await query(`SELECT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') AS ok
      FROM pg_roles WHERE rolname = '${APP_ROLE}'`);
  return rows.length > 0 && rows[0].ok === true;
}

export function pgliteDirFor(dataDir: string): string {
  return join(dataDir, 'pg');
}

/** Runs a raw SQL query and returns its rows (both drivers answer `{ rows }`). */
export async function queryRows<T extends Record<string, unknown>>(ex: Executor, query: SQL): Promise<T[]> {
  const result = (await ex.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
