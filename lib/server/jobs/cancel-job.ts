import "server-only";
import type { Db } from "@/lib/db/client";
import { errorCodes } from "@/lib/errors/error-codes";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError, NotFoundError } from "../errors";
import { inTransaction, jobQueue } from "./job-queue";
import { jobKindDefinition } from "./job-kinds";
import { jobViewSelect, toJobView, type JobView } from "./job-view";

/**
 * Cancels a queued or running job: the record says cancelled at once and the
 * queue entry is cancelled in the same transaction, so no worker takes it up
 * again; a worker running it stops at its next progress step (job-run.ts).
 * A job that already ended is a 409 saying how it ended.
 */
export async function cancelJob(db: Db, options: { actor: Actor; jobId: string }): Promise<JobView> {
  const { actor, jobId } = options;
  const found = await db.job.findUnique({ where: { id: jobId }, select: { projectId: true, kind: true } });
  if (!found) throw new NotFoundError("Job");
  await requireProjectPermission(db, actor, found.projectId, "project:read", "Job");
  const definition = jobKindDefinition(found.kind);
  if (!definition) throw new NotFoundError("Job");
  await requireProjectPermission(db, actor, found.projectId, definition.permission, "Job");
  const boss = await jobQueue();
  return db.$transaction(async (tx) => {
    // The row lock orders this against a worker finishing the job at the same moment.
    const [current] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "Job" WHERE id = ${jobId} FOR UPDATE`;
    const before = current?.status;
    if (before !== "queued" && before !== "running") {
      throw new ConflictError(`The job has already ended (${before ?? "gone"}): there is nothing to cancel.`, undefined, errorCodes.jobFinished);
    }
    const job = await tx.job.update({
      where: { id: jobId },
      data: { status: "cancelled", error: `Cancelled by ${actor.name}.`, finishedAt: new Date() },
      select: jobViewSelect,
    });
    await boss.cancel(definition.queue, jobId, { db: inTransaction(tx) });
    await writeAudit(tx, { projectId: found.projectId, actor, action: "job.cancel", objectType: "Job", objectId: jobId, before: { status: before }, after: { status: "cancelled" } });
    return toJobView(job);
  });
}
