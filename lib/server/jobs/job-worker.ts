import "server-only";
import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { jobQueueOptions } from "./job-queue";
import { jobKinds, type RunnableJobKind } from "./job-kinds";
import { runJob, type JobRun } from "./job-run";
import { runExportJob } from "./run-export-job";
import { runImportJob } from "./run-import-job";
import { runRecomputeJob } from "./run-recompute-job";

/** The handler of each kind; a kind without one would be a compile error here. */
export const jobHandlers: Record<RunnableJobKind, (db: Db, run: JobRun) => Promise<Prisma.InputJsonObject>> = {
  export: runExportJob,
  import: runImportJob,
  recompute: runRecomputeJob,
};

export interface JobWorker {
  /** Stops taking jobs, waits up to `timeoutMs` for the running ones, then closes the queue's connections. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Serves every queue with a handler. Workers take jobs with `SKIP LOCKED`,
 * so any number of them, in any process on the same database, share the
 * work without taking one job twice.
 */
export async function startJobWorker(options: { db: Db; databaseUrl: string; pollingIntervalSeconds?: number; log?: (line: string) => void }): Promise<JobWorker> {
  const { db, databaseUrl, pollingIntervalSeconds = 2 } = options;
  const boss = new PgBoss(jobQueueOptions(databaseUrl, { isWorker: true }));
  boss.on("error", (error) => console.error("The job worker's queue failed", error));
  await boss.start();
  const kinds = Object.keys(jobHandlers) as RunnableJobKind[];
  for (const kind of kinds) {
    await boss.work(jobKinds[kind].queue, { includeMetadata: true, pollingIntervalSeconds, batchSize: 1 }, async ([entry]) => {
      if (entry) await runJob(db, entry, (run) => jobHandlers[kind](db, run));
    });
  }
  options.log?.(`Job worker ready (queues: ${kinds.map((kind) => jobKinds[kind].queue).join(", ")}).`);
  return {
    async stop(timeoutMs = 30_000) {
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    },
  };
}
