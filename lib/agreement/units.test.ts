import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { originResolver } from "@/lib/estimates/origin";
import { buildUnits, codingUnitKey, comparedValue, type CodedClaim } from "./units";

const resolve = originResolver([{ id: "acled", name: "ACLED", aliases: ["Armed Conflict Location & Event Data"] }]);
const acled = resolve({ entityId: "acled", label: "ACLED", partyName: null, sourceId: null });
const quantity = (min: number | null, max = min): ClaimValue => ({ type: "quantity", kind: "exact", min, max });

let sequence = 0;
function claim(overrides: Partial<CodedClaim> & Pick<CodedClaim, "coderId">): CodedClaim {
  sequence += 1;
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, sequence));
  return {
    id: `c${sequence}`,
    sourceId: "src",
    subjectId: "battle",
    propertyId: "killed",
    qualifiers: {},
    origin: acled,
    value: quantity(30),
    evidence: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

describe("coding units", () => {
  it("puts two coders' claims about one thing from one origin in one unit, whatever the qualifiers' order", () => {
    const a = claim({ coderId: "a", qualifiers: { side: "MSA", victimGroup: "civilians" } });
    const b = claim({ coderId: "b", qualifiers: { victimGroup: "civilians", side: "MSA" }, value: quantity(45) });
    const units = buildUnits([a, b]);
    expect(units).toHaveLength(1);
    expect([...units[0]!.claimsByCoder].map(([coder, c]) => [coder, c.id])).toEqual([
      ["a", a.id],
      ["b", b.id],
    ]);
    expect(units[0]!.superseded).toEqual([]);
  });

  it("keys the origin as estimates resolve it: a party named as the entity is the entity", () => {
    const byEntity = claim({ coderId: "a" });
    const byName = claim({ coderId: "b", origin: resolve({ entityId: null, label: "the Armed Conflict Location & Event Data", partyName: "the Armed Conflict Location & Event Data", sourceId: null }) });
    expect(codingUnitKey(byName)).toBe(codingUnitKey(byEntity));
  });

  it("separates other sources, subjects, properties, qualifiers and origins", () => {
    const base = claim({ coderId: "a" });
    const others = [
      claim({ coderId: "b", sourceId: "other-source" }),
      claim({ coderId: "b", subjectId: "other-battle" }),
      claim({ coderId: "b", propertyId: "wounded" }),
      claim({ coderId: "b", qualifiers: { victimGroup: "fighters" } }),
      claim({ coderId: "b", origin: resolve({ entityId: null, label: "local sources", partyName: "local sources", sourceId: null }) }),
      claim({ coderId: "b", origin: resolve(undefined) }),
    ];
    expect(buildUnits([base, ...others])).toHaveLength(7);
  });

  it("keeps assertions about different propositions apart, and one proposition in other case and spacing together", () => {
    const assertion = (proposition: string, polarity: "affirmed" | "denied"): ClaimValue => ({ type: "assertion", proposition, polarity });
    const units = buildUnits([
      claim({ coderId: "a", propertyId: "asserts", value: assertion("Airstrikes occurred", "affirmed") }),
      claim({ coderId: "b", propertyId: "asserts", value: assertion("airstrikes  occurred.", "denied") }),
      claim({ coderId: "b", propertyId: "asserts", value: assertion("civilians were targeted", "affirmed") }),
    ]);
    expect(units.map((unit) => [unit.proposition, unit.claimsByCoder.size])).toEqual([
      ["airstrikes occurred", 2],
      ["civilians were targeted", 1],
    ]);
  });

  it("counts a coder's latest claim in a unit and reports the one it superseded, whatever the input order", () => {
    const first = claim({ coderId: "a", value: quantity(20) });
    const edited = claim({ coderId: "a", value: quantity(25), createdAt: new Date(Date.UTC(2025, 0, 1)) }); // created earlier, edited later
    const other = claim({ coderId: "b" });
    for (const order of [
      [first, edited, other],
      [other, edited, first],
    ]) {
      const [unit] = buildUnits(order);
      expect(unit!.claimsByCoder.get("a")!.id).toBe(edited.id);
      expect(unit!.superseded).toEqual([{ claimId: first.id, coderId: "a", supersededBy: edited.id }]);
      expect(unit!.claims).toHaveLength(3);
    }
  });

  it("breaks a tie in time by the greater id, so the choice is stable", () => {
    const at = new Date(Date.UTC(2026, 5, 1));
    const x = claim({ coderId: "a", id: "x", createdAt: at, updatedAt: at });
    const y = claim({ coderId: "a", id: "y", createdAt: at, updatedAt: at });
    expect(buildUnits([y, x])[0]!.claimsByCoder.get("a")!.id).toBe("y");
    expect(buildUnits([x, y])[0]!.claimsByCoder.get("a")!.id).toBe("y");
  });
});

describe("compared values", () => {
  it("compares a quantity's lower bound, an assertion's polarity and an entity value's id", () => {
    expect(comparedValue({ type: "quantity", kind: "at_least", min: 30, max: null })).toBe(30);
    expect(comparedValue({ type: "quantity", kind: "vague", min: null, max: null })).toBeNull();
    expect(comparedValue({ type: "assertion", proposition: "p", polarity: "denied" })).toBe("denied");
    expect(comparedValue({ type: "entity", entityId: "jnim", text: "JNIM" })).toBe("jnim");
    expect(comparedValue({ type: "date", start: "2026-01-01", end: "2026-01-31", precision: "month" })).toBe("2026-01-01/2026-01-31");
    expect(comparedValue({ type: "text", text: "  The Town " })).toBe("the town");
  });
});
