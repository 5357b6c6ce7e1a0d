import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { utf8Chunks } from "@/lib/export/byte-stream";
import type { DatasetDescription, DatasetReader } from "@/lib/export/dataset";
import { testDatasetMetadata } from "@/lib/export/datapackage-test-metadata";
import { exportStream, type FinishedExport } from "@/lib/export/export-stream";
import { exportFiltersSchema, filtersDigest, type ExportFilters } from "@/lib/export/filters";
import { buildManifest } from "@/lib/export/manifest";
import { writeJsonl } from "@/lib/export/jsonl";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { codePointLength, sha256Hex } from "@/lib/sources/text-content";
import { createDatasetReader } from "@/lib/server/export/dataset-reader";
import { claimsQuery, selectedClaims, type Statement } from "@/lib/server/export/export-sql";
import { openSnapshot } from "@/lib/server/export/snapshot";

/**
 * Export performance: 100,000 approved claims in a scratch database, exported
 * as JSON Lines through the same streaming path as the app (cursor → records
 * → serializer → UTF-8 chunks), against PostgreSQL's own
 * `COPY (SELECT …) TO STDOUT` of the same rows; then the zip of every format,
 * whose compressed archive is kept in memory for the export's record.
 * Figures are printed, never asserted.
 */

const CLAIMS = 100_000;
const PORT = 54340;
const PROJECT = "bench-project";
const ANNOTATIONS = 1_000;
const ENTITIES = 50;

