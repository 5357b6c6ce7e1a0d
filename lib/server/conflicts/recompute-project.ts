import "server-only";
import { detectConflicts } from "@/lib/conflicts/detect";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import { groupKey } from "@/lib/conflicts/group";
import { reconcile } from "@/lib/conflicts/reconcile";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { applyReconcilePlan, type PlanCounts } from "./apply-reconcile-plan";
import { lockProjectForDetection } from "./detection-locks";
import { loadDetectableClaims, loadStoredConflicts, type StoredConflict } from "./detection-state";

/** A recomputation of 100,000 claims takes seconds; the default 5 s transaction limit is too tight. */
export const RECOMPUTE_TIMEOUT_MS = 120_000;

export type Recomputation = PlanCounts & { claimCount: number; divergenceThreshold: number };

/** Claims detected and written per step: each step is a handful of set-based statements, and one progress report. */
const CLAIMS_PER_STEP = 5_000;

export interface RecomputeOptions {
  /** Called after each step with the subject + property groups done so far; a throw (a cancelled job) rolls the whole recomputation back. */
  onProgress?: (progress: { done: number; total: number }) => Promise<void>;
}

/**
 * Detection over every claim of the project, reconciled with every stored
 * conflict, inside the caller's transaction. Group re-evaluations wait for
 * it (see detection-locks). Running it on an up-to-date project changes
 * nothing.
 *
 * The claims are read once, then detected and written a few thousand at a
 * time, whole subject + property groups per step, so that a job can say how
 * many groups are done. Claims are only ever compared within their group, so
 * the steps together make exactly the plan one pass over every claim would:
 * each stored conflict is reconciled in the step of its first member's group,
 * against all of its members (its closing note names them).
 */
export async function recomputeConflicts(tx: Prisma.TransactionClient, projectId: string, actor: Actor | null, options: RecomputeOptions = {}): Promise<Recomputation> {
  await lockProjectForDetection(tx, projectId);
  const { divergenceThreshold } = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { divergenceThreshold: true } });
  const claims = await loadDetectableClaims(tx, projectId);
  const stored = await loadStoredConflicts(tx, projectId);
  const detection = { divergenceThreshold };
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  const groups = new Map<string, DetectableClaim[]>();
  for (const claim of claims) {
    const key = groupKey(claim);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const storedByGroup = new Map<string, StoredConflict[]>();
  for (const conflict of stored) {
    const first = conflict.claimIds.map((id) => claimsById.get(id)).find((claim) => claim !== undefined);
    if (!first) continue;
    const key = groupKey(first);
    const inGroup = storedByGroup.get(key);
    if (inGroup) inGroup.push(conflict);
    else storedByGroup.set(key, [conflict]);
  }

  const counts: PlanCounts = { created: 0, closed: 0, reopened: 0, explanationsUpdated: 0 };
  const keys = [...groups.keys()].sort();
  const total = keys.length;
  await options.onProgress?.({ done: 0, total });
  let done = 0;
  while (done < total) {
    const step: DetectableClaim[] = [];
    const stepStored: StoredConflict[] = [];
    while (done < total && (step.length === 0 || step.length + groups.get(keys[done]!)!.length <= CLAIMS_PER_STEP)) {
      step.push(...groups.get(keys[done]!)!);
      stepStored.push(...(storedByGroup.get(keys[done]!) ?? []));
      done++;
    }
    const context = new Map(step.map((claim) => [claim.id, claim]));
    for (const conflict of stepStored) for (const id of conflict.claimIds) if (!context.has(id) && claimsById.has(id)) context.set(id, claimsById.get(id)!);
    const plan = reconcile(stepStored, detectConflicts(step, detection), { ...detection, claims: [...context.values()] });
    const written = await applyReconcilePlan(tx, { projectId, plan, stored: stepStored, actor });
    for (const key of Object.keys(counts) as (keyof PlanCounts)[]) counts[key] += written[key];
    await options.onProgress?.({ done, total });
  }
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
