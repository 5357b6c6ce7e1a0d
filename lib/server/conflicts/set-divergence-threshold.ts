import "server-only";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import type { divergenceThresholdSchema } from "@/lib/conflicts/conflict-input";
import { enqueueRecomputeJob } from "../jobs/enqueue-recompute-job";
import type { EnqueuedJob } from "../jobs/enqueue-job";

/**
 * Changes the project's divergence threshold and queues the recomputation of
 * every conflict with it in the same transaction: a worker then opens and
 * closes divergences, and their explanations state the new threshold.
 * Saving the same value recomputes too, which is how owners ask for a
 * recomputation.
 */
export async function setDivergenceThreshold(
  db: Db,
  actor: Actor,
  projectId: string,
  input: z.output<typeof divergenceThresholdSchema>,
): Promise<{ divergenceThreshold: number; job: EnqueuedJob }> {
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "project:manage");
    const before = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { divergenceThreshold: true } });
    await tx.project.update({ where: { id: projectId }, data: { divergenceThreshold: input.divergenceThreshold } });
    const job = await enqueueRecomputeJob(tx, { actor, projectId, reason: "divergence_threshold" });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "project.divergence_threshold",
      objectType: "Project",
      objectId: projectId,
      before,
      after: { divergenceThreshold: input.divergenceThreshold, recomputeJobId: job.id },
    });
    return { divergenceThreshold: input.divergenceThreshold, job };
  });
}
