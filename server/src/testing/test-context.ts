// A real database for a test file: an in-memory PGlite started from the migrated template, or the PostgreSQL
// server named by DATABASE_URL (migrated once by global-setup). Tests isolate by creating their own tenants.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../platform/config';
import type { AppContext } from '../platform/context';
import { openDatabase } from '../platform/db/client';
import { migrateDatabase } from '../platform/db/migrate';
import { pgliteTemplatePath } from '../platform/runtime';

export interface TestContext extends AppContext {
  clock: { now: Date | null };
  close(): Promise<void>;
}

export async function createTestContext(): Promise<TestContext> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xzzf-test-'));
  const config = { ...loadConfig(), dataDir, loginRateLimit: 1000 };
  const database = config.databaseUrl
    ? await openDatabase({ databaseUrl: config.databaseUrl })
    : await openDatabase({ pgliteLoad: new Blob([readFileSync(pgliteTemplatePath(config.rootDir))]) });
  await migrateDatabase(database, config.rootDir);
  await database.useAppRole();
  // One key for every test process: on a shared PostgreSQL server, personal data one test file wrote (the demo
  // seed of whichever journey ran first, say) must be readable by the others. Tests only; never a real key.
  const key = createHash('sha256').update('xzzf test data key').digest();
  const clock: { now: Date | null } = { now: null };
  return {
    config,
    database,
    db: database.db,
    dataKey: { enc: key.subarray(0, 16), mac: key.subarray(16) },
    now: () => clock.now ?? new Date(),
    clock,
    close: () => database.close(),
  };
}

export async function createTestApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = await buildApp(ctx, { logger: false, serveWeb: false });
  await app.ready();
  return app;
}
