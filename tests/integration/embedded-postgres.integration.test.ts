import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseStartError, startEmbeddedPostgres } from "@/lib/db/embedded";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "provenance-embedded-"));
const PORT = Number(process.env.TEST_EMBEDDED_PORT ?? 54371);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a stop and a second start, and a running one is reused", async () => {
    const first = await startEmbeddedPostgres({ dataDir, port: PORT, database: "kept" });
    await query(first.url, "CREATE TABLE survivor (name text); INSERT INTO survivor VALUES ('Talataye')");
    const reused = await startEmbeddedPostgres({ dataDir, port: PORT, database: "kept" });
    expect(await query(reused.url, "SELECT name FROM survivor")).toEqual([{ name: "Talataye" }]);
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port: PORT, database: "kept" });
    try {
      expect(await query(second.url, "SELECT name FROM survivor")).toEqual([{ name: "Talataye" }]);
    } finally {
      await second.stop();
    }
  });

  it("starts in a fresh checkout, where even .data/ does not exist yet", async () => {
    const checkout = mkdtempSync(path.join(os.tmpdir(), "provenance-checkout-"));
    chmodSync(checkout, 0o755);
    try {
      const fresh = await startEmbeddedPostgres({ dataDir: path.join(checkout, ".data", "postgres"), port: PORT, database: "fresh" });
      try {
        expect(await query(fresh.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
      } finally {
        await fresh.stop();
      }
    } finally {
      rmSync(checkout, { recursive: true, force: true });
    }
  });

  it("says plainly when another program holds the port", async () => {
    // Some other service: it accepts connections and hangs up, speaking no PostgreSQL.
    const squatter = net.createServer((socket) => socket.destroy()).listen(PORT, "127.0.0.1");
    await new Promise((resolve) => squatter.once("listening", resolve));
    try {
      const attempt = startEmbeddedPostgres({ dataDir, port: PORT });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseStartError);
      await expect(attempt).rejects.toThrow(`Port ${PORT} is taken by another program`);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
