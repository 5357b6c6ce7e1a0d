import "server-only";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import type { divergenceThresholdSchema } from "@/lib/conflicts/conflict-input";
import { RECOMPUTE_TIMEOUT_MS, type Recomputation, recomputeConflicts } from "./recompute-project";

/**
 * Changes the project's divergence threshold and recomputes every conflict
 * with it in the same transaction: divergences appear or close, and their
 * explanations state the new threshold. Saving the same value recomputes
 * too, which is how owners ask for a recomputation.
 */
export async function setDivergenceThreshold(
  db: Db,
  actor: Actor,
  projectId: string,
  input: z.output<typeof divergenceThresholdSchema>,
): Promise<Recomputation> {
  return db.$transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "project:manage");
      const before = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { divergenceThreshold: true } });
      await tx.project.update({ where: { id: projectId }, data: { divergenceThreshold: input.divergenceThreshold } });
      const result = await recomputeConflicts(tx, projectId, actor);
      await writeAudit(tx, {
        projectId,
        actor,
        action: "project.divergence_threshold",
        objectType: "Project",
        objectId: projectId,
        before,
        after: result,
      });
      return result;
    },
    { timeout: RECOMPUTE_TIMEOUT_MS },
  );
}
