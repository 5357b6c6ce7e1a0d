import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import autocannon from "autocannon";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { ensureProductionBuild, requireFreePort, startProductionServer, stopProcessGroup, waitForHealth } from "./bench-server";

/**
 * The claims list API (`GET /api/v1/projects/{id}/claims`, bearer token) on the production
 * build under `next start`:
 *
 * - throughput, against a bare route handler of the same build that serves the same page
 *   of the same claims with one hand-written SQL statement through plain `pg`
 *   (`/api/bench/…`, enabled by BENCH_BARE_ROUTES=1), both under autocannon, alternately;
 * - latency at 1,000,000 claims: one request at a time, a mix of status and property
 *   filters, full-text search (a common word, a rare one, a subject's name) and pages.
 *
 * The claims are written with COPY, then VACUUM ANALYZE, as autovacuum would leave them.
 */

const DB_PORT = Number(process.env.CLAIMS_BENCH_PG_PORT ?? 54344);
const APP_PORT = Number(process.env.CLAIMS_BENCH_PORT ?? 3202);
const OWNER_EMAIL = "owner@demo.test";
const SMALL = 10_000;
const LARGE = Number(process.env.CLAIMS_BENCH_LARGE ?? 1_000_000);
const SUBJECTS = 2_000;
const PARTIES = ["ACLED", "UN OCHA", "Reuters", "local sources", "Human Rights Watch", "the army", "MSA", "Amnesty International"];
const STATUSES = ["draft", "submitted", "approved", "approved", "approved", "rejected", "changes_requested"] as const;
const CATEGORIES = ["killed", "wounded", "displaced", "captured"] as const;
const PROPERTIES = 12;
const THROUGHPUT_SECONDS = Number(process.env.CLAIMS_BENCH_SECONDS ?? 8);
const THROUGHPUT_ROUNDS = 2;
const CONNECTIONS = 10;
const LATENCY_REQUESTS = 200;

type Figures = Record<string, number | string>;

export async function runClaimsListBench(): Promise<Figures> {
  const cleanups: Array<() => Promise<void> | void> = [];
  try {
    ensureProductionBuild(log);
    await requireFreePort(DB_PORT, "the bench database");
    await requireFreePort(APP_PORT, "the bench server");
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "provenance-claims-bench-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const database = await startEmbeddedPostgres({ dataDir, port: DB_PORT });
    cleanups.push(() => database.stop());
    await applyMigrations(database.url);

    const { token, ownerId } = await demoOwnerToken(database.url);
    const figures: Figures = {};
    const seedStarted = performance.now();
    const small = await seedProject(database.url, { slug: "claims-bench-10k", claims: SMALL, ownerId });
    const large = await seedProject(database.url, { slug: "claims-bench-1m", claims: LARGE, ownerId });
    await vacuumAnalyze(database.url);
    figures["seed: COPY claims and attributions, VACUUM ANALYZE (s)"] = round((performance.now() - seedStarted) / 1000, 1);
    figures["claims in the database"] = SMALL + LARGE;

    log(`starting next start on port ${APP_PORT}, with the bare route`);
    const server = startProductionServer({ port: APP_PORT, databaseUrl: database.url, env: { BENCH_BARE_ROUTES: "1" } });
    cleanups.push(() => stopProcessGroup(server.process));
    await waitForHealth(server);
    const headers = { authorization: `Bearer ${token}` };
    const apiPath = (projectId: string, query = "") => `/api/v1/projects/${projectId}/claims${query}`;
    const barePath = (projectId: string) => `/api/bench/projects/${projectId}/claims`;
    await checkSamePage(server.baseUrl, apiPath(small.projectId), barePath(small.projectId), headers);

    log(`throughput: ${THROUGHPUT_ROUNDS} × ${THROUGHPUT_SECONDS} s each, ${CONNECTIONS} connections, the first page of ${SMALL.toLocaleString("en")} claims`);
    const api: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
      api.push(await requestsPerSecond(`${server.baseUrl}${apiPath(small.projectId)}`, headers));
      bare.push(await requestsPerSecond(`${server.baseUrl}${barePath(small.projectId)}`, {}));
    }
    figures["claims list API, 10k claims (requests/s)"] = round(mean(api));
    figures["bare pg route, same rows (requests/s)"] = round(mean(bare));
    figures["claims list throughput ratio (API / bare pg)"] = round(mean(api) / mean(bare), 2);

    log(`latency: ${LATENCY_REQUESTS} requests one at a time over ${LARGE.toLocaleString("en")} claims`);
    const mix = latencyMix(large);
    await fetchOk(`${server.baseUrl}${apiPath(large.projectId)}`, headers);
    const samples: { kind: string; ms: number }[] = [];
    for (let i = 0; i < LATENCY_REQUESTS; i++) {
      const request = mix[i % mix.length]!;
      const started = performance.now();
      await fetchOk(`${server.baseUrl}${apiPath(large.projectId, request.query)}`, headers);
      samples.push({ kind: request.kind, ms: performance.now() - started });
    }
    const all = samples.map((sample) => sample.ms);
    figures["claims list at 1,000,000 claims, median (ms)"] = round(percentile(all, 0.5));
    figures["claims list at 1,000,000 claims, p95 (ms)"] = round(percentile(all, 0.95));
    figures["claims list at 1,000,000 claims, max (ms)"] = round(Math.max(...all));
    figures["p95 by kind of request (ms)"] = [...new Set(mix.map((request) => request.kind))]
      .map((kind) => `${kind} ${round(percentile(samples.filter((sample) => sample.kind === kind).map((sample) => sample.ms), 0.95))}`)
      .join("; ");
    return figures;
  } finally {
    for (const cleanup of cleanups.reverse()) await Promise.resolve().then(cleanup).catch((error: unknown) => console.error(`  cleanup failed: ${String(error)}`));
  }
}

