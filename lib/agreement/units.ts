import type { ClaimValue, Qualifiers } from "@/lib/claims/value";
import { normalizePhrase } from "@/lib/conflicts/normalize-phrase";
import type { Origin } from "@/lib/estimates/origin";
import { groupByUnit, unitKey } from "@/lib/estimates/units";
import type { CharacterSpan } from "./span-agreement";

/**
 * Units of a coding round: "what source X says about Y's Z" — one source, one
 * subject, one property, one set of qualifiers, one attribution origin. The
 * subject, property and qualifiers are keyed as estimates key them
 * (`unitKey`), the origin as `originResolver` resolves it ("ACLED, via
 * Reuters" is ACLED), so the round's units are the units the rest of the app
 * counts.
 *
 * Assertions add their proposition (normalised as conflict detection compares
 * them): polarity is comparable only about one proposition, and two
 * assertions of one coder about two propositions are two statements, neither
 * replacing the other.
 *
 * A coder's value in a unit is their latest claim there: the one edited last
 * (`updatedAt`), then created last, then the greater id, so the choice never
 * depends on input order. The others are reported as superseded. A unit a
 * coder has no claim in is missing data for them.
 */

export interface CodedClaim {
  id: string;
  coderId: string;
  sourceId: string;
  subjectId: string;
  propertyId: string;
  qualifiers: Qualifiers;
  /** The claim's attribution origin, resolved with `originResolver` from lib/estimates/origin. */
  origin: Origin;
  value: ClaimValue;
  /** The character ranges of the claim's evidence on the round's source revision. */
  evidence: readonly CharacterSpan[];
  createdAt: Date;
  updatedAt: Date;
}

export interface SupersededClaim {
  claimId: string;
  coderId: string;
  /** The coder's claim that counts in the unit instead. */
  supersededBy: string;
}

export interface CodingUnit {
  key: string;
  sourceId: string;
  subjectId: string;
  propertyId: string;
  qualifiers: Qualifiers;
  origin: Origin;
  /** The normalised proposition, for a unit of assertions. */
  proposition: string | null;
  /** The claim that counts, per coder who coded the unit. */
  claimsByCoder: ReadonlyMap<string, CodedClaim>;
  superseded: SupersededClaim[];
  /** Every claim in the unit, superseded ones too, in input order. */
  claims: readonly CodedClaim[];
}

/** The unit a claim belongs to. */
export function codingUnitKey(claim: Pick<CodedClaim, "sourceId" | "subjectId" | "propertyId" | "qualifiers" | "origin" | "value">): string {
  return JSON.stringify([claim.sourceId, unitKey(claim), claim.origin.key, propositionOf(claim.value)]);
}

/** The round's claims by unit, units in the order their first claim came. */
export function buildUnits(claims: readonly CodedClaim[]): CodingUnit[] {
  return groupByUnit(claims, codingUnitKey).map((unitClaims) => {
    const first = unitClaims[0]!;
    const claimsByCoder = new Map<string, CodedClaim>();
    for (const claim of unitClaims) {
      const counted = claimsByCoder.get(claim.coderId);
      if (!counted || isLater(claim, counted)) claimsByCoder.set(claim.coderId, claim);
    }
    const superseded = unitClaims
      .filter((claim) => claimsByCoder.get(claim.coderId) !== claim)
      .map((claim) => ({ claimId: claim.id, coderId: claim.coderId, supersededBy: claimsByCoder.get(claim.coderId)!.id }));
    return {
      key: codingUnitKey(first),
      sourceId: first.sourceId,
      subjectId: first.subjectId,
      propertyId: first.propertyId,
      qualifiers: first.qualifiers,
      origin: first.origin,
      proposition: propositionOf(first.value),
      claimsByCoder,
      superseded,
      claims: unitClaims,
    };
  });
}

function propositionOf(value: ClaimValue): string | null {
  return value.type === "assertion" ? normalizePhrase(value.proposition) : null;
}

function isLater(a: CodedClaim, b: CodedClaim): boolean {
  const byTime = a.updatedAt.getTime() - b.updatedAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime();
  return byTime !== 0 ? byTime > 0 : a.id > b.id;
}

/**
 * What agreement compares in a value: a quantity's lower bound (`min`; null,
 * so missing, for a vague amount with no interval), an assertion's polarity,
 * an entity value's entity id. Dates (their day range) and texts (normalised)
 * have no α but can still disagree.
 */
export function comparedValue(value: ClaimValue): string | number | null {
  switch (value.type) {
    case "quantity":
      return value.min;
    case "assertion":
      return value.polarity;
    case "entity":
      return value.entityId;
    case "date":
      return `${value.start}/${value.end}`;
    case "text":
      return normalizePhrase(value.text);
  }
}
