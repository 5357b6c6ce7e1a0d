import { describe, expect, it } from "vitest";
import { groupKey, qualifierDifference } from "@/lib/conflicts/group";

describe("grouping", () => {
  it("keys a claim by its subject and property, unambiguously", () => {
    expect(groupKey({ subjectId: "talataye", propertyKey: "deaths" })).toBe(groupKey({ subjectId: "talataye", propertyKey: "deaths" }));
    expect(groupKey({ subjectId: "a", propertyKey: "b,c" })).not.toBe(groupKey({ subjectId: "a,b", propertyKey: "c" }));
  });

  it.each([
    [{ victimGroup: "civilians" }, { victimGroup: "fighters" }, "they are about a different victim group (civilians; fighters)"],
    [{ victimGroup: "civilians" }, { victimGroup: "mixed" }, "they are about a different victim group (civilians; mixed)"],
    [{ side: "Wagner" }, { side: "FAMa" }, "they are about a different side (Wagner; FAMa)"],
    [{ place: "Ménaka" }, { place: " menaka" }, null],
    [{ victimGroup: "civilians" }, {}, null],
    [{ victimGroup: "civilians", place: "Talataye" }, { victimGroup: "civilians", time: "6 September" }, null],
  ] as const)("%j and %j: %s", (a, b, expected) => {
    expect(qualifierDifference(a, b)).toBe(expected);
    expect(qualifierDifference(b, a) === null).toBe(expected === null);
  });
});
