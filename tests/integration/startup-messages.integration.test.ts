import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { outcomeOf } from "./child-process";

const tsx = (script: string, env: Record<string, string>) => outcomeOf("tsx", ["--conditions=react-server", script], env);
const STACK_FRAME = /\n\s+at /;

const scratch = mkdtempSync(path.join(os.tmpdir(), "provenance-startup-"));
chmodSync(scratch, 0o755);
afterAll(() => {
  chmodSync(path.join(scratch, "closed"), 0o755);
  rmSync(scratch, { recursive: true, force: true });
});

describe("start-up failures are one line saying what to do, with a non-zero exit", () => {
  it("embedded PostgreSQL in a folder its user cannot enter (a mode-700 home, as root)", { timeout: 60_000 }, async () => {
    const closed = path.join(scratch, "closed");
    mkdirSync(path.join(closed, "checkout"), { recursive: true });
    // As root, PostgreSQL runs as "postgres", whom a 700 folder of root's keeps out; anyone else is kept out by 000.
    chmodSync(closed, process.getuid?.() === 0 ? 0o700 : 0o000);
    const result = await tsx("lib/cli/migrate.ts", { DATABASE_URL: "", EMBEDDED_PG_PORT: "54393", EMBEDDED_PG_DIR: path.join(closed, "checkout", ".data", "postgres") });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`cannot enter ${closed}`);
    expect(result.output).toContain("set DATABASE_URL");
    expect(result.output).not.toMatch(STACK_FRAME);
  });

  it("a second npm run dev while its port is taken", { timeout: 60_000 }, async () => {
    const squatter = net.createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => squatter.once("listening", resolve));
    const { port } = squatter.address() as net.AddressInfo;
    try {
      const result = await tsx("lib/cli/dev.ts", { PORT: String(port), DATABASE_URL: process.env.DATABASE_URL! });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`Port ${port} is already in use`);
      expect(result.output).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
