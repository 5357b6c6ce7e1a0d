import { describe, expect, it } from "vitest";
import { describeSpan } from "@/lib/anchoring/describe-span";
import { TALATAYE_2022 } from "@/lib/anchoring/fixtures/corpus";
import { TALATAYE_GOLDEN_ANCHORS } from "@/lib/anchoring/fixtures/talataye-anchors";
import { MIN_QUOTE_SCORE } from "@/lib/anchoring/match-quote";
import { reanchor } from "@/lib/anchoring/reanchor";
import type { SpanAnchor } from "@/lib/anchoring/selectors";

const INSERTED = "Editor's note: this article was updated with 🙂 new sources.\n\n";
const INSERTED_LENGTH = Array.from(INSERTED).length;

function anchorOf(text: string, start: number, end: number): SpanAnchor {
  const described = describeSpan(text, start, end);
  if (!described.ok) throw new Error(described.error.message);
  return { start, end, ...described.quote };
}

describe("reanchor", () => {
  it.each(TALATAYE_GOLDEN_ANCHORS)("anchors $name in the unchanged text", (golden) => {
    expect(reanchor(golden, TALATAYE_2022)).toEqual({ status: "anchored", start: golden.start, end: golden.end, score: 1 });
  });

  it.each(TALATAYE_GOLDEN_ANCHORS)("reports $name as moved after a paragraph is inserted before it", (golden) => {
    expect(reanchor(golden, INSERTED + TALATAYE_2022)).toEqual({
      status: "moved",
      start: golden.start + INSERTED_LENGTH,
      end: golden.end + INSERTED_LENGTH,
      score: expect.any(Number),
    });
  });

  it("reports a quote edited inside as fuzzy, covering the new wording", () => {
    const golden = TALATAYE_GOLDEN_ANCHORS.find((anchor) => anchor.exact === "airstrikes did not occur")!;
    const edited = TALATAYE_2022.replace("airstrikes did not occur", "airstrikes had not occurred");
    const result = reanchor(golden, edited);
    expect(result).toMatchObject({ status: "fuzzy", start: 3100, end: 3127 });
    if (result.status === "fuzzy") expect(result.score).toBeGreaterThanOrEqual(MIN_QUOTE_SCORE);
  });

  it("finds a reworded quote in place although the old wording still occurs nearby in other context", () => {
    const golden = TALATAYE_GOLDEN_ANCHORS.find((anchor) => anchor.name === "first Ménaka")!;
    const edited = `${TALATAYE_2022.slice(0, golden.start)}Menaka${TALATAYE_2022.slice(golden.end)}`;
    expect(edited.indexOf("Ménaka")).toBeGreaterThan(golden.end);
    expect(reanchor(golden, edited)).toMatchObject({ status: "fuzzy", start: golden.start, end: golden.end });
  });

  it("orphans an annotation whose passage was deleted instead of taking a lookalike", () => {
    const sentence =
      "At least 100 civilians were killed in Talataye in an ISGS attack on the town between March 21 and 23. ";
    const start = TALATAYE_2022.indexOf(sentence);
    const annotation = anchorOf(TALATAYE_2022, start, start + "At least 100 civilians were killed".length);
    expect(reanchor(annotation, TALATAYE_2022.replace(sentence, ""))).toEqual({ status: "orphaned" });
  });

  describe("pinned semantics", () => {
    it("ignores a stale position when the quote anchors elsewhere", () => {
      const golden = TALATAYE_GOLDEN_ANCHORS.find((anchor) => anchor.exact === "at least 45 inhabitants")!;
      const stale = { ...golden, start: 10, end: 33 };
      expect(reanchor(stale, TALATAYE_2022)).toMatchObject({ status: "moved", start: golden.start, end: golden.end });
    });

    it("ignores a position beyond the end of the new text", () => {
      const golden = TALATAYE_GOLDEN_ANCHORS.find((anchor) => anchor.exact === "at least 45 inhabitants")!;
      const stale = { ...golden, start: 90_000, end: 90_023 };
      expect(reanchor(stale, TALATAYE_2022)).toMatchObject({ status: "moved", start: golden.start });
    });

    it("moves to the occurrence whose context fits even when the old position still holds the quote", () => {
      const officials = "Officials in Ménaka said the town was calm. ";
      const residents = "Residents in Ménaka said the camp was busy. ";
      const annotation = anchorOf(officials + residents, officials.length + 13, officials.length + 19);
      const swapped = residents + officials;
      expect(Array.from(swapped).slice(annotation.start, annotation.end).join("")).toBe("Ménaka");
      expect(reanchor(annotation, swapped)).toMatchObject({ status: "moved", start: 13, end: 19 });
    });

    it("keeps the old position when it still holds the quote and nothing fits better", () => {
      const annotation = anchorOf("ISGS attacked the town in the afternoon.", 0, 4);
      expect(reanchor(annotation, "ISGS withdrew at dawn, presuming a counterattack.")).toMatchObject({
        status: "anchored",
        start: 0,
        end: 4,
      });
    });

    it("orphans an annotation whose quote cannot be found at all", () => {
      const annotation = anchorOf(TALATAYE_2022, 3100, 3124);
      expect(reanchor(annotation, "A different article about something else entirely.")).toEqual({ status: "orphaned" });
    });
  });
});
