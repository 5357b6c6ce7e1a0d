import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { detectConflicts } from "@/lib/conflicts/detect";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import { conflictFingerprint } from "@/lib/conflicts/fingerprint";
import { groupKey } from "@/lib/conflicts/group";
import { claimsArbitrary } from "@/lib/conflicts/test-arbitraries";

const options = { divergenceThreshold: 0.5 };
const withShuffled = claimsArbitrary.chain((claims) =>
  fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length })),
);
const exactly = (n: number): ClaimValue => ({ type: "quantity", kind: "exact", min: n, max: n });
const claim = (id: string, value: ClaimValue, extra: Partial<DetectableClaim> = {}): DetectableClaim => ({
  id,
  subjectId: "talataye",
  propertyKey: "deaths",
  isSingleValued: true,
  value,
  qualifiers: {},
  attributedTo: id,
  ...extra,
});

describe("detectConflicts", () => {
  it("reports one conflict per disagreeing pair, with sorted ids and a fingerprint of kind and ids", () => {
    const detected = detectConflicts(
      [claim("msa", exactly(4), { attributedTo: "MSA" }), claim("is", exactly(60), { attributedTo: "IS" })],
      options,
    );
    expect(detected).toEqual([
      {
        kind: "contradiction",
        claimIds: ["is", "msa"],
        fingerprint: "contradiction:is:msa",
        explanation: "MSA says exactly 4; IS says exactly 60: the figures cannot both be true.",
      },
    ]);
  });

  it("keeps fingerprints unambiguous whatever the ids contain", () => {
    expect(conflictFingerprint("divergence", ["a:b", "c"])).not.toBe(conflictFingerprint("divergence", ["a", "b:c"]));
    expect(conflictFingerprint("divergence", ["b", "a"])).toBe(conflictFingerprint("divergence", ["a", "b"]));
    expect(conflictFingerprint("manual", ["c", "a", "b"])).toBe("manual:a:b:c");
    expect(conflictFingerprint("manual", ["a", "b"])).not.toBe(conflictFingerprint("contradiction", ["a", "b"]));
  });

  it("skips deleted and curated-away claims and compares a claim listed twice only once", () => {
    const four = claim("msa", exactly(4));
    expect(detectConflicts([four, claim("is", exactly(60), { isDeleted: true })], options)).toEqual([]);
    expect(detectConflicts([four, claim("is", exactly(60), { isCuratedAway: true })], options)).toEqual([]);
    expect(detectConflicts([four, four, claim("is", exactly(60))], options)).toHaveLength(1);
  });

  it("compares claims of merged entities once the caller resolved their subject", () => {
    const isgs = claim("is", exactly(60), { subjectId: "isgs" });
    const sahelProvince = claim("msa", exactly(4), { subjectId: "sahel-province" });
    expect(detectConflicts([isgs, sahelProvince], options)).toEqual([]);
    expect(detectConflicts([isgs, { ...sahelProvince, subjectId: "isgs" }], options)).toHaveLength(1);
  });

  it("is deterministic and ignores the order of its input", () => {
    fc.assert(
      fc.property(withShuffled, ([claims, shuffled]) => {
        const first = detectConflicts(claims, options);
        expect(detectConflicts(claims, options)).toEqual(first);
        expect(detectConflicts(shuffled, options)).toEqual(first);
        expect(new Set(first.map((c) => c.fingerprint)).size).toBe(first.length);
      }),
    );
  });

  it("finds in one group what a full recomputation finds for that group", () => {
    fc.assert(
      fc.property(claimsArbitrary, (claims) => {
        const full = detectConflicts(claims, options);
        for (const key of new Set(claims.map(groupKey))) {
          const group = claims.filter((c) => groupKey(c) === key);
          const ids = new Set(group.map((c) => c.id));
          expect(detectConflicts(group, options)).toEqual(full.filter((c) => ids.has(c.claimIds[0])));
        }
      }),
    );
  });
});
