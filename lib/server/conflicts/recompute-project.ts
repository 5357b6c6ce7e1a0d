import "server-only";
import { detectConflicts } from "@/lib/conflicts/detect";
import { reconcile } from "@/lib/conflicts/reconcile";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { applyReconcilePlan, type PlanCounts } from "./apply-reconcile-plan";
import { lockProjectForDetection } from "./detection-locks";
import { loadDetectableClaims, loadStoredConflicts } from "./detection-state";

/** A recomputation of 100,000 claims takes seconds; the default 5 s transaction limit is too tight. */
export const RECOMPUTE_TIMEOUT_MS = 120_000;

export type Recomputation = PlanCounts & { claimCount: number; divergenceThreshold: number };

/**
 * Detection over every claim of the project at once, reconciled with every
 * stored conflict, inside the caller's transaction. Group re-evaluations wait
 * for it (see detection-locks). Running it on an up-to-date project changes
 * nothing.
 */
export async function recomputeConflicts(tx: Prisma.TransactionClient, projectId: string, actor: Actor | null): Promise<Recomputation> {
  await lockProjectForDetection(tx, projectId);
  const { divergenceThreshold } = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { divergenceThreshold: true } });
  const claims = await loadDetectableClaims(tx, projectId);
  const stored = await loadStoredConflicts(tx, projectId);
  const options = { divergenceThreshold };
  const plan = reconcile(stored, detectConflicts(claims, options), { ...options, claims });
  const counts = await applyReconcilePlan(tx, { projectId, plan, stored, actor });
  return { claimCount: claims.length, divergenceThreshold, ...counts };
}

/** Recomputes every conflict of a project, for its owners; audited with what changed. */
export async function recomputeProject(db: Db, actor: Actor, projectId: string): Promise<Recomputation> {
  return db.$transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "project:manage");
      const result = await recomputeConflicts(tx, projectId, actor);
      await writeAudit(tx, { projectId, actor, action: "conflict.recompute", objectType: "Project", objectId: projectId, after: result });
      return result;
    },
    { timeout: RECOMPUTE_TIMEOUT_MS },
  );
}
