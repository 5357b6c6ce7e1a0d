import { describe, expect, it } from "vitest";
import { estimateSettingsSchema, setPartyReliabilitySchema } from "./grading-input";

describe("estimate settings input", () => {
  it("keeps each excluded grade once, in order", () => {
    expect(
      estimateSettingsSchema.parse({ rule: "conservative", isGradingEnabled: true, excludedReliability: ["F", "E", "F"], excludedCredibility: [6, 5, 5] }),
    ).toEqual({ rule: "conservative", isGradingEnabled: true, excludedReliability: ["E", "F"], excludedCredibility: [5, 6] });
  });

  it("refuses grades outside the Admiralty scales and unknown rules", () => {
    expect(estimateSettingsSchema.safeParse({ rule: "ucdp", isGradingEnabled: true, excludedReliability: ["G"], excludedCredibility: [] }).success).toBe(false);
    expect(estimateSettingsSchema.safeParse({ rule: "ucdp", isGradingEnabled: true, excludedReliability: [], excludedCredibility: [7] }).success).toBe(false);
    expect(estimateSettingsSchema.safeParse({ rule: "median", isGradingEnabled: false, excludedReliability: [], excludedCredibility: [] }).success).toBe(false);
  });
});

describe("a party's grade", () => {
  it("takes a name with a grade, or null to remove it", () => {
    expect(setPartyReliabilitySchema.parse({ name: "  local sources ", grade: "E" })).toEqual({ name: "local sources", grade: "E" });
    expect(setPartyReliabilitySchema.parse({ name: "local sources", grade: null }).grade).toBeNull();
  });

  it("refuses a name that normalises to nothing", () => {
    expect(setPartyReliabilitySchema.safeParse({ name: "“…”", grade: "A" }).success).toBe(false);
    expect(setPartyReliabilitySchema.safeParse({ name: "", grade: "A" }).success).toBe(false);
  });
});
