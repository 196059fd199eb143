// Applies the forward-only migrations in server/migrations, then (re)applies the application role's grants.
import { join } from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { APP_ROLE, type Database } from './client';
import { ensureNationalCalendar } from '../../modules/calendar/calendar.service';

const MIGRATION_LOCK = 74_02_2024_0626;

export async function migrateDatabase(database: Database, rootDir: string): Promise<void> {
  const migrationsFolder = join(rootDir, 'server', 'migrations');
  if (database.kind === 'pglite') {
    await database.execOwner('RESET ROLE');
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    // Several processes may start at once against one server: one migrates, the others wait.
    const client = await database.pool!.connect();
    try {
      await client.query('RESET ROLE');
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const { drizzle } = await import('drizzle-orm/node-postgres');
      await migratePg(drizzle({ client }) as unknown as NodePgDatabase, { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  }
  await applyGrants(database);
  // Shared reference data every database needs: the national working-day calendar (idempotent, never overwrites).
  await ensureNationalCalendar(database.db);
}

async function applyGrants(database: Database): Promise<void> {
  await database.execOwner(`DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
    EXECUTE 'GRANT USAGE ON SCHEMA public TO ${APP_ROLE}';
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM ${APP_ROLE}';
    IF NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
      EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
    END IF;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants for ${APP_ROLE} not applied: %', SQLERRM;
END
$$;`);
}
