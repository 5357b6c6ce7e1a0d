import type { Qualifiers } from "@/lib/claims/value";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import { normalizePhrase } from "@/lib/conflicts/normalize-phrase";

/**
 * Claims are compared only within a group: same subject (after merges) and
 * same property. Qualifiers cannot be part of the key, because a missing
 * qualifier is compatible with any value (see `qualifierDifference`), which
 * is not an equivalence; they are checked pair by pair within the group.
 */
export function groupKey(claim: Pick<DetectableClaim, "subjectId" | "propertyKey">): string {
  return JSON.stringify([claim.subjectId, claim.propertyKey]);
}

const QUALIFIER_LABELS: Record<keyof Qualifiers, string> = {
  time: "time",
  place: "place",
  victimGroup: "victim group",
  side: "side",
};

const QUALIFIER_KEYS = Object.keys(QUALIFIER_LABELS) as (keyof Qualifiers)[];

/**
 * Why two claims' qualifiers keep them apart, or null when they are
 * compatible. Qualifiers must be equal on every key both claims fill in
 * (ignoring case, accents and spacing): civilian deaths and fighter deaths
 * never conflict. A key only one claim fills in does not keep them apart: a
 * claim that does not say whose deaths it counts may be counting the same
 * ones, and flagging it costs a reviewer one dismissal, while never
 * comparing it could hide a real disagreement. "mixed" is a victim group of
 * its own, not a wildcard.
 */
export function qualifierDifference(a: Qualifiers, b: Qualifiers): string | null {
  for (const key of QUALIFIER_KEYS) {
    const left = a[key];
    const right = b[key];
    if (left !== undefined && right !== undefined && left !== right && normalizePhrase(left) !== normalizePhrase(right)) {
      return `they are about a different ${QUALIFIER_LABELS[key]} (${left}; ${right})`;
    }
  }
  return null;
}
