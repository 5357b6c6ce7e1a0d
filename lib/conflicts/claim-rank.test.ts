import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RankDecision, overallRank } from "@/lib/conflicts/claim-rank";

const decisionArbitrary: fc.Arbitrary<RankDecision> = fc.record({
  rank: fc.constantFrom("preferred", "normal", "deprecated"),
  conflictStatus: fc.constantFrom("open", "resolved", "dismissed"),
});

describe("overallRank", () => {
  it.each<[string, RankDecision[], string]>([
    ["no conflict", [], "normal"],
    ["preferred once", [{ rank: "preferred", conflictStatus: "resolved" }], "preferred"],
    ["deprecated once", [{ rank: "deprecated", conflictStatus: "resolved" }], "deprecated"],
    [
      "preferred in one conflict, deprecated in another",
      [
        { rank: "preferred", conflictStatus: "resolved" },
        { rank: "deprecated", conflictStatus: "resolved" },
      ],
      "deprecated",
    ],
    [
      "a reopened or dismissed conflict carries no decision",
      [
        { rank: "deprecated", conflictStatus: "open" },
        { rank: "deprecated", conflictStatus: "dismissed" },
        { rank: "preferred", conflictStatus: "resolved" },
      ],
      "preferred",
    ],
  ])("%s", (_, decisions, expected) => {
    expect(overallRank(decisions)).toBe(expected);
  });

  it("does not depend on the order of the decisions", () => {
    fc.assert(
      fc.property(fc.array(decisionArbitrary, { maxLength: 8 }), (decisions) => {
        expect(overallRank([...decisions].reverse())).toBe(overallRank(decisions));
      }),
    );
  });
});
