import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { utf8Chunks } from "@/lib/export/byte-stream";
import type { DatasetReader } from "@/lib/export/dataset";
import { exportFiltersSchema, type ExportFilters } from "@/lib/export/filters";
import { writeJsonl } from "@/lib/export/jsonl";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { codePointLength, sha256Hex } from "@/lib/sources/text-content";
import type { Actor } from "@/lib/server/actor";
import { createDatasetReader } from "@/lib/server/export/dataset-reader";
import { recordDatasetVersion } from "@/lib/server/export/export-dataset";
import { claimsQuery, selectedClaims, type Statement } from "@/lib/server/export/export-sql";
import { openSnapshot } from "@/lib/server/export/snapshot";
import { createLocalStorage } from "@/lib/server/storage/local-storage";

/**
 * Export performance: approved claims in a scratch database (100,000, or
 * 1,000,000 for `npm run bench -- export-1m`), exported as JSON Lines through
 * the same streaming path as the app (cursor → records → serializer → UTF-8
 * chunks), against PostgreSQL's own `COPY (SELECT …) TO STDOUT` of the same
 * rows; then the zip of every format exactly as a background job makes it
 * (recordDatasetVersion: written chunk by chunk to a temporary file, hashed,
 * moved into a storage folder, recorded as a version). Peak RSS is sampled
 * every 20 ms. Figures are printed, never asserted.
 */

const PROJECT = "bench-project";
const ANNOTATIONS = 1_000;
const ENTITIES = 50;
const ACTOR: Actor = { userId: "bench-user", email: "bench@example.test", name: "Bench User" };

export function runExportBench(): Promise<Record<string, number | string>> {
  return runBench({ claims: 100_000, isZipOnly: false });
}

/** The zip alone at a million claims: what must stay under 300 MB of memory. */
export function runExportMillionBench(): Promise<Record<string, number | string>> {
  return runBench({ claims: 1_000_000, isZipOnly: true });
}

async function runBench({ claims, isZipOnly }: { claims: number; isZipOnly: boolean }): Promise<Record<string, number | string>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "provenance-export-bench-"));
  const archiveDir = mkdtempSync(path.join(os.tmpdir(), "provenance-export-bench-archives-"));
  const port = Number(process.env.EXPORT_BENCH_PG_PORT ?? 54340);
  const server = await startEmbeddedPostgres({ dataDir, port, database: "bench" });
  const pool = new pg.Pool({ connectionString: server.url, max: 2 });
  try {
    // In a process of its own: the schema engine's WebAssembly memory would count in this one's RSS, and a worker never loads it.
    execFileSync(process.execPath, [require.resolve("tsx/cli"), "lib/cli/migrate.ts"], { env: { ...process.env, DATABASE_URL: server.url }, stdio: "ignore" });
    const seedStart = performance.now();
    await seed(pool, claims);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const filters = exportFiltersSchema.parse({});
    const figures: Record<string, number | string> = { claims, "seed (s)": round(seedSeconds) };

    if (!isZipOnly) {
      const copy = await timeCopy(pool, claimsQuery(selectedClaims(PROJECT, filters)));
      const exported = await measured(() => countBytes(pool, filters, claims, (reader) => utf8Chunks(writeJsonl(reader))));
      Object.assign(figures, {
        "JSONL export (s)": round(exported.seconds),
        "claims per second": Math.round(claims / exported.seconds),
        "JSONL size (MB)": round(exported.result / 1024 / 1024),
        "peak RSS (MB)": Math.round(exported.peakRss / 1024 / 1024),
        "RSS before export (MB)": Math.round(exported.startRss / 1024 / 1024),
        "COPY (SELECT …) TO STDOUT (s)": round(copy.seconds),
        "COPY rows": copy.rows,
        "export / COPY": round(exported.seconds / copy.seconds),
      });
    }
    const zipped = zipInChildProcess(server.url, archiveDir);
    const prefix = isZipOnly ? `zip of ${claims.toLocaleString("en-US")} claims` : "zip";
    Object.assign(figures, {
      [isZipOnly ? `${prefix} (s)` : "zip of every format (s)"]: round(zipped.seconds),
      [`${prefix} size (MB)`]: round(zipped.bytes / 1024 / 1024),
      [`${prefix} peak RSS (MB)`]: Math.round(zipped.peakRss / 1024 / 1024),
      [`${prefix} RSS before (MB)`]: Math.round(zipped.startRss / 1024 / 1024),
    });
    return figures;
  } finally {
    await pool.end();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(archiveDir, { recursive: true, force: true });
  }
}

interface ZipFigures {
  seconds: number;
  bytes: number;
  peakRss: number;
  startRss: number;
}

const ZIP_FIGURES = "ZIP-FIGURES ";

/**
 * The zip, made in a process of its own as a worker makes it (Prisma,
 * the snapshot's pool, a storage folder), so that its peak RSS is the zip's
 * and not what this process read before.
 */
