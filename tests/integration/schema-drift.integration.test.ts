import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { schemaSql } from "@/lib/db/migrations";

/**
 * schema.prisma and prisma/migrations must describe the same database. The
 * engine cannot introspect here, so we build one database from the
 * migrations (this file's own database) and one from the schema's SQL, and
 * compare their catalogs.
 */
const adminUrl = inject("adminUrl");
const fromSchemaName = `schema_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;

function urlFor(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const CATALOG_QUERIES = {
  enums: `SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY 1`,
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
                   character_maximum_length, numeric_precision, datetime_precision
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY table_name, column_name`,
  // CHECK constraints are database-only (Prisma cannot express them) and are asserted below.
  constraints: `SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS definition
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE n.nspname = 'public' AND c.contype <> 'c' AND c.conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
};

async function catalog(url: string) {
  return withClient(url, async (client) => {
    const result: Record<string, unknown[]> = {};
    for (const [key, sql] of Object.entries(CATALOG_QUERIES)) result[key] = (await client.query(sql)).rows;
    return result;
  });
}

afterAll(async () => {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${fromSchemaName} WITH (FORCE)`));
});

describe("schema drift", () => {
  it("the migrations build exactly the database that schema.prisma describes", async () => {
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${fromSchemaName}`));
    const sql = await schemaSql(urlFor(fromSchemaName));
    await withClient(urlFor(fromSchemaName), (client) => client.query(sql));

    const [fromMigrations, fromSchema] = await Promise.all([catalog(process.env.DATABASE_URL!), catalog(urlFor(fromSchemaName))]);
    expect(fromMigrations.columns!.length).toBeGreaterThan(100);
    expect(fromMigrations).toEqual(fromSchema);
  });

  it("the migrations add the database-only guarantees: CHECK constraints and the append-only audit trigger", async () => {
    const { checks, triggers } = await withClient(process.env.DATABASE_URL!, async (client) => ({
      checks: (
        await client.query(`SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                            WHERE n.nspname = 'public' AND contype = 'c'`)
      ).rows.map((r) => r.conname as string),
      triggers: (await client.query(`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal`)).rows.map((r) => r.tgname as string),
    }));
    expect(checks).toEqual(
      expect.arrayContaining([
        "Annotation_span_check",
        "AnnotationAnchor_span_check",
        "SourceRevision_sha256_check",
        "Claim_version_check",
        "ReviewDecision_reason_check",
        "Comment_one_target_check",
        "ExportRun_archiveKey_check",
      ]),
    );
    expect(triggers).toEqual(expect.arrayContaining(["AuditEvent_no_update_delete", "AuditEvent_no_truncate"]));
  });
});
