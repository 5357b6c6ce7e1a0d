import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { testDb } from "./factories";

const run = promisify(execFile);
const outDir = mkdtempSync(path.join(os.tmpdir(), "provenance-export-cli-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function exportCli(out: string) {
  const tsx = path.resolve("node_modules/.bin/tsx");
  return run(tsx, ["--conditions=react-server", "lib/cli/export.ts", "--project", "demo", "--format", "jsonl", "--status", "approved", "--out", out], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
  });
}

describe("npm run export", () => {
  it("writes the approved demo dataset as JSON Lines, byte-identical on a second run", async () => {
    await seedDemo(testDb());
    const first = path.join(outDir, "first.jsonl");
    const second = path.join(outDir, "second.jsonl");
    await exportCli(first);
    await exportCli(second);

    const lines = readFileSync(first, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { kind: string; status?: string });
    const claims = lines.filter((line) => line.kind === "claim");
    const approved = await testDb().claim.count({ where: { project: { slug: "demo" }, status: "approved" } });
    expect(claims).toHaveLength(approved);
    expect(approved).toBeGreaterThan(0);
    expect(readFileSync(second)).toEqual(readFileSync(first));
    // Two CLI processes, each starting tsx and reading a snapshot: on a busy 2-core machine well past the default 30 s.
  }, 120_000);
});
