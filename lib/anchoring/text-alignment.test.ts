import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TALATAYE_2022 } from "@/lib/anchoring/fixtures/corpus";
import { type AlignedSegment, alignTexts } from "@/lib/anchoring/text-alignment";

function expectValidAlignment(oldText: string, newText: string, segments: AlignedSegment[]) {
  let oldEnd = 0;
  let newEnd = 0;
  for (const segment of segments) {
    expect(segment.length).toBeGreaterThan(0);
    expect(segment.oldStart).toBeGreaterThanOrEqual(oldEnd);
    expect(segment.newStart).toBeGreaterThanOrEqual(newEnd);
    expect(newText.slice(segment.newStart, segment.newStart + segment.length)).toBe(
      oldText.slice(segment.oldStart, segment.oldStart + segment.length),
    );
    oldEnd = segment.oldStart + segment.length;
    newEnd = segment.newStart + segment.length;
  }
}

const covered = (segments: AlignedSegment[]) => segments.reduce((sum, segment) => sum + segment.length, 0);

describe("alignTexts", () => {
  it("aligns identical texts as one run", () => {
    expect(alignTexts(TALATAYE_2022, TALATAYE_2022)).toEqual([
      { oldStart: 0, newStart: 0, length: TALATAYE_2022.length },
    ]);
  });

  it("finds the runs between an insertion near the start and an edit in the middle", () => {
    const insertAt = TALATAYE_2022.indexOf("== Background ==");
    const inserted = "A new paragraph.\n\n";
    const withInsertion = TALATAYE_2022.slice(0, insertAt) + inserted + TALATAYE_2022.slice(insertAt);
    const edited = withInsertion.replace("did not occur", "never happened");
    const segments = alignTexts(TALATAYE_2022, edited);

    expectValidAlignment(TALATAYE_2022, edited, segments);
    expect(covered(segments)).toBe(TALATAYE_2022.length - "did not occur".length);
    const middle = TALATAYE_2022.indexOf("The Islamic State attacked");
    expect(segments.find((s) => s.oldStart <= middle && middle < s.oldStart + s.length)).toMatchObject({
      newStart: expect.any(Number),
    });
  });

  it("never splits a surrogate pair", () => {
    const segments = alignTexts("ab🙂cd", "ab🙃cd");
    expect(segments).toEqual([
      { oldStart: 0, newStart: 0, length: 2 },
      { oldStart: 4, newStart: 4, length: 2 },
    ]);
  });

  it("returns valid runs for arbitrary edits", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), (a, b) => {
        expectValidAlignment(a, b, alignTexts(a, b));
      }),
    );
  });
});
