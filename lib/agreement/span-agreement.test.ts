import { describe, expect, it } from "vitest";
import { overlapsByHalf, spanAgreement, type CharacterSpan } from "./span-agreement";

const span = (start: number, end: number): CharacterSpan => ({ start, end });

describe("overlap by at least half", () => {
  it("matches identical spans", () => {
    expect(overlapsByHalf(span(10, 30), span(10, 30))).toBe(true);
  });

  it("does not match touching spans: ranges are half-open", () => {
    expect(overlapsByHalf(span(0, 10), span(10, 20))).toBe(false);
  });

  it("does not match spans that share nothing", () => {
    expect(overlapsByHalf(span(0, 10), span(50, 60))).toBe(false);
  });

  it("matches a nested span that is at least half the outer one, and not a shorter one", () => {
    expect(overlapsByHalf(span(0, 20), span(5, 15))).toBe(true); // 10 of 20
    expect(overlapsByHalf(span(5, 15), span(0, 20))).toBe(true); // symmetric
    expect(overlapsByHalf(span(0, 20), span(5, 14))).toBe(false); // 9 of 20
    expect(overlapsByHalf(span(0, 200), span(90, 95))).toBe(false); // a word inside a paragraph
  });

  it("counts exactly half, of the longer span", () => {
    expect(overlapsByHalf(span(0, 10), span(5, 15))).toBe(true); // 5 of 10 each
    expect(overlapsByHalf(span(0, 10), span(6, 16))).toBe(false); // 4 of 10
    expect(overlapsByHalf(span(0, 10), span(5, 21))).toBe(false); // 5 of 10, but 5 of 16
  });
});

describe("span agreement per coder pair", () => {
  it("is 1 when both coders highlighted the same spans", () => {
    const spans = new Map([
      ["a", [span(0, 10), span(40, 60)]],
      ["b", [span(40, 60), span(0, 10)]],
    ]);
    expect(spanAgreement(["a", "b"], spans)).toEqual([{ coderA: "a", coderB: "b", share: 1, spans: 4, matchedSpans: 4 }]);
  });

  it("is the share of spans that found a partner, over both coders' spans", () => {
    const spans = new Map([
      ["a", [span(0, 10), span(40, 60), span(100, 120)]],
      ["b", [span(2, 11), span(200, 210)]],
    ]);
    // a[0,10) and b[2,11) match; three spans of five have no partner.
    expect(spanAgreement(["a", "b"], spans)[0]).toEqual({ coderA: "a", coderB: "b", share: 2 / 5, spans: 5, matchedSpans: 2 });
  });

  it("matches one to one: a long span does not pair with two halves", () => {
    const spans = new Map([
      ["a", [span(0, 10)]],
      ["b", [span(0, 5), span(5, 10)]],
    ]);
    expect(spanAgreement(["a", "b"], spans)[0]).toMatchObject({ share: 2 / 3, matchedSpans: 2, spans: 3 });
  });

  it("finds the largest matching, not the first one seen", () => {
    // a[0,10) matches b[0,10) and b[4,14); a[0,6) matches only b[0,10). First fit would pair a[0,10) with
    // b[0,10) and leave a[0,6) alone; the matching moves a[0,10) to b[4,14).
    const spans = new Map([
      ["a", [span(0, 10), span(0, 6)]],
      ["b", [span(0, 10), span(4, 14)]],
    ]);
    expect(spanAgreement(["a", "b"], spans)[0]).toMatchObject({ share: 1, matchedSpans: 4 });
  });

  it("is 0 against a coder with no spans, and null when neither has one", () => {
    const spans = new Map([["a", [span(0, 10)]]]);
    expect(spanAgreement(["a", "b", "c"], spans)).toEqual([
      { coderA: "a", coderB: "b", share: 0, spans: 1, matchedSpans: 0 },
      { coderA: "a", coderB: "c", share: 0, spans: 1, matchedSpans: 0 },
      { coderA: "b", coderB: "c", share: null, spans: 0, matchedSpans: 0 },
    ]);
  });

  it("counts a coder's identical ranges once (two claims on one highlight)", () => {
    const spans = new Map([
      ["a", [span(0, 10), span(0, 10)]],
      ["b", [span(0, 10)]],
    ]);
    expect(spanAgreement(["a", "b"], spans)[0]).toMatchObject({ share: 1, spans: 2 });
  });

  it("refuses a range that is empty or reversed", () => {
    expect(() => spanAgreement(["a", "b"], new Map([["a", [span(5, 5)]]]))).toThrow(RangeError);
    expect(() => spanAgreement(["a", "b"], new Map([["a", [span(9, 3)]]]))).toThrow(RangeError);
  });
});
