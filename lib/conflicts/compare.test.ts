import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClaimValue, Qualifiers } from "@/lib/claims/value";
import { comparePair, type PairComparison } from "@/lib/conflicts/compare";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import { areDisjoint, quantityInterval } from "@/lib/conflicts/interval";
import { claimArbitrary, quantityArbitrary } from "@/lib/conflicts/test-arbitraries";

const options = { divergenceThreshold: 0.5 };

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
const exactly = (n: number): ClaimValue => ({ type: "quantity", kind: "exact", min: n, max: n });
const atLeast = (n: number): ClaimValue => ({ type: "quantity", kind: "at_least", min: n, max: null });

const relationOf = (a: DetectableClaim, b: DetectableClaim, threshold = 0.5) => comparePair(a, b, { divergenceThreshold: threshold }).relation;
const wordsOf = (comparison: PairComparison) => (comparison.relation === "not_compared" ? comparison.reason : comparison.explain());

describe("comparePair", () => {
  it.each([
    ["exactly 4 and at least 60", exactly(4), atLeast(60), "contradiction"],
    ["at least 17 and at least 60", atLeast(17), atLeast(60), "divergence"],
    ["exactly 30 and exactly 45 (1.5 times: at the threshold)", exactly(30), exactly(45), "contradiction"],
    ["at least 30 and at least 45 (1.5 times: at the threshold)", atLeast(30), atLeast(45), "divergence"],
    ["at least 30 and at least 44 (below the threshold)", atLeast(30), atLeast(44), "compatible"],
    ["exactly 30 and at least 30", exactly(30), atLeast(30), "compatible"],
    ["exactly 84 and at least 25", exactly(84), atLeast(25), "divergence"],
    ["exactly 40 and at least 30", exactly(40), atLeast(30), "compatible"],
    ["exactly 0 and at least 0", exactly(0), atLeast(0), "compatible"],
    ["300 to 700 and exactly 100", { type: "quantity", kind: "range", min: 300, max: 700 }, exactly(100), "contradiction"],
    ["300 to 700 and at least 200", { type: "quantity", kind: "range", min: 300, max: 700 }, atLeast(200), "divergence"],
    ["about 20 (18–22) and exactly 21", { type: "quantity", kind: "approximately", min: 18, max: 22 }, exactly(21), "compatible"],
    ["numerous and exactly 4", { type: "quantity", kind: "vague", min: null, max: null, text: "numerous" }, exactly(4), "not_compared"],
  ] as const)("%s: %s", (_, a, b, expected) => {
    expect(relationOf(claim("a", a), claim("b", b))).toBe(expected);
  });

  it("makes the divergence threshold a setting", () => {
    expect(relationOf(claim("a", atLeast(30)), claim("b", atLeast(40)), 0.5)).toBe("compatible");
    expect(relationOf(claim("a", atLeast(30)), claim("b", atLeast(40)), 0.2)).toBe("divergence");
    expect(relationOf(claim("a", atLeast(17)), claim("b", atLeast(60)), 3)).toBe("compatible");
  });

  it.each<[string, Partial<DetectableClaim>, Partial<DetectableClaim>, string]>([
    ["another subject", {}, { subjectId: "tinzaouaten" }, "they are about different subjects or properties"],
    ["another property", {}, { propertyKey: "wounded" }, "they are about different subjects or properties"],
    ["another victim group", { qualifiers: { victimGroup: "civilians" } }, { qualifiers: { victimGroup: "fighters" } }, "they are about a different victim group (civilians; fighters)"],
    ["a deleted claim", {}, { isDeleted: true }, "the claim attributed to b was deleted"],
    ["a claim curated away", { isCuratedAway: true }, {}, "the claim attributed to a was curated away (another claim stands for its coding unit)"],
    ["a multi-valued property", { isSingleValued: false }, { isSingleValued: false }, "the property may hold several values at once"],
  ])("does not compare claims with %s", (_, a, b, reason) => {
    expect(wordsOf(comparePair(claim("a", exactly(4), a), claim("b", atLeast(60), b), options))).toBe(reason);
  });

  it("does not compare figures that count different things", () => {
    const killed = claim("a", { type: "quantity", kind: "exact", min: 4, max: 4, category: "killed" });
    const wounded = claim("b", { type: "quantity", kind: "exact", min: 60, max: 60, category: "wounded" });
    const unsaid = claim("c", exactly(60));
    expect(wordsOf(comparePair(killed, wounded, options))).toBe("they count different things (killed; wounded)");
    expect(relationOf(killed, unsaid)).toBe("contradiction");
  });

  it("never compares text values", () => {
    const text: ClaimValue = { type: "text", text: "offensive reconnaissance" };
    expect(wordsOf(comparePair(claim("a", text), claim("b", text), options))).toBe("text values are compared by people, not automatically");
  });

  it("compares propositions regardless of case, spacing and final stop, and only the same one", () => {
    const said = (id: string, proposition: string, polarity: "affirmed" | "denied") => claim(id, { type: "assertion", proposition, polarity });
    expect(relationOf(said("a", "Airstrikes occurred", "affirmed"), said("b", "airstrikes  occurred.", "denied"))).toBe("contradiction");
    expect(relationOf(said("a", "airstrikes occurred", "denied"), said("b", "airstrikes occurred", "denied"))).toBe("compatible");
    expect(relationOf(said("a", "airstrikes occurred", "affirmed"), said("b", "JNIM took part", "denied"))).toBe("not_compared");
    // Opposite polarities contradict even when the property may hold several values.
    expect(
      relationOf(said("a", "JNIM took part", "affirmed"), { ...said("b", "JNIM took part", "denied"), isSingleValued: false }),
    ).toBe("contradiction");
  });

  it("compares dates as day ranges, which overlap or contradict but never diverge", () => {
    const date = (id: string, start: string, end: string) => claim(id, { type: "date", start, end, precision: "day" });
    const a = date("a", "2024-07-27", "2024-07-27");
    const b = date("b", "2024-08-02", "2024-08-02");
    const comparison = comparePair(a, b, options);
    expect(wordsOf(comparison)).toBe("A says 27 July 2024; b says 2 August 2024: the dates do not overlap, so both cannot be true.");
    expect(relationOf(date("a", "2022-09-06", "2022-09-07"), date("b", "2022-09-07", "2022-09-07"))).toBe("compatible");
  });

  it("compares entities only for single-valued properties", () => {
    const entity = (id: string, entityId: string) => claim(id, { type: "entity", entityId });
    expect(relationOf(entity("a", "isgs"), entity("b", "jnim"))).toBe("contradiction");
    expect(relationOf(entity("a", "isgs"), entity("b", "isgs"))).toBe("compatible");
    expect(relationOf({ ...entity("a", "isgs"), isSingleValued: false }, { ...entity("b", "jnim"), isSingleValued: false })).toBe("not_compared");
  });

  it("is symmetric: the same relation and the same words in either order", () => {
    fc.assert(
      fc.property(claimArbitrary, claimArbitrary, fc.double({ min: 0, max: 3, noNaN: true }), (a, b, divergenceThreshold) => {
        const forth = comparePair(a, b, { divergenceThreshold });
        const back = comparePair(b, a, { divergenceThreshold });
        expect(back.relation).toBe(forth.relation);
        expect(wordsOf(back)).toBe(wordsOf(forth));
      }),
      { numRuns: 1000 },
    );
  });

  it("calls two comparable quantities a contradiction exactly when their intervals are disjoint", () => {
    const qualifiers: Qualifiers = { victimGroup: "civilians" };
    fc.assert(
      fc.property(quantityArbitrary, quantityArbitrary, (x, y) => {
        const a = claim("a", { ...x, category: "killed" }, { qualifiers });
        const b = claim("b", { ...y, category: "killed" }, { qualifiers });
        const [ia, ib] = [quantityInterval(x), quantityInterval(y)];
        if (ia === null || ib === null) return; // an unknown figure is never compared
        expect(relationOf(a, b) === "contradiction").toBe(areDisjoint(ia, ib));
      }),
      { numRuns: 1000 },
    );
  });

  it("never finds more divergences at a higher threshold, nor other contradictions", () => {
    fc.assert(
      fc.property(quantityArbitrary, quantityArbitrary, fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), (x, y, t1, t2) => {
        const [low, high] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const [a, b] = [claim("a", x), claim("b", y)];
        const [atLow, atHigh] = [relationOf(a, b, low), relationOf(a, b, high)];
        if (atHigh === "divergence") expect(atLow).toBe("divergence");
        expect(atHigh === "contradiction").toBe(atLow === "contradiction");
      }),
    );
  });
});
