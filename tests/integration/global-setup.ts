import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { allowAppRoleLogin } from "@/lib/db/app-role";
import { applyMigrations } from "@/lib/db/migrations";
import { TEST_APP_PASSWORD } from "./app-connection";
import { embeddedUrl, ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded";

const TEMPLATE = "provenance_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the run (DATABASE_URL's server when set, else a fresh
 * embedded one) holding a migrated template; each test file clones it.
 */
export default async function setup(project: TestProject) {
  let stop = async () => {};
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "/postgres";
    adminUrl = url.toString();
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "provenance-it-"));
    const port = Number(process.env.TEST_PG_PORT ?? 54330);
    const server = await startEmbeddedPostgres({ dataDir, port, database: "postgres" });
    adminUrl = embeddedUrl(port, "postgres");
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const admin = new (await import("pg")).default.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await admin.end();
  await ensureDatabase(adminUrl, TEMPLATE);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE}`;
  await applyMigrations(templateUrl.toString());
  await allowAppRoleLogin(adminUrl, TEST_APP_PASSWORD);
  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", TEMPLATE);
  return stop;
}
