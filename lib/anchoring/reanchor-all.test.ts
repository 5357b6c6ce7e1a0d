import { describe, expect, it } from "vitest";
import { benchmarkReanchoring, buildBenchmarkCorpus } from "@/lib/anchoring/bench";
import { TALATAYE_2022 } from "@/lib/anchoring/fixtures/corpus";
import { TALATAYE_GOLDEN_ANCHORS } from "@/lib/anchoring/fixtures/talataye-anchors";
import { type ReanchorResult, reanchor } from "@/lib/anchoring/reanchor";
import { reanchorAll } from "@/lib/anchoring/reanchor-all";

const golden = TALATAYE_GOLDEN_ANCHORS;

describe("reanchorAll", () => {
  it("anchors every annotation of an unchanged text", () => {
    expect(reanchorAll(golden, TALATAYE_2022, TALATAYE_2022).map((r) => r.status)).toEqual(
      golden.map(() => "anchored"),
    );
  });

  it("agrees with reanchor, annotation by annotation, across several edits", () => {
    const insertAt = TALATAYE_2022.indexOf("== Background ==");
    const edited = (TALATAYE_2022.slice(0, insertAt) + "🙂 An inserted paragraph.\n\n" + TALATAYE_2022.slice(insertAt))
      .replace("did not occur", "had not occurred")
      .replace("At least 100 civilians were killed in Talataye in an ISGS attack on the town between March 21 and 23. ", "");
    // Scores may differ in the last digits: reanchorAll's position hint follows the edits.
    const withoutScore = (result: ReanchorResult) => ({ ...result, score: undefined });
    const alone = golden.map((annotation) => reanchor(annotation, edited));
    const together = reanchorAll(golden, TALATAYE_2022, edited);
    expect(together.map(withoutScore)).toEqual(alone.map(withoutScore));
    expect(together.map((r) => r.status)).toEqual(["fuzzy", "fuzzy", "moved", "anchored", "moved", "anchored", "moved"]);
  });

  it("searches for annotations whose stored offsets do not fit the old text", () => {
    const stale = { ...golden[0]!, start: 9_000, end: 9_074 };
    expect(reanchorAll([stale], TALATAYE_2022, TALATAYE_2022)).toMatchObject([
      { status: "moved", start: golden[0]!.start, end: golden[0]!.end },
    ]);
  });

  // Timings are printed by `npm run bench`; this checks the outcome at that scale.
  it("re-anchors all 10,000 annotations of a 1 MB text after a small edit, orphaning none", () => {
    const { statusCounts } = benchmarkReanchoring();
    expect(statusCounts.orphaned).toBe(0);
    expect(statusCounts.anchored + statusCounts.moved + statusCounts.fuzzy).toBe(10_000);
  });

  it("orphans the annotations of a deleted section rather than moving them to lookalikes", () => {
    const { text, annotations } = buildBenchmarkCorpus();
    const cutStart = text.indexOf("\n\n", Math.floor(text.length * 0.4));
    const cutEnd = text.indexOf("\n\n", cutStart + 50_000);
    const newText = text.slice(0, cutStart) + text.slice(cutEnd);

    const results = reanchorAll(annotations, text, newText);

    const inCut = annotations.filter((annotation) => annotation.start >= cutStart && annotation.end <= cutEnd);
    const orphaned = results.filter((result) => result.status === "orphaned");
    // The benchmark repeats its sentences with new citation numbers, so some
    // quotes near the cut find a near-copy; most find nothing.
    expect(orphaned.length).toBeGreaterThan(inCut.length / 2);
    expect(results).toHaveLength(annotations.length);
  });
});
