import { describe, expect, it } from "vitest";
import { segmentHighlights, sortHighlights } from "@/components/source-reader/highlight-segments";
import type { ReaderHighlight } from "@/components/source-reader/highlight-types";

const highlight = (id: string, start: number, end: number): ReaderHighlight => ({
  id,
  start,
  end,
  status: "draft",
  hasConflict: false,
  label: id,
});

const idsOf = (segments: ReturnType<typeof segmentHighlights>) =>
  segments.map((segment) => [segment.start, segment.end, segment.highlights.map((h) => h.id).join(" ")]);

describe("segmentHighlights", () => {
  it("splits nested and overlapping highlights so every character shows all that cover it", () => {
    const sorted = sortHighlights([highlight("inner", 4, 6), highlight("outer", 2, 10), highlight("overlap", 8, 12)]);
    expect(idsOf(segmentHighlights(sorted))).toEqual([
      [2, 4, "outer"],
      [4, 6, "outer inner"],
      [6, 8, "outer"],
      [8, 10, "outer overlap"],
      [10, 12, "overlap"],
    ]);
  });

  it("puts the shorter of two highlights with the same start inside the longer", () => {
    const sorted = sortHighlights([highlight("short", 0, 3), highlight("long", 0, 9)]);
    expect(idsOf(segmentHighlights(sorted))).toEqual([
      [0, 3, "long short"],
      [3, 9, "long"],
    ]);
  });

  it("leaves gaps between highlights undecorated and drops empty ones", () => {
    const sorted = sortHighlights([highlight("a", 0, 2), highlight("empty", 3, 3), highlight("b", 5, 7)]);
    expect(idsOf(segmentHighlights(sorted))).toEqual([
      [0, 2, "a"],
      [5, 7, "b"],
    ]);
  });

  it("segments 10,000 overlapping highlights", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => highlight(`h${i}`, i * 100, i * 100 + 60 + (i % 3) * 30));
    const segments = segmentHighlights(sortHighlights(many));
    expect(segments.length).toBeGreaterThanOrEqual(10_000);
  });
});
