import type { Qualifiers } from "@/lib/claims/value";

/**
 * An estimate is made per unit: one subject, one property, one set of
 * qualifiers ("MSA/JNIM-side casualties, civilians"). Claims with different
 * qualifiers count different things, as in conflict detection.
 */

export interface UnitClaim {
  subjectId: string;
  propertyId: string;
  qualifiers: Qualifiers;
}

/** The same qualifiers, whatever order their keys were written in. */
export function unitKey(claim: UnitClaim): string {
  const qualifiers = Object.entries(claim.qualifiers)
    .filter(([, value]) => value !== undefined && value !== "")
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([claim.subjectId, claim.propertyId, qualifiers]);
}

/** Claims by unit, units in the order their first claim came; `keyOf` may narrow the unit further (a coding round's units). */
export function groupByUnit<C extends UnitClaim>(claims: readonly C[], keyOf: (claim: C) => string = unitKey): C[][] {
  const units = new Map<string, C[]>();
  for (const claim of claims) {
    const key = keyOf(claim);
    const unit = units.get(key);
    if (unit) unit.push(claim);
    else units.set(key, [claim]);
  }
  return [...units.values()];
}
