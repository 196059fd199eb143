// Runs once before all test files: the build (server bundle, PGlite template, web app) is done by `npm test`
// beforehand; here a PostgreSQL server database (DATABASE_URL) is migrated once so test files only connect.
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/client';
import { migrateDatabase } from '../platform/db/migrate';
import { existsSync } from 'node:fs';
import { pgliteTemplatePath } from '../platform/runtime';

export default async function setup(): Promise<void> {
  const config = loadConfig();
  if (config.databaseUrl) {
    const database = await openDatabase({ databaseUrl: config.databaseUrl });
    await migrateDatabase(database, config.rootDir);
    await database.close();
  } else if (!existsSync(pgliteTemplatePath(config.rootDir))) {
    throw new Error('dist/pglite-template.tar.gz is missing: run `node scripts/build.mjs` (npm test does)');
  }
}
