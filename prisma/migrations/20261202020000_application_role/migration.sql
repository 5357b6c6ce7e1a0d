-- The application's own role (lib/db/app-role.ts). Roles belong to the whole cluster, so another
-- database of the same cluster may have created it already, even at this very moment.
-- The migration runner splits statements on every semicolon, even inside quotes, so the
-- blocks spell their semicolons as the octal escape \073.
DO E'
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ''provenance_app'') THEN
    CREATE ROLE provenance_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS\073
  END IF\073
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL\073
END\073
';

-- Data: read and write, and the same for tables and sequences that later migrations create.
-- The migrations' own bookkeeping: the application may see what was applied, never change it.
DO E'
BEGIN
  EXECUTE format(''GRANT USAGE ON SCHEMA %I TO provenance_app'', current_schema())\073
  EXECUTE format(''GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO provenance_app'', current_schema())\073
  EXECUTE format(''GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO provenance_app'', current_schema())\073
  EXECUTE format(''ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO provenance_app'', current_schema())\073
  EXECUTE format(''ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO provenance_app'', current_schema())\073
  IF to_regclass(''_prisma_migrations'') IS NOT NULL THEN
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM provenance_app\073
  END IF\073
END\073
';

-- The audit trail: append and read only. Its trigger refuses changes from everyone, and this makes
-- sure the application cannot even try, and owning nothing it cannot disable the trigger.
REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "AuditEvent" FROM provenance_app;
