-- The access log is append-only. A trigger refuses UPDATE, DELETE and TRUNCATE for every role (even the owner
-- must first drop the trigger, which is itself a schema change a DBA makes on purpose), and the application's
-- role xzzf_app is granted only SELECT and INSERT on it (see platform/db/migrate.ts, which re-applies grants).
CREATE OR REPLACE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'xzzf_app') THEN
    CREATE ROLE xzzf_app NOLOGIN;
  END IF;
EXCEPTION WHEN insufficient_privilege OR duplicate_object THEN
  RAISE NOTICE 'role xzzf_app not created: %', SQLERRM;
END
$$;