function zipInChildProcess(databaseUrl: string, archiveDir: string): ZipFigures {
  const output = execFileSync(process.execPath, [require.resolve("tsx/cli"), "--conditions=react-server", __filename, "--zip", databaseUrl, archiveDir], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1024 * 1024,
  });
  const line = output.split("\n").find((candidate) => candidate.startsWith(ZIP_FIGURES));
  if (!line) throw new Error(`The zip process printed no figures:\n${output}`);
  return JSON.parse(line.slice(ZIP_FIGURES.length)) as ZipFigures;
}

async function zipAsWorker(databaseUrl: string, archiveDir: string): Promise<ZipFigures> {
  const db = createPrismaClient(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    // Prisma's engine is loaded before the clock starts, as it is in a worker that has run a job.
    await db.user.count();
    const storage = createLocalStorage(archiveDir);
    const zipped = await measured(() => recordDatasetVersion(db, ACTOR, PROJECT, { filters: exportFiltersSchema.parse({}) }, pool, storage));
    const bytes = (await storage.size(zipped.result.archiveKey)) ?? 0;
    return { seconds: zipped.seconds, bytes, peakRss: zipped.peakRss, startRss: zipped.startRss };
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

/** Times `run`, sampling the process's resident memory every 20 ms while it runs. */
async function measured<T>(run: () => Promise<T>): Promise<{ result: T; seconds: number; peakRss: number; startRss: number }> {
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const start = performance.now();
  try {
    const result = await run();
    return { result, seconds: (performance.now() - start) / 1000, peakRss: Math.max(peakRss, process.memoryUsage().rss), startRss };
  } finally {
    clearInterval(sampler);
  }
}

async function countBytes(pool: pg.Pool, filters: ExportFilters, claims: number, write: (reader: DatasetReader) => AsyncIterable<Uint8Array>): Promise<number> {
  const snapshot = await openSnapshot(pool);
  let bytes = 0;
  try {
    const reader = await createDatasetReader(snapshot.client, PROJECT, filters);
    if (reader.counts.claims !== claims) throw new Error(`Expected ${claims} claims, the export selects ${reader.counts.claims}.`);
    for await (const chunk of write(reader)) bytes += chunk.byteLength;
  } finally {
    await snapshot.close();
  }
  return bytes;
}

/**
 * `COPY … TO STDOUT` through the `pg` client: pg hands each CopyData message
 * to the active query, so a small submittable counts them without an extra
 * package. COPY takes no bind parameters, hence the literals.
 */
async function timeCopy(pool: pg.Pool, statement: Statement): Promise<{ seconds: number; rows: number }> {
  const client = await pool.connect();
  try {
    const text = statement.text.replace(/\$(\d+)/g, (_, n: string) => literal(client, statement.values[Number(n) - 1]));
    const start = performance.now();
    const rows = await new Promise<number>((resolve, reject) => {
      let count = 0;
      let failure: Error | null = null;
      const copy = {
        submit: (connection: { query(text: string): void }) => connection.query(`COPY (${text}) TO STDOUT`),
        handleCopyData: () => void count++,
        handleCommandComplete: () => {},
        handleError: (error: Error) => void (failure = error),
        handleReadyForQuery: () => (failure ? reject(failure) : resolve(count)),
      };
      client.query(copy as unknown as pg.Submittable);
    });
    return { seconds: (performance.now() - start) / 1000, rows };
  } finally {
    client.release();
  }
}

function literal(client: pg.PoolClient, value: unknown): string {
  if (Array.isArray(value)) return `ARRAY[${value.map((v) => client.escapeLiteral(String(v))).join(",")}]::text[]`;
  return client.escapeLiteral(String(value));
}

/**
 * Claims with evidence, attribution chains, reviews and conflicts, written by
 * PostgreSQL itself (INSERT … SELECT over generate_series: no row crosses the
 * connection, which is faster still than COPY from this process).
 */
async function seed(pool: pg.Pool, claims: number): Promise<void> {
  const text = readFileSync(path.resolve("prisma/seed/corpus/battle-of-talataye-2022.txt"), "utf8");
  const length = codePointLength(text);
  const statements: [string, unknown[]][] = [
    [`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('bench-user', 'bench@example.test', 'Bench User', 'x', now())`, []],
    [`INSERT INTO "Project" (id, slug, name, "updatedAt") VALUES ($1, 'bench', 'Bench project', now())`, [PROJECT]],
    [`INSERT INTO "Membership" (id, "projectId", "userId", role) VALUES ('bench-member', $1, 'bench-user', 'owner')`, [PROJECT]],
    [
      `INSERT INTO "Property" (id, "projectId", key, label, "valueType") VALUES
        ('bench-casualties', $1, 'casualties', 'Casualties', 'quantity'), ('bench-occurred', $1, 'occurred', 'Occurred', 'assertion')`,
      [PROJECT],
    ],
    [
      `INSERT INTO "Entity" (id, "projectId", name, kind, aliases, "updatedAt")
        SELECT 'bench-e-' || i, $1, 'Armed group ' || i, 'armed_group', ARRAY['AG' || i], now() FROM generate_series(1, ${ENTITIES}) i`,
      [PROJECT],
    ],
    [
      `INSERT INTO "Source" (id, "projectId", title, outlet, "createdById", "updatedAt")
        VALUES ('bench-source', $1, 'Battle of Talataye (2022)', 'Wikipedia', 'bench-user', now())`,
      [PROJECT],
    ],
    [
      `INSERT INTO "SourceRevision" (id, "sourceId", "projectId", number, text, sha256, format, "codePoints", "createdById")
        VALUES ('bench-revision', 'bench-source', $1, 1, $2, $3, 'plain', $4, 'bench-user')`,
      [PROJECT, text, sha256Hex(text), length],
    ],
    [
      // Spans of 12 code points spread over the text, with 32 code points of context: what the app stores.
      `INSERT INTO "Annotation" (id, "projectId", "sourceId", "revisionId", start, "end", exact, prefix, suffix, "createdById")
        SELECT 'bench-a-' || i, $1, 'bench-source', 'bench-revision', s, s + 12,
          substr(r.text, s + 1, 12), substr(r.text, greatest(s - 32, 0) + 1, s - greatest(s - 32, 0)), substr(r.text, s + 13, 32), 'bench-user'
        FROM generate_series(0, ${ANNOTATIONS - 1}) i, LATERAL (SELECT (i * 37) % ($2::int - 12) AS s) span, "SourceRevision" r
        WHERE r.id = 'bench-revision'`,
      [PROJECT, length],
    ],
    [
      `INSERT INTO "Claim" (id, "projectId", "subjectId", "propertyId", value, "quantityMin", "quantityMax", status, "createdById", "updatedById", "updatedAt")
        SELECT 'bench-c-' || lpad(i::text, 7, '0'), $1, 'bench-e-' || (i % ${ENTITIES} + 1), 'bench-casualties',
          jsonb_build_object('type', 'quantity', 'kind', 'exact', 'min', i % 100, 'max', i % 100, 'category', 'killed'),
          i % 100, i % 100, 'approved', 'bench-user', 'bench-user', now()
        FROM generate_series(1, ${claims}) i`,
      [PROJECT],
    ],
    [
      `INSERT INTO "Attribution" (id, "claimId", position, role, "entityId")
        SELECT 'bench-o-' || i, 'bench-c-' || lpad(i::text, 7, '0'), 0, 'origin', 'bench-e-' || ((i + 7) % ${ENTITIES} + 1)
        FROM generate_series(1, ${claims}) i`,
      [],
    ],
    [
      `INSERT INTO "Attribution" (id, "claimId", position, role, "partyName")
        SELECT 'bench-p-' || i, 'bench-c-' || lpad(i::text, 7, '0'), 1, 'intermediary', 'local sources'
        FROM generate_series(10, ${claims}, 10) i`,
      [],
    ],
    [
      `INSERT INTO "Evidence" (id, "claimId", "annotationId")
        SELECT 'bench-ev-' || i, 'bench-c-' || lpad(i::text, 7, '0'), 'bench-a-' || (i % ${ANNOTATIONS})
        FROM generate_series(1, ${claims}) i`,
      [],
    ],
    [
      `INSERT INTO "ReviewDecision" (id, "claimId", "reviewerId", decision, "fromStatus", "toStatus", "claimVersion")
        SELECT 'bench-r-' || i, 'bench-c-' || lpad(i::text, 7, '0'), 'bench-user', 'approve', 'submitted', 'approved', 1
        FROM generate_series(1, ${claims}) i`,
      [],
    ],
    [
      `INSERT INTO "Conflict" (id, "projectId", kind, fingerprint, explanation, "updatedAt")
        SELECT 'bench-k-' || i, $1, 'contradiction', 'bench-' || i, 'The figures cannot both be true', now()
        FROM generate_series(1, ${claims} - 1, 100) i`,
      [PROJECT],
    ],
    [
      `INSERT INTO "ConflictMember" ("conflictId", "claimId")
        SELECT 'bench-k-' || i, 'bench-c-' || lpad((i + pair)::text, 7, '0')
        FROM generate_series(1, ${claims} - 1, 100) i, generate_series(0, 1) pair`,
      [],
    ],
    [`ANALYZE`, []],
  ];
  for (const [text, values] of statements) await pool.query(text, values);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// `tsx tests/bench/export-bench.ts` runs it on its own; `--zip <url> <folder>` is the zip's own process.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [flag, databaseUrl, archiveDir] = process.argv.slice(2);
  (flag === "--zip" ? zipAsWorker(databaseUrl!, archiveDir!).then((figures) => console.log(ZIP_FIGURES + JSON.stringify(figures))) : runExportBench()).then(
    (figures) => figures && console.table(figures),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
