import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { importDatasetRoute } from "@/lib/api/contract/exports";
import { getJobRoute, listProjectJobsRoute } from "@/lib/api/contract/jobs";
import { exportFiltersSchema } from "@/lib/export/filters";
import { claimSnapshot, loadClaimRecord } from "@/lib/server/claims/claim-record";
import { claimSearchText } from "@/lib/server/claims/claim-search";
import { recomputeProject } from "@/lib/server/conflicts/recompute-project";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { importDataset } from "@/lib/server/export/import-dataset";
import { startJobWorker, type JobWorker } from "@/lib/server/jobs/job-worker";
import { syntheticImport } from "../bench/import-dataset";
import { bytesOf, reviewedScenario } from "./export-factories";
import { createProject, createSource, createUser, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const everyStatus = exportFiltersSchema.parse({ statuses: ["draft", "submitted", "approved", "rejected", "changes_requested"] });
const updateProjectRoute = route("patch", "/api/v1/projects/{projectId}");

let exported: string;
let scenario: Awaited<ReturnType<typeof reviewedScenario>>;
beforeAll(async () => {
  scenario = await reviewedScenario();
  exported = (await bytesOf(await exportDataset(testDb(), scenario.members.owner, scenario.project.id, { format: "jsonl", filters: everyStatus }))).toString("utf8");
});

let worker: JobWorker | undefined;
async function runWorker() {
  worker ??= await startJobWorker({ db: testDb(), databaseUrl: process.env.DATABASE_URL!, pollingIntervalSeconds: 0.5 });
}
afterEach(async () => {
  await worker?.stop(10_000);
  worker = undefined;
});

interface JobBody {
  job: {
    id: string;
    kind: string;
    status: string;
    progress: { done: number; total: number };
    result?: Record<string, unknown>;
    error?: string;
    problems?: { line: number; reason: string }[];
    createdBy: { id: string; name: string };
  };
}

/** Polls GET /api/v1/jobs/{id} until the job has ended, as the import page does. */
async function ended(jobId: string, token: string): Promise<JobBody["job"]> {
  return vi.waitFor(
    async () => {
      const { status, json } = await callRoute(getJobRoute, { token, params: { jobId } });
      expect(status).toBe(200);
      const { job } = json as JobBody;
      expect(["done", "failed", "cancelled"]).toContain(job.status);
      return job;
    },
    { timeout: 60_000, interval: 200 },
  );
}

const upload = (token: string, projectId: string, text: string) =>
  callRoute(importDatasetRoute, { token, params: { projectId }, rawBody: text, headers: { "content-type": "application/x-ndjson" } });

/** What an empty project still holds after a refused import: nothing at all. */
async function contentsOf(projectId: string) {
  const where = { projectId };
  const db = testDb();
  return {
    sources: await db.source.count({ where }),
    annotations: await db.annotation.count({ where }),
    entities: await db.entity.count({ where }),
    properties: await db.property.count({ where }),
    claims: await db.claim.count({ where }),
    conflicts: await db.conflict.count({ where }),
  };
}

describe("imports as background jobs", () => {
  it("answers 202 with the queued job, stores the file with it, and a worker imports it: done with the claims counted", async () => {
    const { project, members } = await createProject(["owner"]);
    const token = await tokenOf(members.owner);
    const started = await upload(token, project.id, exported);
    expect(started.status).toBe(202);
    const { job } = started.json as { job: { id: string; status: string } };
    expect(job.status).toBe("queued");
    expect(await testDb().importUpload.count({ where: { jobId: job.id } })).toBe(1);
    expect(await testDb().claim.count({ where: { projectId: project.id } })).toBe(0);

    await runWorker();
    const done = await ended(job.id, token);
    expect(done).toMatchObject({ kind: "import", status: "done", progress: { done: 5, total: 5 }, createdBy: { id: members.owner.userId } });
    expect(done.result).toMatchObject({ imported: { claims: 5, sources: 1, conflicts: 3 } });
    expect(await testDb().claim.count({ where: { projectId: project.id } })).toBe(5);
    expect(await testDb().importUpload.count({ where: { jobId: job.id } })).toBe(0);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { projectId: project.id, action: "dataset.import" } });
    expect(audit.after).toMatchObject({ claims: 5, jobId: job.id });
  });

  it("writes each claim as the claim writer does: the same audit snapshot and search vector as a claim record read back", async () => {
    const { project, members } = await createProject(["owner"]);
    await importDataset(testDb(), members.owner, project.id, exported);
    const claims = await testDb().claim.findMany({ where: { projectId: project.id }, select: { id: true } });
    expect(claims).toHaveLength(5);
    for (const { id } of claims) {
      const record = await loadClaimRecord(testDb(), id);
      const event = await testDb().auditEvent.findFirstOrThrow({ where: { objectId: id, action: "claim.import" } });
      expect(event).toMatchObject({ projectId: project.id, actorId: members.owner.userId, objectType: "Claim" });
      expect(event.after).toEqual(JSON.parse(JSON.stringify(claimSnapshot(record))));
      const [vectors] = await testDb().$queryRaw<{ stored: string; expected: string }[]>`
        SELECT "searchVector"::text AS stored, to_tsvector('simple', ${claimSearchText(record)})::text AS expected FROM "Claim" WHERE id = ${id}`;
      expect(vectors!.stored).toBe(vectors!.expected);
      expect(record.createdById).toBe(members.owner.userId);
      expect(record.evidence.length).toBeGreaterThan(0);
    }
  });

  it("takes the file wrapped in JSON too, as the import page sends it", async () => {
    const { project, members } = await createProject(["owner"]);
    const started = await callRoute(importDatasetRoute, { token: await tokenOf(members.owner), params: { projectId: project.id }, body: { jsonl: exported } });
    expect(started.status).toBe(202);
    const { job } = started.json as { job: { id: string } };
    expect(await testDb().importUpload.findUniqueOrThrow({ where: { jobId: job.id }, select: { text: true } })).toEqual({ text: exported });
    const wrong = await callRoute(importDatasetRoute, { token: await tokenOf(members.owner), params: { projectId: project.id }, body: { file: exported } });
    expect(wrong.status).toBe(400);
  });

  it("a bad file fails the job with its reason and every refused line, and writes nothing", async () => {
    const { project, members } = await createProject(["owner"]);
    const token = await tokenOf(members.owner);
    // The file is sound, but the project's own "casualties" is archived: the claim writer's checks refuse every claim of it.
    await testDb().property.create({ data: { projectId: project.id, key: "casualties", label: "Casualties", valueType: "quantity", archivedAt: new Date() } });
    const lines = exported.trimEnd().split("\n");
    const refused = lines.flatMap((line, index) => (line.includes('"kind":"claim"') && line.includes('"key":"casualties"') ? [index + 1] : []));
    expect(refused.length).toBeGreaterThan(1);
    const started = await upload(token, project.id, exported);
    expect(started.status).toBe(202);
    const { job } = started.json as { job: { id: string } };

    await runWorker();
    const failed = await ended(job.id, token);
    expect(failed.status).toBe("failed");
    expect(failed.error).toContain(`The import was rejected, nothing was written. line ${refused[0]}:`);
    expect(failed.problems).toEqual(refused.map((line) => ({ line, reason: expect.stringContaining("Casualties is archived: new claims cannot use it") })));
    expect(failed.result).toBeUndefined();
    expect(await contentsOf(project.id)).toEqual({ sources: 0, annotations: 0, entities: 0, properties: 1, claims: 0, conflicts: 0 });
    expect(await testDb().importUpload.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("refuses at once a project that is not empty (409), a reviewer (403) and someone outside the project (404), queuing nothing", async () => {
    const { project, members } = await createProject(["owner", "reviewer"]);
    const before = await testDb().job.count();
    expect((await upload(await tokenOf(members.reviewer), project.id, exported)).status).toBe(403);
    expect((await upload(await tokenOf(await createUser()), project.id, exported)).status).toBe(404);
    await createSource(members.owner, project.id, "Another text entirely.", "Another source");
    const notEmpty = await upload(await tokenOf(members.owner), project.id, exported);
    expect(notEmpty).toMatchObject({ status: 409, json: { error: { code: "project_not_empty" } } });
    expect(await testDb().job.count()).toBe(before);
  });

  it(
    "imports 6,000 claims in steps with multi-row inserts, and detection leaves nothing for a recomputation to change",
    async () => {
      const { project, members } = await createProject(["owner"]);
      const steps: { done: number; total: number }[] = [];
      const report = await importDataset(testDb(), members.owner, project.id, syntheticImport({ claims: 6_000 }), {
        onProgress: async (progress) => {
          steps.push(progress);
        },
      });
      expect(report).toMatchObject({ claims: 6_000, annotations: 6_000, sources: 20, entities: { created: 1_510, reused: 0 } });
      expect(steps.map((step) => step.done)).toEqual([0, 2_000, 4_000, 6_000]);
      expect(await testDb().claim.count({ where: { projectId: project.id, status: "approved" } })).toBe(6_000);
      expect(await testDb().attribution.count({ where: { claim: { projectId: project.id } } })).toBe(6_000);
      expect(await testDb().evidence.count({ where: { claim: { projectId: project.id } } })).toBe(6_000);
      expect(await testDb().auditEvent.count({ where: { projectId: project.id, action: "claim.import" } })).toBe(6_000);
      // 30 diverges from 10 (and from 12) in every group of four: detected once per group at the end.
      const open = await testDb().conflict.count({ where: { projectId: project.id, status: "open", kind: "divergence" } });
      expect(open).toBe(1_500 * 3);
      expect(await recomputeProject(testDb(), members.owner, project.id)).toMatchObject({ claimCount: 6_000, created: 0, closed: 0, reopened: 0, explanationsUpdated: 0 });
      // The search vector finds an imported claim by its quote's words.
      const found = await testDb().$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "Claim" WHERE "projectId" = ${project.id} AND "searchVector" @@ to_tsquery('simple', 'monitor & attack')`;
      expect(Number(found[0]!.n)).toBe(6_000);
    },
    120_000,
  );
});

describe("recomputation as a job", () => {
  it("a new threshold queues a recompute job that a worker runs, counting subject + property groups", async () => {
    const { project, members } = await createProject(["owner"]);
    await importDataset(testDb(), members.owner, project.id, syntheticImport({ claims: 40 }));
    const token = await tokenOf(members.owner);
    const changed = await callRoute(updateProjectRoute, { token, params: { projectId: project.id }, body: { divergenceThreshold: 3 } });
    expect(changed.status).toBe(200);
    const { recomputeJob } = changed.json as { recomputeJob: { id: string; status: string } };
    expect(recomputeJob.status).toBe("queued");
    // Until the worker runs it, the stored conflicts are those of the old threshold.
    expect(await testDb().conflict.count({ where: { projectId: project.id, status: "open" } })).toBe(30);

    await runWorker();
    const done = await ended(recomputeJob.id, token);
    expect(done).toMatchObject({ kind: "recompute", status: "done", progress: { done: 10, total: 10 } });
    // 30 is less than 3 times above 10 or 12 + the group's offset: at 300 % nothing diverges.
    expect(done.result).toEqual({ recomputed: { claimCount: 40, divergenceThreshold: 3, created: 0, closed: 30, reopened: 0, explanationsUpdated: 0 } });
    expect(await testDb().conflict.count({ where: { projectId: project.id, status: "open" } })).toBe(0);
    expect(await testDb().auditEvent.count({ where: { projectId: project.id, action: "conflict.recompute", objectId: project.id } })).toBe(1);
  });
});

describe("the project's jobs", () => {
  it("lists them newest first for any member, with who started them; someone outside the project gets 404", async () => {
    const { project, members } = await createProject(["owner", "viewer"]);
    const owner = await tokenOf(members.owner);
    const first = (await upload(owner, project.id, "not an export")).json as { job: { id: string } };
    const second = (await callRoute(updateProjectRoute, { token: owner, params: { projectId: project.id }, body: { divergenceThreshold: 0.9 } })).json as {
      recomputeJob: { id: string };
    };
    const listed = await callRoute(listProjectJobsRoute, { token: await tokenOf(members.viewer), params: { projectId: project.id } });
    expect(listed.status).toBe(200);
    const { jobs } = listed.json as { jobs: JobBody["job"][] };
    expect(jobs.map((job) => [job.id, job.kind, job.status])).toEqual([
      [second.recomputeJob.id, "recompute", "queued"],
      [first.job.id, "import", "queued"],
    ]);
    expect(jobs[0]!.createdBy).toEqual({ id: members.owner.userId, name: members.owner.name });

    const stranger = await callRoute(listProjectJobsRoute, { token: await tokenOf(await createUser()), params: { projectId: project.id } });
    expect(stranger).toMatchObject({ status: 404, json: { error: { code: "not_found" } } });
    expect((await callRoute(listProjectJobsRoute, { params: { projectId: project.id } })).status).toBe(401);
  });
});
