import { describe, expect, it } from "vitest";
import { groupByUnit, unitKey } from "./units";

describe("units", () => {
  it("puts claims with the same subject, property and qualifiers together, whatever the qualifiers' order", () => {
    const a = { id: "a", subjectId: "s", propertyId: "p", qualifiers: { side: "MSA", victimGroup: "fighters" as const } };
    const b = { id: "b", subjectId: "s", propertyId: "p", qualifiers: { victimGroup: "fighters" as const, side: "MSA" } };
    const civilians = { id: "c", subjectId: "s", propertyId: "p", qualifiers: { side: "MSA", victimGroup: "civilians" as const } };
    const other = { id: "d", subjectId: "t", propertyId: "p", qualifiers: {} };
    expect(unitKey(a)).toBe(unitKey(b));
    expect(groupByUnit([a, civilians, b, other]).map((unit) => unit.map((c) => c.id))).toEqual([["a", "b"], ["c"], ["d"]]);
  });
});
