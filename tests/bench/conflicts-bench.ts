import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { ClaimValue } from "@/lib/claims/value";
import { benchmarkDetection, syntheticClaims } from "@/lib/conflicts/bench";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import type { Actor } from "@/lib/server/actor";
import { reevaluateGroup } from "@/lib/server/conflicts/reevaluate-group";
import { recomputeProject } from "@/lib/server/conflicts/recompute-project";
import { listEstimates } from "@/lib/server/estimates/list-estimates";
import { freshDatabase } from "./scratch-database";

const PORT = 54341;
const DATABASE = "conflicts_bench";
const CLAIM_COUNT = 100_000;
const GROUP_SIZE = 5;
const EDIT_RUNS = 100;
const ROWS_PER_INSERT = 1_000;
const ESTIMATE_RUNS = 50;

type Figures = Record<string, number | string>;

/**
 * Issue 5's performance figures: detection alone (pure, in memory), then the
 * same 100,000 claims stored in a scratch PostgreSQL, where one claim edit's
 * group re-evaluation and full recomputations of the project are timed
 * through the real data layer. The database is started in a temporary
 * directory and stopped at the end, whatever happens.
 */
export async function runConflictsBench(): Promise<Figures> {
  const pure = benchmarkDetection({ claimCount: CLAIM_COUNT, groupSize: GROUP_SIZE });
  const figures: Figures = {
    "detection only: one group of 5 after a change, median (ms)": round(pure.oneGroupMs),
    "detection only: all 100,000 claims, median (ms)": round(pure.fullMs),
    "detection only: conflicts found": pure.conflictCount,
  };

  const dataDir = mkdtempSync(path.join(os.tmpdir(), "provenance-conflicts-bench-"));
  const server = await startEmbeddedPostgres({ dataDir, port: PORT, database: "postgres" });
  let db: Db | undefined;
  try {
    const url = await freshDatabase(PORT, DATABASE);
    await applyMigrations(url);
    const insertStarted = performance.now();
    const { projectId, owner, claims } = await insertScenario(url);
    figures["PostgreSQL: insert 100,000 claims (s)"] = round((performance.now() - insertStarted) / 1000, 1);

    db = createPrismaClient(url);
    const firstRun = await timed(() => recomputeProject(db!, owner, projectId));
    figures["full recomputation, first run storing every conflict (ms)"] = round(firstRun.ms);
    figures["conflicts stored"] = firstRun.result.created;
    // Fresh statistics for the tables the first run filled, as autovacuum would gather within a minute.
    await db.$executeRaw`ANALYZE "Conflict", "ConflictMember", "AuditEvent"`;
    const unchanged = await timed(() => recomputeProject(db!, owner, projectId));
    figures["full recomputation, nothing changed (ms)"] = round(unchanged.ms);
    // Changing the threshold only queues a recompute job (set-divergence-threshold.ts): this is that job's work.
    await db.project.update({ where: { id: projectId }, data: { divergenceThreshold: 0.75 } });
    const threshold = await timed(() => recomputeProject(db!, owner, projectId));
    figures["full recomputation after a threshold change (ms)"] = round(threshold.ms);
    figures["threshold change: conflicts closed / reopened / re-explained"] = `${threshold.result.closed} / ${threshold.result.reopened} / ${threshold.result.explanationsUpdated}`;

    const edits = await timeClaimEdits(db, owner, projectId, claims);
    figures["re-evaluation after one claim change, median (ms)"] = round(median(edits.reevaluation));
    figures["re-evaluation after one claim change, 95th percentile (ms)"] = round(percentile(edits.reevaluation, 0.95));
    figures["whole edit transaction incl. re-evaluation, median (ms)"] = round(median(edits.transaction));
    Object.assign(figures, await timeEstimates(db, owner, projectId, claims));
    return figures;
  } finally {
    await db?.$disconnect();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const PROPERTY_BY_TYPE: Record<ClaimValue["type"], { id: string; key: string; valueType: string }> = {
  quantity: { id: "property-deaths", key: "deaths", valueType: "quantity" },
  assertion: { id: "property-occurred", key: "occurred", valueType: "assertion" },
  entity: { id: "property-result", key: "result", valueType: "entity" },
  date: { id: "property-date", key: "date", valueType: "date" },
  text: { id: "property-note", key: "note", valueType: "text" },
};

interface StoredClaim {
  id: string;
  subjectId: string;
  propertyId: string;
  valueType: ClaimValue["type"];
}

/**
 * The pure benchmark's claims as rows: one project and owner, an entity per
 * subject (plus the two entity values), a property per value type, each
 * claim with its origin attribution. Multi-row INSERTs through `pg`.
 */
async function insertScenario(url: string): Promise<{ projectId: string; owner: Actor; claims: StoredClaim[] }> {
  const synthetic = syntheticClaims(CLAIM_COUNT, GROUP_SIZE);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const projectId = "bench-project";
    const owner: Actor = { userId: "bench-owner", email: "owner@bench.test", name: "Bench owner" };
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'not-a-hash', now())`, [
      owner.userId,
      owner.email,
      owner.name,
    ]);
    await client.query(`INSERT INTO "Project" (id, slug, name, "updatedAt") VALUES ($1, 'bench', 'Conflicts bench', now())`, [projectId]);
    await client.query(`INSERT INTO "Membership" (id, "projectId", "userId", role) VALUES ('bench-membership', $1, $2, 'owner')`, [projectId, owner.userId]);
    await insertRows(
      client,
      "Property",
      ["id", "projectId", "key", "label", "valueType"],
      Object.values(PROPERTY_BY_TYPE).map((p) => [p.id, projectId, p.key, p.key, p.valueType]),
      "($1, $2, $3, $4, $5::\"ValueType\")",
    );
    const entityIds = [...new Set(synthetic.flatMap((c) => [c.subjectId, ...(c.value.type === "entity" ? [c.value.entityId] : [])]))];
    await insertRows(
      client,
      "Entity",
      ["id", "projectId", "name", "kind", "updatedAt"],
      entityIds.map((id) => [id, projectId, id, "event"]),
      "($1, $2, $3, $4::\"EntityKind\", now())",
    );
    const claims = synthetic.map((c) => ({ id: c.id, subjectId: c.subjectId, propertyId: PROPERTY_BY_TYPE[c.value.type].id, valueType: c.value.type }));
    await insertRows(
      client,
      "Claim",
      ["id", "projectId", "subjectId", "propertyId", "value", "qualifiers", "valueEntityId", "createdById", "updatedById", "updatedAt"],
      synthetic.map((c, i) => [
        c.id,
        projectId,
        c.subjectId,
        claims[i]!.propertyId,
        JSON.stringify(c.value),
        JSON.stringify(c.qualifiers),
        c.value.type === "entity" ? c.value.entityId : null,
        owner.userId,
        owner.userId,
      ]),
      "($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9, now())",
    );
    await insertRows(
      client,
      "Attribution",
      ["id", "claimId", "position", "role", "partyName"],
      synthetic.map((c) => [`origin-${c.id}`, c.id, 0, "origin", c.attributedTo]),
      "($1, $2, $3, $4::\"AttributionRole\", $5)",
    );
    await client.query("ANALYZE");
    return { projectId, owner, claims };
  } finally {
    await client.end();
  }
}

/** INSERTs `rows` ROWS_PER_INSERT at a time; `tuple` is one row's VALUES item written with $1…$n. */
async function insertRows(client: pg.Client, table: string, columns: string[], rows: unknown[][], tuple: string): Promise<void> {
  const width = rows[0]?.length ?? 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT);
    const values = batch.map((_, r) => tuple.replace(/\$(\d+)/g, (_match, n: string) => `$${r * width + Number(n)}`)).join(", ");
    await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values}`, batch.flat());
  }
}

