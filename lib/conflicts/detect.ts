import { type DetectedConflictKind, comparePair } from "@/lib/conflicts/compare";
import { type DetectableClaim, isCompared } from "@/lib/conflicts/detectable-claim";
import { conflictFingerprint } from "@/lib/conflicts/fingerprint";
import { groupKey } from "@/lib/conflicts/group";
import { DEFAULT_DIVERGENCE_THRESHOLD, type DetectionOptions } from "@/lib/conflicts/options";

export interface DetectedConflict {
  kind: DetectedConflictKind;
  /** The two claims that disagree, sorted. */
  claimIds: [string, string];
  fingerprint: string;
  explanation: string;
}

/**
 * Every disagreement among the claims, one conflict per disagreeing pair,
 * sorted by fingerprint. A pair rather than a whole group, because a
 * conflict is resolved by ranking its claims: a third estimate arriving in
 * the group must not undo the resolution of the first two, and each pair has
 * its own kind (among the civilian deaths, exactly 30 contradicts "at least
 * 45", "at least 30" only diverges from 100, and exactly 30 agrees with "at
 * least 30").
 *
 * Pass all claims of a project for a full recomputation, or the claims of
 * the groups touched by a change; deleted and curated-away claims are skipped.
 */
export function detectConflicts(
  claims: readonly DetectableClaim[],
  options: DetectionOptions = { divergenceThreshold: DEFAULT_DIVERGENCE_THRESHOLD },
): DetectedConflict[] {
  // A claim listed twice is compared once: the same disagreement never yields two conflicts.
  const unique = new Map<string, DetectableClaim>();
  for (const claim of claims) if (isCompared(claim)) unique.set(claim.id, claim);
  const groups = new Map<string, DetectableClaim[]>();
  for (const claim of unique.values()) {
    const key = groupKey(claim);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }

  const detected: DetectedConflict[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i] as DetectableClaim, group[j] as DetectableClaim];
        const comparison = comparePair(a, b, options);
        if (comparison.relation !== "contradiction" && comparison.relation !== "divergence") continue;
        const claimIds: [string, string] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
        detected.push({
          kind: comparison.relation,
          claimIds,
          fingerprint: conflictFingerprint(comparison.relation, claimIds),
          explanation: comparison.explain(),
        });
      }
    }
  }
  return detected.sort((x, y) => (x.fingerprint < y.fingerprint ? -1 : x.fingerprint > y.fingerprint ? 1 : 0));
}
