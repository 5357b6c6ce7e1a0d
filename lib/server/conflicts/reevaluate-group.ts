import "server-only";
import { detectConflicts } from "@/lib/conflicts/detect";
import { reconcile } from "@/lib/conflicts/reconcile";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { applyReconcilePlan } from "./apply-reconcile-plan";
import { type ClaimGroup, lockGroupForDetection } from "./detection-locks";
import { loadDetectableClaims, loadStoredConflicts } from "./detection-state";

/**
 * Re-runs detection for one subject + property group inside the caller's
 * transaction, after the caller wrote its claim change, and applies the
 * plan: new conflicts, updated explanations, automatic closing and
 * reopening. Only this group's rows are read; running it again on unchanged
 * claims writes nothing.
 */
export async function reevaluateGroup(tx: Prisma.TransactionClient, group: ClaimGroup, actor: Actor | null): Promise<void> {
  await lockGroupForDetection(tx, group);
  const project = await tx.project.findUniqueOrThrow({ where: { id: group.projectId }, select: { divergenceThreshold: true } });
  // Deleted claims come along: detection skips them, reconcile names them when it closes their conflicts.
  const claims = await loadDetectableClaims(tx, group.projectId, group);
  const stored = await loadStoredConflicts(tx, group.projectId, claims.map((claim) => claim.id));
  const options = { divergenceThreshold: project.divergenceThreshold };
  const plan = reconcile(stored, detectConflicts(claims, options), { ...options, claims });
  await applyReconcilePlan(tx, { projectId: group.projectId, plan, stored, actor });
}
