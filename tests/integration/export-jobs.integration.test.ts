import { readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cancelJobRoute, getJobRoute, startExportJobRoute } from "@/lib/api/contract/jobs";
import { downloadExportRoute } from "@/lib/api/contract/exports";
import { dataFiles, MANIFEST_FILE_PATH } from "@/lib/export/dataset";
import { sha256OfBytes } from "@/lib/export/export-stream";
import { manifestSchema } from "@/lib/export/manifest";
import { startJobWorker, type JobWorker } from "@/lib/server/jobs/job-worker";
import type { ByteRange } from "@/lib/server/storage/archive-storage";
import { createLocalStorage } from "@/lib/server/storage/local-storage";
import { setArchiveStorage } from "@/lib/server/storage/storage-config";
import { reviewedScenario } from "./export-factories";
import { createUser, testDb } from "./factories";
import { callRoute, tokenOf } from "./route-client";

type Scenario = Awaited<ReturnType<typeof reviewedScenario>>;
let scenario: Scenario;
let tokens: { owner: string; reviewer: string; viewer: string; stranger: string };

beforeAll(async () => {
  scenario = await reviewedScenario();
  const { owner, reviewer, viewer } = scenario.members;
  tokens = { owner: await tokenOf(owner), reviewer: await tokenOf(reviewer), viewer: await tokenOf(viewer), stranger: await tokenOf(await createUser()) };
});

/** Counts what the routes read from storage (the folder of this test file). */
function watchStorageReads() {
  const local = createLocalStorage(process.env.ARCHIVE_DIR!);
  const reads: { key: string; range?: ByteRange }[] = [];
  setArchiveStorage({ ...local, read: (key, range) => (reads.push({ key, ...(range ? { range } : {}) }), local.read(key, range)) });
  return { reads };
}
afterEach(() => setArchiveStorage(undefined));

// Each test starts the worker when it wants jobs to run, so that what happens before a worker takes a job can be set up first.
let worker: JobWorker | undefined;
async function runWorker() {
  worker = await startJobWorker({ db: testDb(), databaseUrl: process.env.DATABASE_URL!, pollingIntervalSeconds: 0.5 });
}
afterEach(async () => {
  await worker?.stop(10_000);
  worker = undefined;
});

const start = (body: unknown, token = tokens.reviewer, projectId = scenario.project.id) =>
  callRoute(startExportJobRoute, { token, params: { projectId }, ...(body === undefined ? {} : { body }) });
const getJob = (jobId: string, token = tokens.reviewer) => callRoute(getJobRoute, { token, params: { jobId } });

interface JobBody {
  job: { id: string; kind: string; status: string; progress: { done: number; total: number }; result?: { exportId: string; datasetVersion: number; archiveUrl: string }; error?: string };
}

/** Polls GET /api/v1/jobs/{id} until the job has ended, as a client would; the job's status is what is waited for, not a time. */
async function ended(jobId: string): Promise<JobBody["job"]> {
  return vi.waitFor(
    async () => {
      const { status, json } = await getJob(jobId);
      expect(status).toBe(200);
      const { job } = json as JobBody;
      expect(["done", "failed", "cancelled"]).toContain(job.status);
      return job;
    },
    { timeout: 30_000, interval: 200 },
  );
}

