import { describe, expect, it } from "vitest";
import { claimFiltersSchema } from "./claim-filters";

describe("the claims list's grade filters", () => {
  it("read a credibility 1–6 and an origin reliability A–F from the address", () => {
    expect(claimFiltersSchema.parse({ credibility: "5", reliability: "E" })).toMatchObject({ credibility: 5, reliability: "E" });
  });

  it("refuse grades outside the Admiralty scales", () => {
    for (const credibility of ["0", "7", "2.5", "x"]) expect(claimFiltersSchema.safeParse({ credibility }).success).toBe(false);
    for (const reliability of ["G", "e", ""]) expect(claimFiltersSchema.safeParse({ reliability }).success).toBe(false);
  });
});
