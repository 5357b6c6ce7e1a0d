import { comparePair } from "@/lib/conflicts/compare";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import type { DetectedConflict } from "@/lib/conflicts/detect";
import type { DetectionOptions } from "@/lib/conflicts/options";

/** A stored conflict, as much of it as reconciling needs. */
export interface ExistingConflict {
  id: string;
  fingerprint: string;
  kind: "contradiction" | "divergence" | "manual";
  status: "open" | "resolved" | "dismissed";
  /** Flagged by a person: never closed, reopened or matched here. */
  isManual: boolean;
  /** Its last status change was made by `reconcile` (closed for lack of disagreement), not by a person. */
  isClosedAutomatically: boolean;
  claimIds: readonly string[];
}

export interface ReconcileContext extends DetectionOptions {
  /**
   * The claims that were given to `detectConflicts`, plus, ideally, the ones
   * deleted since (with `isDeleted: true`) so that closing notes can name
   * them. Only existing conflicts with a claim among these are reconciled:
   * the others belong to groups that were not recomputed.
   */
  claims: readonly DetectableClaim[];
}

export interface ReconcilePlan {
  /** New disagreements, to store as open conflicts. */
  create: DetectedConflict[];
  /** Conflicts still detected, with their explanation as of now (it changes when a figure is edited). */
  keep: { id: string; explanation: string }[];
  /** Open automatic conflicts whose claims no longer disagree. */
  close: { id: string; status: "resolved"; statusNote: string }[];
  /** Automatically closed conflicts whose claims disagree again. */
  reopen: { id: string; status: "open"; explanation: string; statusNote: string }[];
}

/**
 * What to change in stored conflicts after a detection, as a plan the data
 * layer applies in one transaction. Pure: the same input gives the same
 * plan, and applying a plan then reconciling again gives nothing to create,
 * close or reopen.
 *
 * A person's decision stands: manual conflicts are left alone, and a
 * conflict a person resolved or dismissed is kept as it is even if the
 * disagreement is still detected. Only conflicts this function closed are
 * reopened.
 */
export function reconcile(
  existing: readonly ExistingConflict[],
  detected: readonly DetectedConflict[],
  context: ReconcileContext,
): ReconcilePlan {
  const plan: ReconcilePlan = { create: [], keep: [], close: [], reopen: [] };
  const claimsById = new Map(context.claims.map((claim) => [claim.id, claim]));
  const existingByFingerprint = new Map(existing.map((conflict) => [conflict.fingerprint, conflict]));
  const detectedFingerprints = new Set<string>();

  for (const conflict of detected) {
    if (detectedFingerprints.has(conflict.fingerprint)) continue;
    detectedFingerprints.add(conflict.fingerprint);
    const stored = existingByFingerprint.get(conflict.fingerprint);
    if (!stored) {
      plan.create.push(conflict);
    } else if (stored.isManual) {
      continue;
    } else if (stored.status !== "open" && stored.isClosedAutomatically) {
      plan.reopen.push({
        id: stored.id,
        status: "open",
        explanation: conflict.explanation,
        statusNote: `The claims disagree again: ${conflict.explanation}`,
      });
    } else {
      plan.keep.push({ id: stored.id, explanation: conflict.explanation });
    }
  }

  for (const stored of existing) {
    const isInScope = stored.claimIds.some((id) => claimsById.has(id));
    if (stored.isManual || stored.status !== "open" || detectedFingerprints.has(stored.fingerprint) || !isInScope) continue;
    plan.close.push({ id: stored.id, status: "resolved", statusNote: closingNote(stored, claimsById, context) });
  }
  return plan;
}

function closingNote(
  stored: ExistingConflict,
  claimsById: ReadonlyMap<string, DetectableClaim>,
  options: DetectionOptions,
): string {
  const [a, b] = stored.claimIds.map((id) => claimsById.get(id));
  if (!a || !b) {
    return "The claims no longer disagree: one of them is no longer compared with the other (it was deleted, or now has another subject or property).";
  }
  const comparison = comparePair(a, b, options);
  if (comparison.relation === "not_compared") return `The claims no longer disagree: ${comparison.reason}.`;
  if (comparison.relation === "compatible") return `The claims no longer disagree: ${comparison.explain()}`;
  // Still a disagreement: of the other kind (created alongside), or recorded under an older fingerprint.
  return comparison.relation === stored.kind
    ? `The disagreement is now recorded as a new conflict: ${comparison.explain()}`
    : `The claims no longer form a ${stored.kind}: ${comparison.explain()}`;
}
