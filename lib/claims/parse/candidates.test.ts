import { describe, expect, it } from "vitest";
import { findClaimCandidates } from "@/lib/claims/parse/candidates";

describe("findClaimCandidates", () => {
  const text = [
    "- Casualties: 60+ (per IS) 17+ (per ACLED)",
    "- Strength: several hundred",
    "",
    "The UN reported heavy fighting in the town. They said at least 45 civilians were killed on Sunday.",
    "Four clinics were destroyed over the last 48 hours.",
    "Le Monde stated that airstrikes did not occur.",
  ].join("\n");
  const candidates = findClaimCandidates(text, { publishedAt: "2022-09-10" });
  const evidence = (i: number) => text.slice(candidates[i]?.start, candidates[i]?.end);

  it("offers each figure of people with its own line or sentence as evidence", () => {
    const figures = candidates.filter((c) => c.value.type === "quantity");
    expect(figures.map((c) => text.slice(c.valueSpan.start, c.valueSpan.end))).toEqual(["60+", "17+", "at least 45"]);
    expect(evidence(0)).toBe("- Casualties: 60+ (per IS) 17+ (per ACLED)");
  });

  it("gives a pronoun speaker the party named before it", () => {
    const killed = candidates.find((c) => c.value.type === "quantity" && c.value.min === 45);
    expect(killed?.attribution?.chain.map((l) => l.partyName)).toEqual(["UN"]);
    expect(killed?.qualifiers).toEqual({ victimGroup: "civilians" });
    expect(killed?.date).toMatchObject({ start: "2022-09-04" });
  });

  it("offers an attributed sentence without figures as an assertion with its polarity", () => {
    const assertion = candidates.find((c) => c.value.type === "assertion" && c.value.proposition.includes("airstrikes"));
    expect(assertion?.value).toMatchObject({ proposition: "airstrikes did not occur", polarity: "denied" });
  });

  it("offers no claim for counts of things or spans of time", () => {
    expect(candidates.some((c) => text.slice(c.start, c.end).startsWith("Four clinics"))).toBe(false);
  });
});
