import { describe, expect, it } from "vitest";
import { describeSpan } from "@/lib/anchoring/describe-span";
import { TALATAYE_2022 } from "@/lib/anchoring/fixtures/corpus";
import { TALATAYE_GOLDEN_ANCHORS } from "@/lib/anchoring/fixtures/talataye-anchors";
import { textPositionSelectorSchema, textQuoteSelectorSchema } from "@/lib/anchoring/selectors";

describe("describeSpan", () => {
  it.each(TALATAYE_GOLDEN_ANCHORS)("reproduces the golden selectors: $name", (golden) => {
    const described = describeSpan(TALATAYE_2022, golden.start, golden.end);
    expect(described).toEqual({
      ok: true,
      position: { type: "TextPositionSelector", start: golden.start, end: golden.end },
      quote: { type: "TextQuoteSelector", exact: golden.exact, prefix: golden.prefix, suffix: golden.suffix },
    });
  });

  it("returns selectors that pass their own schemas", () => {
    const described = describeSpan(TALATAYE_2022, 3100, 3124);
    if (!described.ok) throw new Error(described.error.message);
    expect(textPositionSelectorSchema.parse(described.position)).toEqual(described.position);
    expect(textQuoteSelectorSchema.parse(described.quote)).toEqual(described.quote);
  });

  it("keeps 32 code points of context, counting an emoji as one", () => {
    const text = `${"🙂".repeat(40)}quote${"é".repeat(40)}`;
    const described = describeSpan(text, 40, 45);
    if (!described.ok) throw new Error(described.error.message);
    expect(described.quote).toEqual({
      type: "TextQuoteSelector",
      exact: "quote",
      prefix: "🙂".repeat(32),
      suffix: "é".repeat(32),
    });
  });

  it.each([
    { start: 1.5, end: 4, code: "not_integer" },
    { start: 4, end: 4, code: "empty_span" },
    { start: 5, end: 4, code: "reversed_span" },
    { start: -1, end: 4, code: "out_of_range" },
    { start: 2, end: 7, code: "out_of_range" },
  ])("rejects [$start, $end) of a 6 code point text as $code", ({ start, end, code }) => {
    const described = describeSpan("Ménaka", start, end);
    expect(described.ok).toBe(false);
    if (!described.ok) expect(described.error.code).toBe(code);
  });

  it("says how long the text is when a span lies outside it", () => {
    const described = describeSpan("a🙂b", 1, 4);
    expect(described).toMatchObject({ ok: false, error: { code: "out_of_range", textLength: 3 } });
  });
});

describe("selector schemas", () => {
  it("reject an empty position span and an empty quote", () => {
    expect(textPositionSelectorSchema.safeParse({ type: "TextPositionSelector", start: 3, end: 3 }).success).toBe(false);
    expect(
      textQuoteSelectorSchema.safeParse({ type: "TextQuoteSelector", exact: "", prefix: "", suffix: "" }).success,
    ).toBe(false);
  });
});
