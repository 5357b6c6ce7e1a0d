import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { inTransaction, jobQueue } from "./job-queue";
import { jobKinds, jobSendOptions, type JobMessage, type RunnableJobKind } from "./job-kinds";

export interface EnqueuedJob {
  id: string;
  status: "queued";
}

/**
 * Records a Job and queues it for a worker, in the caller's transaction: if
 * the transaction rolls back, neither the record nor the queue entry exists,
 * and a worker never sees a job whose record is not committed yet. The queue
 * entry carries our Job's id as its own, so either names the other.
 */
export async function enqueueJob(
  tx: Prisma.TransactionClient,
  options: { actor: Actor; projectId: string; kind: RunnableJobKind; input: Prisma.InputJsonObject },
): Promise<EnqueuedJob> {
  const { actor, projectId, kind, input } = options;
  const job = await tx.job.create({ data: { projectId, kind, input, createdById: actor.userId }, select: { id: true } });
  const message: JobMessage = { jobId: job.id };
  const boss = await jobQueue();
  await boss.send(jobKinds[kind].queue, message, { ...jobSendOptions, id: job.id, db: inTransaction(tx) });
  await writeAudit(tx, { projectId, actor, action: "job.create", objectType: "Job", objectId: job.id, after: { kind, input } });
  return { id: job.id, status: "queued" };
}
