import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { readEnv } from "@/lib/env";
import { storageConfig } from "@/lib/server/storage/storage-config";
import { printDemoCredentials, seed } from "./bootstrap";
import { isPortFree } from "@/lib/db/embedded";
import { AppError } from "@/lib/server/errors";
import { exitWithReason, migrateDatabase, resolveDatabase } from "./database";
import { developmentSecret } from "./development-secret";
import { errorCodes } from "@/lib/errors/error-codes";

/**
 * Starts the database (embedded unless DATABASE_URL is set), migrates it,
 * optionally seeds the demo data, then runs Next.js; Ctrl-C stops both.
 */
export async function serve(mode: "dev" | "start", options: { seed: boolean }): Promise<void> {
  const env = readEnv();
  // The worker would refuse a bad storage setting only once spawned; say it before anything starts.
  storageConfig();
  // Development answers only this machine; production listens where it is deployed.
  const host = mode === "dev" ? "127.0.0.1" : undefined;
  if (mode === "start" && !env.NEXTAUTH_SECRET) {
    throw new Error("Set NEXTAUTH_SECRET (at least 16 random characters) to run the production server.");
  }
  // Found out before the database starts, so a second `npm run dev` says so in one line.
  if (!(await isPortFree(env.PORT, host))) {
    throw new AppError(409, errorCodes.portInUse, `Port ${env.PORT} is already in use (another npm run dev?). Stop that server, or choose another port with PORT=<port>.`);
  }
  const database = await resolveDatabase();
  let stopping = false;
  // Set once the worker is spawned; `stop` may run before that (a failed migration).
  const children: { worker?: ChildProcess } = {};
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopWorker(children.worker);
    await database.stop().catch(() => {});
    process.exit(code);
  };
  try {
    await migrateDatabase(database);
    if (options.seed) await seed(database.appUrl);
  } catch (error) {
    await database.stop().catch(() => {});
    throw error;
  }

  const command =
    mode === "dev"
      ? [require.resolve("next/dist/bin/next"), "dev", "--port", String(env.PORT), ...(host ? ["--hostname", host] : [])]
      : [path.join(__dirname, "production-server.mjs"), String(env.PORT), host ?? "", String(env.TRUSTED_PROXY_HOPS)];
  const childEnv = {
    ...process.env,
    DATABASE_URL: database.appUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? developmentSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
  };
  const next = spawn(process.execPath, command, { stdio: "inherit", env: childEnv });
  // Background jobs run in a process of their own, exactly as `npm run worker` runs them alone;
  // JOB_WORKER=false leaves them to workers deployed apart from the web instances.
  if (env.JOB_WORKER) {
    const worker = spawn(process.execPath, [require.resolve("tsx/cli"), "--conditions=react-server", path.join(__dirname, "worker.ts")], { stdio: "inherit", env: childEnv });
    children.worker = worker;
    worker.on("exit", (code, signal) => {
      if (!stopping) console.error(`The job worker stopped (${signal ?? `exit code ${code}`}); background jobs wait until the server is restarted.`);
    });
  }
  next.on("exit", (code) => void stop(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      next.kill(signal);
    });
  }
  next.on("spawn", () => {
    console.log(`\nProvenance Editor: http://localhost:${env.PORT}`);
    if (!env.JOB_WORKER) console.log("No job worker here (JOB_WORKER=false): background jobs run where `npm run worker` runs.");
    if (options.seed) printDemoCredentials();
  });
}

/** Asks the worker to finish its running jobs' current step and waits for it, at most as long as it waits for them. */
async function stopWorker(worker: ChildProcess | undefined): Promise<void> {
  if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  worker.kill("SIGTERM");
  const timeout = setTimeout(() => worker.kill("SIGKILL"), 35_000);
  await exited;
  clearTimeout(timeout);
}

export function runServe(mode: "dev" | "start", options: { seed: boolean }): void {
  serve(mode, options).catch(exitWithReason);
}