export async function demoOwnerToken(databaseUrl: string): Promise<{ token: string; ownerId: string }> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    await seedDemo(prisma);
    const owner = await prisma.user.findUniqueOrThrow({ where: { email: OWNER_EMAIL } });
    const { token } = await createApiToken(prisma, { userId: owner.id, email: owner.email, name: owner.name, sessionVersion: owner.sessionVersion });
    return { token, ownerId: owner.id };
  } finally {
    await prisma.$disconnect();
  }
}

interface SeededProject {
  projectId: string;
  propertyIds: string[];
  subjectNames: string[];
}

/**
 * A project owned by the demo owner, with its subjects and quantity properties, then its
 * claims and each claim's origin through COPY. A claim's search vector holds what the app's
 * own (lib/server/claims/claim-search.ts) would: subject, property, value and party words.
 */
export async function seedProject(databaseUrl: string, options: { slug: string; claims: number; ownerId: string }): Promise<SeededProject> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  try {
    const projectId = `${options.slug}-project`;
    await client.query(`INSERT INTO "Project" (id, slug, name, "updatedAt") VALUES ($1, $2, $3, now())`, [projectId, options.slug, options.slug]);
    await client.query(`INSERT INTO "Membership" (id, "projectId", "userId", role) VALUES ($1, $2, $3, 'owner')`, [`${projectId}-owner`, projectId, options.ownerId]);
    const subjectNames = Array.from({ length: SUBJECTS }, (_, i) => `Event ${i} ${WORDS[i % WORDS.length]}`);
    await client.query(
      `INSERT INTO "Entity" (id, "projectId", name, kind, "updatedAt") SELECT $1 || '-e' || i, $1, name, 'event', now() FROM unnest($2::text[]) WITH ORDINALITY AS t(name, i)`,
      [projectId, subjectNames],
    );
    const propertyIds = Array.from({ length: PROPERTIES }, (_, i) => `${projectId}-p${i}`);
    await client.query(
      `INSERT INTO "Property" (id, "projectId", key, label, "valueType", "isSingleValued") SELECT id, $1, 'casualties_' || i, 'Casualties ' || i, 'quantity', false FROM unnest($2::text[]) WITH ORDINALITY AS t(id, i)`,
      [projectId, propertyIds],
    );
    const epoch = Date.UTC(2024, 0, 1);
    const claimRow = (i: number): string => {
      const subject = i % SUBJECTS;
      const property = i % PROPERTIES;
      const min = (i * 7) % 500;
      const category = CATEGORIES[i % CATEGORIES.length]!;
      const party = PARTIES[i % PARTIES.length]!;
      const value = JSON.stringify({ type: "quantity", kind: "exact", min, max: min, category });
      const words = [...subjectNames[subject]!.toLowerCase().split(" "), "casualties", String(property), String(min), category, ...party.toLowerCase().split(" ")];
      // With positions, as to_tsvector writes them, so that a quoted phrase matches.
      const vector = words.map((word, position) => `'${word}':${position + 1}`).join(" ");
      const at = new Date(epoch + i * 1000).toISOString();
      return [
        `${projectId}-c${i}`, projectId, `${projectId}-e${subject + 1}`, propertyIds[property]!, csv(value), min, min,
        STATUSES[i % STATUSES.length]!, csv(vector), options.ownerId, options.ownerId, at, at,
      ].join(",");
    };
    await copyRows(
      client,
      `COPY "Claim" (id, "projectId", "subjectId", "propertyId", value, "quantityMin", "quantityMax", status, "searchVector", "createdById", "updatedById", "createdAt", "updatedAt") FROM STDIN (FORMAT csv)`,
      options.claims,
      claimRow,
    );
    await copyRows(client, `COPY "Attribution" (id, "claimId", position, role, "partyName") FROM STDIN (FORMAT csv)`, options.claims, (i) =>
      [`${projectId}-a${i}`, `${projectId}-c${i}`, 0, "origin", csv(PARTIES[i % PARTIES.length]!)].join(","),
    );
    log(`${options.claims.toLocaleString("en")} claims in ${options.slug} (${round((performance.now() - started) / 1000, 1)} s)`);
    return { projectId, propertyIds, subjectNames };
  } finally {
    await client.end();
  }
}

