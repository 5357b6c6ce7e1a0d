import { describe, expect, it } from "vitest";
import { propositionFrom } from "./proposition";

describe("propositionFrom", () => {
  it("takes the reported clause of a reporting sentence", () => {
    expect(propositionFrom("Le Monde, citing local sources, stated that airstrikes did not occur.")).toBe("airstrikes did not occur");
    expect(propositionFrom("A spokesman told Reuters that the town had fallen")).toBe("the town had fallen");
  });

  it("keeps a plain selection whole, on one line, without its final stop", () => {
    expect(propositionFrom("  Malian  airstrikes\nhit the convoy. ")).toBe("Malian airstrikes hit the convoy");
  });

  it("is at most 500 characters, what an assertion holds", () => {
    expect(propositionFrom("a".repeat(900))).toHaveLength(500);
  });
});
