import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { APP_ROLE, urlAs } from "@/lib/db/app-role";
import { closeExportPool } from "@/lib/server/export/snapshot";
import { closeJobQueue } from "@/lib/server/jobs/job-queue";
import { setArchiveStorage } from "@/lib/server/storage/storage-config";
import { TEST_APP_PASSWORD } from "./app-connection";

/**
 * Every test file gets its own database, cloned from the migrated template,
 * so files run in parallel without seeing each other's rows.
 */
const name = `test_${randomUUID().replaceAll("-", "")}`;
const adminUrl = inject("adminUrl");
const url = new URL(adminUrl);
url.pathname = `/${name}`;
// The tests connect as the application does: as its own role, not as the cluster's owner.
process.env.DATABASE_URL = urlAs(url.toString(), APP_ROLE, TEST_APP_PASSWORD);
process.env.MIGRATION_DATABASE_URL = url.toString();
// Its archives go to a folder of its own too, removed with the database.
const archiveDir = mkdtempSync(path.join(os.tmpdir(), "provenance-archives-"));
process.env.ARCHIVE_DIR = archiveDir;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  // PostgreSQL refuses to clone a template that another clone is reading: take turns.
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(7231)");
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}`);
  } finally {
    await client.end();
  }
});

afterAll(async () => {
  // Connections still open when the database is dropped would fail loudly in the pool.
  await closeExportPool();
  await closeJobQueue();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  setArchiveStorage(undefined);
  rmSync(archiveDir, { recursive: true, force: true });
});
