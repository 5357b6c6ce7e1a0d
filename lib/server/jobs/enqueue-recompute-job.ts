import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { enqueueJob, type EnqueuedJob } from "./enqueue-job";
import type { RecomputeJobInput } from "./job-kinds";

/**
 * Queues a full conflict recomputation in the transaction of the setting
 * change that calls for it, so the change and its recomputation are
 * committed together or not at all. Until a worker has run it, only the
 * groups whose claims change meanwhile use the new setting.
 */
export function enqueueRecomputeJob(tx: Prisma.TransactionClient, options: { actor: Actor; projectId: string; reason: RecomputeJobInput["reason"] }): Promise<EnqueuedJob> {
  const input: RecomputeJobInput = { reason: options.reason };
  return enqueueJob(tx, { actor: options.actor, projectId: options.projectId, kind: "recompute", input });
}