export async function runExportBench(): Promise<Record<string, number | string>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "provenance-export-bench-"));
  const server = await startEmbeddedPostgres({ dataDir, port: PORT, database: "bench" });
  const pool = new pg.Pool({ connectionString: server.url, max: 2 });
  try {
    await applyMigrations(server.url);
    const seedStart = performance.now();
    await seed(pool);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const filters = exportFiltersSchema.parse({});

    const copy = await timeCopy(pool, claimsQuery(selectedClaims(PROJECT, filters)));
    const exported = await timeExport(pool, filters, (reader) => utf8Chunks(writeJsonl(reader)));
    const zipped = await timeExport(pool, filters, (reader) => exportStream({ dataset: dataset(filters), reader, complete: seal }));
    return {
      claims: CLAIMS,
      "seed (s)": round(seedSeconds),
      "JSONL export (s)": round(exported.seconds),
      "claims per second": Math.round(CLAIMS / exported.seconds),
      "JSONL size (MB)": round(exported.bytes / 1024 / 1024),
      "peak RSS (MB)": Math.round(exported.peakRss / 1024 / 1024),
      "RSS before export (MB)": Math.round(exported.startRss / 1024 / 1024),
      "COPY (SELECT …) TO STDOUT (s)": round(copy.seconds),
      "COPY rows": copy.rows,
      "export / COPY": round(exported.seconds / copy.seconds),
      "zip of every format (s)": round(zipped.seconds),
      "zip size (MB)": round(zipped.bytes / 1024 / 1024),
      "zip peak RSS (MB)": Math.round(zipped.peakRss / 1024 / 1024),
    };
  } finally {
    await pool.end();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The zip path keeps its compressed archive for the export's record; here it is sealed with a manifest and dropped. */
async function seal(finished: FinishedExport): Promise<void> {
  finished.seal(
    buildManifest({
      dataset: dataset(exportFiltersSchema.parse({})),
      projectSlug: "bench",
      version: 1,
      filterNames: { sources: [], properties: [], entities: [] },
      counts: { claims: CLAIMS, evidence: CLAIMS, sources: 1, entities: ENTITIES, properties: 1, conflicts: 0, claimsByStatus: {} },
      codingRounds: [],
      files: finished.files,
      exportedBy: { id: "bench-user", name: "Bench User" },
      exportedAt: new Date(),
    }),
  );
}

function dataset(filters: ExportFilters): DatasetDescription {
  return { projectId: PROJECT, name: "Bench project", filters, digest: filtersDigest(filters), baseUrl: "http://localhost:3000", metadata: testDatasetMetadata };
}

async function timeExport(pool: pg.Pool, filters: ExportFilters, write: (reader: DatasetReader) => AsyncIterable<Uint8Array>) {
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const start = performance.now();
  const snapshot = await openSnapshot(pool);
  let bytes = 0;
  try {
    const reader = await createDatasetReader(snapshot.client, PROJECT, filters);
    if (reader.counts.claims !== CLAIMS) throw new Error(`Expected ${CLAIMS} claims, the export selects ${reader.counts.claims}.`);
    for await (const chunk of write(reader)) bytes += chunk.byteLength;
  } finally {
    await snapshot.close();
    clearInterval(sampler);
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { seconds: (performance.now() - start) / 1000, bytes, peakRss, startRss };
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

/** 100,000 claims with evidence, attribution chains, reviews and conflicts, written by PostgreSQL itself. */
async function seed(pool: pg.Pool): Promise<void> {
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
        SELECT 'bench-c-' || lpad(i::text, 6, '0'), $1, 'bench-e-' || (i % ${ENTITIES} + 1), 'bench-casualties',
          jsonb_build_object('type', 'quantity', 'kind', 'exact', 'min', i % 100, 'max', i % 100, 'category', 'killed'),
          i % 100, i % 100, 'approved', 'bench-user', 'bench-user', now()
        FROM generate_series(1, ${CLAIMS}) i`,
      [PROJECT],
    ],
    [
      `INSERT INTO "Attribution" (id, "claimId", position, role, "entityId")
        SELECT 'bench-o-' || i, 'bench-c-' || lpad(i::text, 6, '0'), 0, 'origin', 'bench-e-' || ((i + 7) % ${ENTITIES} + 1)
        FROM generate_series(1, ${CLAIMS}) i`,
      [],
    ],
    [
      `INSERT INTO "Attribution" (id, "claimId", position, role, "partyName")
        SELECT 'bench-p-' || i, 'bench-c-' || lpad(i::text, 6, '0'), 1, 'intermediary', 'local sources'
        FROM generate_series(10, ${CLAIMS}, 10) i`,
      [],
    ],
    [
      `INSERT INTO "Evidence" (id, "claimId", "annotationId")
        SELECT 'bench-ev-' || i, 'bench-c-' || lpad(i::text, 6, '0'), 'bench-a-' || (i % ${ANNOTATIONS})
        FROM generate_series(1, ${CLAIMS}) i`,
      [],
    ],
    [
      `INSERT INTO "ReviewDecision" (id, "claimId", "reviewerId", decision, "fromStatus", "toStatus", "claimVersion")
        SELECT 'bench-r-' || i, 'bench-c-' || lpad(i::text, 6, '0'), 'bench-user', 'approve', 'submitted', 'approved', 1
        FROM generate_series(1, ${CLAIMS}) i`,
      [],
    ],
    [
      `INSERT INTO "Conflict" (id, "projectId", kind, fingerprint, explanation, "updatedAt")
        SELECT 'bench-k-' || i, $1, 'contradiction', 'bench-' || i, 'The figures cannot both be true', now()
        FROM generate_series(1, ${CLAIMS} - 1, 100) i`,
      [PROJECT],
    ],
    [
      `INSERT INTO "ConflictMember" ("conflictId", "claimId")
        SELECT 'bench-k-' || i, 'bench-c-' || lpad((i + pair)::text, 6, '0')
        FROM generate_series(1, ${CLAIMS} - 1, 100) i, generate_series(0, 1) pair`,
      [],
    ],
    [`ANALYZE`, []],
  ];
  for (const [text, values] of statements) await pool.query(text, values);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// `tsx tests/bench/export-bench.ts` runs it on its own.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runExportBench().then(
    (figures) => console.table(figures),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
