import type { DetectedConflictKind } from "@/lib/conflicts/compare";

export type ConflictKind = DetectedConflictKind | "manual";

/**
 * Identifies one disagreement: its kind and the ids of its claims, sorted.
 * The claim ids alone pin down the group (a claim belongs to one subject and
 * property), so the group key is left out: an entity merge changes the
 * subject id of every claim about the merged entity, and must not close a
 * conflict only to open the same one again. The kind stays in: when an edit
 * turns a divergence into a contradiction, the divergence closes and a
 * contradiction opens. A manual flag is fingerprinted the same way from the
 * claims a person selected, so the same claims are never flagged twice. Ids
 * are URI-encoded so no id can forge a separator.
 */
export function conflictFingerprint(kind: ConflictKind, claimIds: readonly string[]): string {
  return [kind, ...[...claimIds].sort()].map(encodeURIComponent).join(":");
}
