import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { seed } from "@/lib/cli/bootstrap";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { BALANCER_STATS_PATH, instanceA, instanceB, instancesEnv, balancerUrl } from "./instances-env";

/**
 * The two-instance suite's server (playwright.instances.config.ts): a fresh embedded
 * PostgreSQL, two `npm start` of the same production build on it, started at the same
 * moment (so they migrate at once), the demo data, then a load balancer in front. The
 * balancer sends every POST to B and everything else to A, so a page always comes from
 * one instance and its form's server action runs on the other. A runs no job worker
 * (JOB_WORKER=false): its jobs can only be done by B's.
 */

const dataDir = path.join(os.tmpdir(), `provenance-instances-db-${instancesEnv.databasePort}`);
const children: ChildProcess[] = [];
let stopDatabase = async () => {};

async function main(): Promise<void> {
  rmSync(dataDir, { recursive: true, force: true });
  const database = await startEmbeddedPostgres({ dataDir, port: instancesEnv.databasePort });
  stopDatabase = database.stop;
  const shared = {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "two-instances-secret-that-is-long-enough",
    // Both stand behind the balancer: that is the address their pages and origin checks know.
    NEXTAUTH_URL: balancerUrl,
  };
  children.push(startInstance("A", instancesEnv.portA, { ...shared, JOB_WORKER: "false" }));
  children.push(startInstance("B", instancesEnv.portB, { ...shared, JOB_WORKER: "true" }));
  await Promise.all([waitForHealth(instanceA), waitForHealth(instanceB)]);
  await seed(database.url);
  startBalancer();
}

function startInstance(name: string, port: number, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), "--conditions=react-server", path.resolve("lib/cli/start.ts")], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, PORT: String(port) },
  });
  const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on("exit", (code) => {
    if (!isStopping) {
      console.error(`Instance ${name} exited (code ${code}) before the suite ended.`);
      void stop(1);
    }
  });
  return child;
}

async function waitForHealth(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${baseUrl} did not answer /api/health in time`);
}

function startBalancer(): void {
  const served: Record<string, Record<string, number>> = { A: {}, B: {} };
  http
    .createServer((request, response) => {
      if (request.url === BALANCER_STATS_PATH) {
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(served));
        return;
      }
      const [name, port] = request.method === "POST" ? ["B", instancesEnv.portB] : ["A", instancesEnv.portA];
      served[name]![request.method!] = (served[name]![request.method!] ?? 0) + 1;
      // The Host header stays the balancer's, as behind a real one: Next checks a server action's Origin against it.
      const upstream = http.request({ host: "127.0.0.1", port, method: request.method, path: request.url, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.on("error", () => response.writeHead(502).end());
      request.pipe(upstream);
    })
    .listen(instancesEnv.balancerPort, () => console.log(`Load balancer on ${balancerUrl}: POST → ${instanceB}, everything else → ${instanceA}`));
}

let isStopping = false;
async function stop(code: number): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  await stopDatabase().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
main().catch((error: unknown) => {
  console.error(error);
  void stop(1);
});
