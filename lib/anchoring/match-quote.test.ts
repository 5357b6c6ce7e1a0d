import { describe, expect, it } from "vitest";
import { TALATAYE_2022 } from "@/lib/anchoring/fixtures/corpus";
import { MIN_QUOTE_SCORE, quoteToPosition } from "@/lib/anchoring/match-quote";

const DELETED_SENTENCE =
  "At least 100 civilians were killed in Talataye in an ISGS attack on the town between March 21 and 23. ";

describe("quoteToPosition", () => {
  it("finds an exact quote at its code point offsets", () => {
    const match = quoteToPosition(
      TALATAYE_2022,
      { exact: "airstrikes did not occur", prefix: " by Le Monde, which stated that ", suffix: ", citing local sources. The next" },
      3100,
    );
    expect(match).toEqual({ start: 3100, end: 3124, score: 1, isExact: true });
  });

  it("prefers the occurrence whose context matches over the one nearest the hint", () => {
    const firstMenaka = { exact: "Ménaka", prefix: "ts launched an offensive in the ", suffix: " Region in eastern Mali, which w" };
    expect(quoteToPosition(TALATAYE_2022, firstMenaka, 1448)).toMatchObject({ start: 997, end: 1003, isExact: true });
  });

  it("takes the occurrence nearest the hint when context does not decide", () => {
    const bare = { exact: "Ménaka", prefix: "", suffix: "" };
    expect(quoteToPosition(TALATAYE_2022, bare, 0)).toMatchObject({ start: 997 });
    expect(quoteToPosition(TALATAYE_2022, bare, 1400)).toMatchObject({ start: 1448 });
  });

  it("finds a quote edited inside approximately", () => {
    const edited = TALATAYE_2022.replace("airstrikes did not occur", "air strikes did not take place");
    const match = quoteToPosition(
      edited,
      { exact: "airstrikes did not occur", prefix: " by Le Monde, which stated that ", suffix: ", citing local sources. The next" },
      3100,
    );
    expect(match).toMatchObject({ start: 3100, end: 3130, isExact: false });
    expect(match!.score).toBeGreaterThanOrEqual(MIN_QUOTE_SCORE);
  });

  it("counts offsets in code points when emoji precede the quote", () => {
    const text = `🙂🙂🙂 ${TALATAYE_2022}`;
    const match = quoteToPosition(text, { exact: "6–7 September 2022", prefix: "", suffix: "" });
    expect(match).toMatchObject({ start: 4 + 109, end: 4 + 127 });
  });

  it("searches the whole text when nothing matches near the hint", () => {
    const filler = "Unrelated filler about the weather in the region. ".repeat(200);
    const text = `${filler}${TALATAYE_2022.replace("airstrikes did not occur", "airstrikes did not ocur")}`;
    const match = quoteToPosition(
      text,
      { exact: "airstrikes did not occur", prefix: " by Le Monde, which stated that ", suffix: ", citing local sources. The next" },
      0,
    );
    expect(match).toMatchObject({ start: filler.length + 3100, end: filler.length + 3123, isExact: false });
  });

  it("returns null for an empty quote and for a missing one-character quote", () => {
    expect(quoteToPosition("abc", { exact: "", prefix: "", suffix: "" })).toBeNull();
    expect(quoteToPosition("abc", { exact: "z", prefix: "", suffix: "" })).toBeNull();
  });

  describe("minimum score", () => {
    const deletedQuote = {
      exact: "At least 100 civilians were killed in Talataye",
      prefix: "reparation for fighting inside the town. ",
      suffix: " in an ISGS attack on the town be",
    };
    const withoutPassage = TALATAYE_2022.replace(DELETED_SENTENCE, "");

    it("rejects the lookalike a deleted passage leaves behind", () => {
      expect(withoutPassage).not.toBe(TALATAYE_2022);
      expect(quoteToPosition(withoutPassage, deletedQuote, 1940)).toBeNull();
    });

    it("is what keeps that lookalike out: without it the best candidate is elsewhere and scores below it", () => {
      const lookalike = quoteToPosition(withoutPassage, deletedQuote, 1940, { minScore: 0 });
      expect(lookalike).not.toBeNull();
      expect(lookalike!.score).toBeLessThan(MIN_QUOTE_SCORE);
    });

    it("rejects a common phrase that reappears with unrelated context on both sides", () => {
      const quote = { exact: "ISGS", prefix: "the bridge was destroyed by the ", suffix: " before dawn, witnesses said tha" };
      expect(TALATAYE_2022.includes("ISGS")).toBe(true);
      expect(quoteToPosition(TALATAYE_2022, quote)).toBeNull();
    });

    it("accepts an exact quote that kept its context on one side only", () => {
      const quote = {
        exact: "airstrikes did not occur",
        prefix: " by Le Monde, which stated that ",
        suffix: " — a claim nobody else repeated.",
      };
      const match = quoteToPosition(TALATAYE_2022, quote);
      expect(match).toMatchObject({ start: 3100, end: 3124, isExact: true });
      expect(match!.score).toBeGreaterThanOrEqual(MIN_QUOTE_SCORE);
    });
  });
});
