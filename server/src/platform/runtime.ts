// Opens everything a running platform needs: configuration, database (migrated), keys.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config';
import type { AppContext } from './context';
import { loadDataKey } from './crypto/personal-data';
import { openDatabase, pgliteDirFor } from './db/client';
import { migrateDatabase } from './db/migrate';

/** A migrated, empty PGlite data folder made at build time: a new data folder starts from it (no initdb). */
export function pgliteTemplatePath(rootDir: string): string {
  return join(rootDir, 'dist', 'pglite-template.tar.gz');
}

function isNewFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export async function openContext(
  config: Config,
  opts: { now?: () => Date; pgliteLoad?: Blob } = {},
): Promise<AppContext> {
  let load = opts.pgliteLoad;
  const dir = config.databaseUrl ? undefined : pgliteDirFor(config.dataDir);
  if (!config.databaseUrl && !load && dir && isNewFolder(dir) && existsSync(pgliteTemplatePath(config.rootDir))) {
    load = new Blob([readFileSync(pgliteTemplatePath(config.rootDir))]);
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: dir, pgliteLoad: load });
  await migrateDatabase(database, config.rootDir);
  await database.useAppRole();
  return {
    config,
    database,
    db: database.db,
    dataKey: loadDataKey(config.dataDir),
    now: opts.now ?? (() => new Date()),
  };
}
