import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { RECOMPUTE_TIMEOUT_MS, recomputeConflicts } from "../conflicts/recompute-project";
import { recomputeJobInputSchema, type RecomputeJobResult } from "./job-kinds";
import type { JobRun } from "./job-run";

/**
 * A recompute job: every conflict of the project against its current
 * settings, in one transaction, counting subject + property groups as it
 * goes. Its creator's permission is not asked again: the setting change that
 * queued it is committed, and leaving the stored conflicts out of step with
 * it would help nobody. Idempotent: a second run finds nothing to change.
 */
export async function runRecomputeJob(db: Db, run: JobRun): Promise<RecomputeJobResult> {
  const { job } = run;
  const input = recomputeJobInputSchema.parse(job.input);
  const creator = await db.user.findUniqueOrThrow({ where: { id: job.createdById }, select: { id: true, email: true, name: true } });
  const actor: Actor = { userId: creator.id, email: creator.email, name: creator.name };
  return db.$transaction(
    async (tx) => {
      const recomputed = await recomputeConflicts(tx, job.projectId, actor, { onProgress: run.reportProgress });
      await writeAudit(tx, {
        projectId: job.projectId,
        actor,
        action: "conflict.recompute",
        objectType: "Project",
        objectId: job.projectId,
        after: { ...recomputed, jobId: job.id, reason: input.reason },
      });
      return { recomputed };
    },
    { timeout: RECOMPUTE_TIMEOUT_MS },
  );
}
