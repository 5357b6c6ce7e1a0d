import type PgBoss from "pg-boss";
import { jobMessageSchema } from "@/lib/server/jobs/job-kinds";
import { runJob } from "@/lib/server/jobs/job-run";
import { jobHandlers } from "@/lib/server/jobs/job-worker";
import { testDb } from "./factories";

/**
 * Runs a queued job now, in this process, through the handler and the run
 * bookkeeping a worker uses (runJob), as the queue's first attempt of it: for
 * tests about what a job does rather than how a worker takes it up (the
 * export and import job tests start a real worker for that).
 */
export async function runQueuedJob(jobId: string): Promise<void> {
  const { kind } = await testDb().job.findUniqueOrThrow({ where: { id: jobId }, select: { kind: true } });
  const entry = { id: jobId, name: kind, data: jobMessageSchema.parse({ jobId }), retryCount: 0, retryLimit: 3 } as PgBoss.JobWithMetadata<unknown>;
  await runJob(testDb(), entry, (run) => jobHandlers[kind](testDb(), run));
}

/** The job's record as the API shows it, after it ran. */
export function jobRecord(jobId: string) {
  return testDb().job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, result: true, error: true, progressDone: true, progressTotal: true } });
}
