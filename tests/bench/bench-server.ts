import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * The production build under `next start` on a port of its own, for the benchmarks that
 * measure the app over HTTP (editor-bench.ts, claims-list-bench.ts).
 */

/** Builds the app when NEXT_DIST_DIR (default .next) holds no production build. */
export function ensureProductionBuild(log: (line: string) => void): void {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const buildId = path.join(process.cwd(), distDir, "BUILD_ID");
  if (existsSync(buildId)) {
    log(`using the production build in ${distDir} (built ${statSync(buildId).mtime.toISOString()}); rebuild after changing the app`);
    return;
  }
  log(`No production build (${distDir}/BUILD_ID is missing): running \`next build\` first, which takes a few minutes.`);
  const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`next build failed (exit code ${build.status})`);
}

export function requireFreePort(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`Port ${port}, needed for ${what}, is taken: stop whatever uses it.`)));
    probe.once("listening", () => probe.close(() => resolve()));
    probe.listen(port, "127.0.0.1");
  });
}

export interface BenchServer {
  process: ChildProcess;
  baseUrl: string;
  /** The last lines it printed, for an error message. */
  recentOutput(): string;
}

export function startProductionServer(options: { port: number; databaseUrl: string; nodeFlags?: string[]; env?: Record<string, string> }): BenchServer {
  const baseUrl = `http://localhost:${options.port}`;
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), require.resolve("next/dist/bin/next"), "start", "--port", String(options.port)], {
    // Its own process group, so that stopping it also stops any worker it forks.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: "bench-secret-that-is-long-enough",
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { process: child, baseUrl, recentOutput: () => output.join("") };
}

export async function waitForHealth(server: BenchServer): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) {
      throw new Error(`next start exited with code ${server.process.exitCode}:\n${server.recentOutput()}`);
    }
    const healthy = await fetch(`${server.baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer ${server.baseUrl}/api/health within 60 s`);
}

export async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const group = -child.pid;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(group, name);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 5_000))]);
  if (timedOut) signal("SIGKILL");
}
