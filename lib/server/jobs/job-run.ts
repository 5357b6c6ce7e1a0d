import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import type { Job, Prisma } from "@/lib/db/generated/client";
import { AppError } from "../errors";
import { jobMessageSchema } from "./job-kinds";

/** The job was cancelled while it ran: its handler stops, and nothing more is written to its record. */
export class JobCancelledError extends Error {
  constructor(readonly jobId: string) {
    super(`Job ${jobId} was cancelled.`);
    this.name = "JobCancelledError";
  }
}

export interface JobRun {
  job: Pick<Job, "id" | "projectId" | "kind" | "input" | "createdById">;
  /** Records how far the job got; throws JobCancelledError once the job is no longer running. */
  reportProgress(progress: { done: number; total: number }): Promise<void>;
}

type JobHandler = (run: JobRun) => Promise<Prisma.InputJsonObject>;

/**
 * Runs one queue entry through its handler and keeps our Job record in step:
 * running (one more attempt), progress, then done with the handler's result,
 * or failed with the reason. An expected failure (AppError: the creator lost
 * the right to export, a filter names a deleted source) fails at once, since
 * retrying cannot help; anything else is thrown back to pg-boss, which retries
 * with backoff until its last attempt, and that one fails the record.
 */
export async function runJob(db: Db, entry: PgBoss.JobWithMetadata<unknown>, handler: JobHandler): Promise<void> {
  const message = jobMessageSchema.safeParse(entry.data);
  if (!message.success) {
    // Not ours to run: nothing in our records points at it, so there is nothing to fail either.
    console.error(`Queue entry ${entry.id} on ${entry.name} carries no job id; it is dropped.`);
    return;
  }
  const { jobId } = message.data;
  const job = await startRun(db, jobId);
  if (!job) return;
  try {
    const result = await handler({ job, reportProgress: (progress) => reportProgress(db, jobId, progress) });
    await db.job.updateMany({ where: { id: jobId, status: "running" }, data: { status: "done", result, error: null, finishedAt: new Date() } });
  } catch (error) {
    if (error instanceof JobCancelledError) return;
    if (error instanceof AppError) {
      await endRun(db, jobId, "failed", error.message);
      return;
    }
    console.error(`Job ${jobId} (${entry.name}) failed on attempt ${entry.retryCount + 1} of ${entry.retryLimit + 1}`, error);
    const reason = error instanceof Error ? error.message : String(error);
    if (entry.retryCount >= entry.retryLimit) {
      await endRun(db, jobId, "failed", `Failed after ${entry.retryCount + 1} attempts: ${reason}`);
    } else {
      await db.job.updateMany({
        where: { id: jobId, status: "running" },
        data: { status: "queued", error: `Attempt ${entry.retryCount + 1} failed (${reason}); it will be tried again.` },
      });
    }
    throw error;
  }
}

/** Marks the job running, unless it was cancelled or already ended (a duplicate delivery): then there is nothing to do. */
async function startRun(db: Db, jobId: string): Promise<JobRun["job"] | null> {
  const started = await db.job.updateMany({
    where: { id: jobId, status: { in: ["queued", "running"] } },
    data: { status: "running", attempts: { increment: 1 }, startedAt: new Date() },
  });
  if (started.count === 0) return null;
  return db.job.findUniqueOrThrow({ where: { id: jobId }, select: { id: true, projectId: true, kind: true, input: true, createdById: true } });
}

async function reportProgress(db: Db, jobId: string, progress: { done: number; total: number }): Promise<void> {
  const updated = await db.job.updateMany({
    where: { id: jobId, status: "running" },
    data: { progressDone: Math.min(progress.done, progress.total), progressTotal: progress.total },
  });
  if (updated.count === 0) throw new JobCancelledError(jobId);
}

async function endRun(db: Db, jobId: string, status: "failed", reason: string): Promise<void> {
  await db.job.updateMany({ where: { id: jobId, status: "running" }, data: { status, error: reason, finishedAt: new Date() } });
}