describe("exports as background jobs", () => {
  it("answers 202 with the queued job, runs it to done with its progress counted, and its archive's manifest matches its files", async () => {
    const started = await start({ status: ["approved"] });
    expect(started.status).toBe(202);
    const { job } = started.json as { job: { id: string; status: string } };
    expect(job.status).toBe("queued");
    const queued = (await getJob(job.id)).json as JobBody;
    expect(queued.job).toMatchObject({ id: job.id, kind: "export", status: "queued", progress: { done: 0, total: 0 } });

    await runWorker();
    const done = await ended(job.id);
    expect(done).toMatchObject({ status: "done", kind: "export" });
    expect(done.progress.total).toBeGreaterThan(5);
    expect(done.progress.done).toBe(done.progress.total);
    const exportId = done.result!.exportId;
    expect(new URL(done.result!.archiveUrl).pathname).toBe(`/api/v1/exports/${exportId}/archive`);

    // The archive is a file in storage under its sha256; the database row holds its key and no bytes.
    const run = await testDb().exportRun.findUniqueOrThrow({ where: { id: exportId }, select: { sha256: true, archiveKey: true, legacyArchive: true } });
    expect(run).toMatchObject({ archiveKey: `archives/${run.sha256}.zip`, legacyArchive: null });
    const stored = readFileSync(path.join(process.env.ARCHIVE_DIR!, run.archiveKey!));
    expect(sha256OfBytes(stored)).toBe(run.sha256);

    const { reads } = watchStorageReads();
    const download = await callRoute(downloadExportRoute, { token: tokens.reviewer, params: { exportId } });
    expect(download.status).toBe(200);
    expect(download.response.headers.get("content-length")).toBe(String(stored.byteLength));
    const archive = Buffer.from(await download.response.arrayBuffer());
    expect(Buffer.compare(archive, stored)).toBe(0);
    expect(reads).toEqual([{ key: run.archiveKey }]);
    const files = unzipSync(archive);
    const manifest = manifestSchema.parse(JSON.parse(new TextDecoder().decode(files[MANIFEST_FILE_PATH])));
    expect(manifest.dataset.version).toBe(done.result!.datasetVersion);
    expect(manifest.counts.claims).toBe(4);
    expect(manifest.files.length).toBe(done.progress.total);
    for (const file of manifest.files) expect(sha256OfBytes(files[file.path]!), file.path).toBe(file.sha256);

    // One format: that entry inflated from the stored zip, reading its directory and its own bytes only.
    reads.length = 0;
    const csv = await callRoute(downloadExportRoute, { token: tokens.reviewer, params: { exportId }, query: { format: "csv" } });
    expect(csv.status).toBe(200);
    const csvBytes = Buffer.from(await csv.response.arrayBuffer());
    expect(sha256OfBytes(csvBytes)).toBe(manifest.files.find((file) => file.path === dataFiles.csv.path)!.sha256);
    expect(csv.response.headers.get("content-length")).toBe(String(csvBytes.byteLength));
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.every((read) => read.key === run.archiveKey && read.range !== undefined)).toBe(true);
    // The last read is the entry's compressed bytes alone (the first ones are the directory, from the end, and its local header).
    const entry = reads.at(-1)!.range!;
    expect(entry.end - entry.start).toBeLessThan(stored.byteLength / 2);

    // Idempotent: the same export again (a retry would run exactly this) reuses the version.
    const again = (await start({ status: "approved" })).json as { job: { id: string } };
    expect((await ended(again.job.id)).result).toMatchObject({ exportId, datasetVersion: done.result!.datasetVersion });
    expect(await testDb().exportRun.count({ where: { projectId: scenario.project.id, filters: { equals: manifest.filters } } })).toBe(1);
  });

  it("answers 404 to someone outside the project, for the project and for its job; a viewer may watch a job but not start one", async () => {
    expect((await start({}, tokens.stranger)).status).toBe(404);
    const { job } = (await start({})).json as { job: { id: string } };
    const stranger = await getJob(job.id, tokens.stranger);
    expect(stranger.status).toBe(404);
    expect(stranger.json).toMatchObject({ error: { code: "not_found" } });
    expect((await callRoute(cancelJobRoute, { token: tokens.stranger, params: { jobId: job.id } })).status).toBe(404);
    expect((await getJob("no-such-job")).status).toBe(404);

    expect((await getJob(job.id, tokens.viewer)).status).toBe(200);
    expect((await start({}, tokens.viewer)).status).toBe(403);
    expect((await callRoute(cancelJobRoute, { token: tokens.viewer, params: { jobId: job.id } })).status).toBe(403);
  });

  it("refuses a bad body with 400 naming the field, and records no job", async () => {
    const before = await testDb().job.count();
    for (const [body, field] of [
      [{ status: ["approved", "published"] }, "body.status"],
      [{ status: "approved,published" }, "body.status"],
      [{ filters: { recordedFrom: "2024-05-02", recordedTo: "2024-05-01" } }, "body.filters.recordedTo"],
      [{ filters: { sourceIds: "not a list" } }, "body.filters.sourceIds"],
      [{ format: "csv" }, "body"],
      [{ filters: { sourceIds: ["not-in-this-project"] } }, "sources"],
    ] as const) {
      const answer = await start(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(answer.json), JSON.stringify(body)).toContain(field);
    }
    expect(await testDb().job.count()).toBe(before);
  });

  it("a job that cannot run says why: its creator lost the right to export before a worker took it", async () => {
    const { project, members } = scenario;
    const { job } = (await start({ status: ["approved", "draft"] }, tokens.owner)).json as { job: { id: string } };
    await testDb().membership.update({ where: { projectId_userId: { projectId: project.id, userId: members.owner.userId } }, data: { role: "viewer" } });
    try {
      await runWorker();
      const failed = await ended(job.id);
      expect(failed.status).toBe("failed");
      expect(failed.error).toMatch(/Your role \(viewer\) does not allow this \(export:create\)/);
      expect(failed.result).toBeUndefined();
    } finally {
      await testDb().membership.update({ where: { projectId_userId: { projectId: project.id, userId: members.owner.userId } }, data: { role: "owner" } });
    }
  });

  it("cancels a queued job: no worker runs it afterwards, and a job that has ended cannot be cancelled", async () => {
    const { job } = (await start({ status: ["submitted"] })).json as { job: { id: string } };
    const cancelled = await callRoute(cancelJobRoute, { token: tokens.owner, params: { jobId: job.id } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({ job: { id: job.id, status: "cancelled", error: `Cancelled by ${scenario.members.owner.name}.` } });
    expect(await testDb().auditEvent.count({ where: { objectId: job.id, action: "job.cancel" } })).toBe(1);

    // A later job on the same queue finishing shows the worker has been past the cancelled one.
    const { job: later } = (await start({ status: ["rejected"] })).json as { job: { id: string } };
    await runWorker();
    expect((await ended(later.id)).status).toBe("done");
    expect(((await getJob(job.id)).json as JobBody).job).toMatchObject({ status: "cancelled", progress: { done: 0, total: 0 } });
    expect(await testDb().job.findUniqueOrThrow({ where: { id: job.id }, select: { attempts: true } })).toEqual({ attempts: 0 });

    const again = await callRoute(cancelJobRoute, { token: tokens.owner, params: { jobId: later.id } });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ error: { code: "job_finished" } });
  });
});