const WORDS = ["Talataye", "Tinzaouaten", "Menaka", "Gao", "Kidal", "Timbuktu", "Mopti", "Segou", "Anefis", "Aguelhok"];

async function copyRows(client: pg.Client, statement: string, count: number, row: (i: number) => string): Promise<void> {
  const BATCH = 2_000;
  async function* lines() {
    for (let first = 0; first < count; first += BATCH) {
      let chunk = "";
      for (let i = first; i < Math.min(count, first + BATCH); i++) chunk += `${row(i)}\n`;
      yield chunk;
    }
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(statement)));
}

function csv(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

export async function vacuumAnalyze(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`VACUUM ANALYZE "Claim", "Attribution", "Entity", "Property"`);
  } finally {
    await client.end();
  }
}

/** The two routes must serve the same claims in the same order, or the ratio compares different work. */
async function checkSamePage(baseUrl: string, apiPath: string, barePath: string, headers: Record<string, string>): Promise<void> {
  const [api, bare] = await Promise.all([fetchOk(`${baseUrl}${apiPath}`, headers), fetchOk(`${baseUrl}${barePath}`, {})]);
  const ids = (body: unknown) => (body as { claims: { id: string }[] }).claims.map((claim) => claim.id).join(",");
  if (ids(api) !== ids(bare) || (api as { total: number }).total !== (bare as { total: number }).total) {
    throw new Error("The claims list API and the bare route disagree on the first page: fix that before comparing them.");
  }
}

async function fetchOk(url: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

async function requestsPerSecond(url: string, headers: Record<string, string>): Promise<number> {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: THROUGHPUT_SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  return result.requests.average;
}

/** What a researcher does on the claims page of a large project, in turn. */
export function latencyMix(project: SeededProject): { kind: string; query: string }[] {
  const property = project.propertyIds[3]!;
  const subject = project.subjectNames[17]!;
  return [
    { kind: "first page", query: "" },
    { kind: "status", query: "?status=approved" },
    { kind: "property", query: `?propertyId=${property}` },
    { kind: "status+property", query: `?status=submitted&propertyId=${property}` },
    { kind: "search common word", query: "?q=killed" },
    { kind: "search rare word", query: "?q=tinzaouaten%20277" },
    { kind: "search subject", query: `?q=${encodeURIComponent(`"${subject}"`)}` },
    { kind: "search+status", query: "?q=acled&status=approved" },
    { kind: "page 2", query: "?page=2" },
    { kind: "page 40", query: "?page=40&status=approved" },
  ];
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

function log(line: string): void {
  console.log(`  [claims-list] ${line}`);
}