/**
 * One claim edit after another, as update-claim does it: the claim's figure
 * changes, then its group is re-evaluated in the same transaction. Edits go
 * to casualty figures across the project, alternating between values that
 * agree with the group and values that contradict it, so conflicts are
 * created, closed and reopened along the way.
 */
async function timeClaimEdits(db: Db, actor: Actor, projectId: string, claims: StoredClaim[]) {
  const quantities = claims.filter((c) => c.valueType === "quantity");
  const reevaluation: number[] = [];
  const transaction: number[] = [];
  for (let run = 0; run < EDIT_RUNS; run++) {
    const claim = quantities[(run * 7_919) % quantities.length]!;
    const value: ClaimValue = { type: "quantity", kind: "exact", min: run % 2 ? 1 : 60, max: run % 2 ? 1 : 60 };
    const started = performance.now();
    await db.$transaction(async (tx) => {
      await tx.claim.update({ where: { id: claim.id }, data: { value, version: { increment: 1 } } });
      const reevaluated = performance.now();
      await reevaluateGroup(tx, { projectId, subjectId: claim.subjectId, propertyId: claim.propertyId }, actor);
      reevaluation.push(performance.now() - reevaluated);
    });
    transaction.push(performance.now() - started);
  }
  return { reevaluation, transaction };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The nearest-rank percentile, e.g. 0.95. */
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Estimates as the event page and the API read them: one subject's, many
 * times over subjects across the project, and every subject's at once. The
 * baseline, in the same run, reads the same subject's claim rows and nothing
 * else, so the ratio is what weighing the claims adds to reading them.
 */
async function timeEstimates(db: Db, actor: Actor, projectId: string, claims: StoredClaim[]): Promise<Figures> {
  const quantities = claims.filter((c) => c.valueType === "quantity");
  const oneEvent: number[] = [];
  const rowsOnly: number[] = [];
  for (let run = 0; run < ESTIMATE_RUNS; run++) {
    const { subjectId } = quantities[(run * 7_919) % quantities.length]!;
    rowsOnly.push((await timed(() => db.claim.findMany({ where: { projectId, subjectId }, select: { id: true, value: true } }))).ms);
    oneEvent.push((await timed(() => listEstimates(db, actor, projectId, { subjectId, statuses: "all" }))).ms);
  }
  const every = [];
  for (let run = 0; run < 3; run++) every.push(await timed(() => listEstimates(db, actor, projectId, { statuses: "all" })));
  return {
    "estimates: one event, median (ms)": round(median(oneEvent)),
    "estimates: one event, baseline reading its claim rows, median (ms)": round(median(rowsOnly)),
    "estimates: one event / reading its rows, ratio of medians": round(median(oneEvent) / median(rowsOnly), 1),
    "estimates: every event of 100,000 claims, median of 3 (ms)": round(median(every.map((run) => run.ms))),
    "estimates: units estimated": every[0]!.result.length,
  };
}
