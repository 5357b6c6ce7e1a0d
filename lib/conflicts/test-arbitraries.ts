import fc from "fast-check";
import type { ClaimValue, Qualifiers, QuantityValue } from "@/lib/claims/value";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";

const count = fc.integer({ min: 0, max: 150 });

/** Quantities of every kind, valid by the value schema. */
export const quantityArbitrary: fc.Arbitrary<QuantityValue> = fc
  .tuple(
    fc.constantFrom("exact", "at_least", "at_most", "approximately", "range", "open_range", "unknown"),
    count,
    count,
    fc.constantFrom(undefined, "killed", "wounded"),
  )
  .map(([shape, x, y, category]) => {
    const [low, high] = x <= y ? [x, y] : [y, x];
    const base = { type: "quantity" as const, ...(category ? { category } : {}) };
    switch (shape) {
      case "exact":
        return { ...base, kind: "exact", min: x, max: x };
      case "at_least":
        return { ...base, kind: "at_least", min: x, max: null };
      case "at_most":
        return { ...base, kind: "at_most", min: 0, max: x };
      case "approximately":
        return { ...base, kind: "approximately", min: Math.floor(x * 0.9), max: Math.ceil(x * 1.1) };
      case "range":
        return { ...base, kind: "range", min: low, max: high };
      case "open_range":
        return { ...base, kind: "range", min: low, max: null };
      default:
        return { ...base, kind: "vague", min: null, max: null };
    }
  });

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-07-${String(d).padStart(2, "0")}`);

export const valueArbitrary: fc.Arbitrary<ClaimValue> = fc.oneof(
  { arbitrary: quantityArbitrary, weight: 4 },
  fc.tuple(day, day).map(([x, y]) => ({ type: "date" as const, start: x <= y ? x : y, end: x <= y ? y : x, precision: "day" as const })),
  fc.record({
    type: fc.constant("assertion" as const),
    // Spelled differently, meaning the same: normalisation must see through it.
    proposition: fc.constantFrom("airstrikes occurred", "Airstrikes  occurred.", "JNIM took part"),
    polarity: fc.constantFrom("affirmed" as const, "denied" as const),
  }),
  fc.record({ type: fc.constant("entity" as const), entityId: fc.constantFrom("isgs", "jnim", "csp") }),
  fc.record({ type: fc.constant("text" as const), text: fc.constantFrom("offensive reconnaissance", "heavy losses") }),
);

export const qualifiersArbitrary: fc.Arbitrary<Qualifiers> = fc.record(
  {
    victimGroup: fc.constantFrom("civilians" as const, "fighters" as const),
    place: fc.constantFrom("Talataye", "talataye ", "Ménaka"),
  },
  { requiredKeys: [] },
);

/** Claims over two subjects and two properties, so that groups are small and crowded. */
export const claimArbitrary: fc.Arbitrary<DetectableClaim> = fc.record({
  id: fc.stringMatching(/^[a-z0-9:%-]{1,8}$/),
  subjectId: fc.constantFrom("talataye", "tinzaouaten"),
  propertyKey: fc.constantFrom("deaths", "result"),
  isSingleValued: fc.boolean(),
  value: valueArbitrary,
  qualifiers: qualifiersArbitrary,
  attributedTo: fc.constantFrom("IS", "ACLED", "MSA", "a local elected official"),
});

export const claimsArbitrary = fc.uniqueArray(claimArbitrary, { selector: (c) => c.id, maxLength: 14 });
