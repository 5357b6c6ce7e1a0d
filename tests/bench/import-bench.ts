import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import type PgBoss from "pg-boss";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { embeddedUrl, startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { jobMessageSchema } from "@/lib/server/jobs/job-kinds";
import { runJob } from "@/lib/server/jobs/job-run";
import { runImportJob } from "@/lib/server/jobs/run-import-job";
import { syntheticImport } from "./import-dataset";
import { freshDatabase } from "./scratch-database";

const PORT = 54345;
const DATABASE = "import_bench";
const CLAIM_COUNT = Number(process.env.IMPORT_BENCH_CLAIMS ?? 50_000);

type Figures = Record<string, number | string>;

/**
 * Issue 18's import figure: a JSON Lines export of CLAIM_COUNT claims through
 * the import job's handler (the file stored as an upload, run as a worker
 * runs it: parse, checks, sources, annotations, claims with chains, evidence,
 * search vectors and audit events, conflict detection, progress), against
 * PostgreSQL's COPY of the same claim rows into the claims table of another
 * project, measured in the same run. The ratio is of throughputs (claims a
 * second): the job's over COPY's.
 */
export async function runImportBench(): Promise<Figures> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "provenance-import-bench-"));
  const server = await startEmbeddedPostgres({ dataDir, port: PORT, database: "postgres" });
  let db: Db | undefined;
  const client = new pg.Client({ connectionString: embeddedUrl(PORT, DATABASE) });
  try {
    const url = await freshDatabase(PORT, DATABASE);
    await applyMigrations(url);
    db = createPrismaClient(url);
    const owner = await db.user.create({ data: { email: "owner@bench.test", name: "Bench owner", passwordHash: "not-a-hash" } });
    const project = (slug: string) =>
      db!.project.create({ data: { slug, name: slug, memberships: { create: { userId: owner.id, role: "owner" } } }, select: { id: true } });
    const imported = await project("imported");
    const copied = await project("copied");
    const text = syntheticImport({ claims: CLAIM_COUNT });

    const job = await db.job.create({ data: { projectId: imported.id, kind: "import", input: { bytes: Buffer.byteLength(text) }, createdById: owner.id } });
    await db.importUpload.create({ data: { jobId: job.id, text } });
    const entry = { id: job.id, name: "import", data: jobMessageSchema.parse({ jobId: job.id }), retryCount: 0, retryLimit: 3 } as PgBoss.JobWithMetadata<unknown>;
    const started = performance.now();
    await runJob(db, entry, (run) => runImportJob(db!, run));
    const jobMs = performance.now() - started;
    const done = await db.job.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, error: true, progressDone: true } });
    if (done.status !== "done") throw new Error(`The import job ended ${done.status}: ${done.error}`);

    // The same rows, as COPY would load them from a dump: read out first, then timed going in.
    await client.connect();
    const columns = await client.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'Claim' AND column_name NOT IN ('id', 'projectId') ORDER BY ordinal_position`,
    );
    const names = columns.rows.map((row) => `"${row.name}"`).join(", ");
    const dump: Buffer[] = [];
    await pipeline(
      client.query(copyTo(`COPY (SELECT id || '-copy', '${copied.id}', ${names} FROM "Claim" WHERE "projectId" = '${imported.id}') TO STDOUT`)),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          dump.push(chunk);
          callback();
        },
      }),
    );
    const copyStarted = performance.now();
    await pipeline(Readable.from(dump), client.query(copyFrom(`COPY "Claim" (id, "projectId", ${names}) FROM STDIN`)));
    const copyMs = performance.now() - copyStarted;
    const copiedCount = await db.claim.count({ where: { projectId: copied.id } });
    if (copiedCount !== CLAIM_COUNT) throw new Error(`COPY loaded ${copiedCount} claims, not ${CLAIM_COUNT}`);

    return {
      "import: claims": CLAIM_COUNT,
      "import: file (MB)": round(Buffer.byteLength(text) / 1024 / 1024, 1),
      "import job, whole (s)": round(jobMs / 1000, 2),
      "COPY of the same claim rows (s)": round(copyMs / 1000, 2),
      "import: claims a second (job)": Math.round(CLAIM_COUNT / (jobMs / 1000)),
      "import ratio (job / COPY)": round(copyMs / jobMs, 3),
    };
  } finally {
    await client.end().catch(() => undefined);
    await db?.$disconnect();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
