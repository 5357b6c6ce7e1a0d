import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { TALATAYE_2022 } from "@/lib/anchoring/fixtures/corpus";
import { TALATAYE_GOLDEN_ANCHORS } from "@/lib/anchoring/fixtures/talataye-anchors";
import { createPositionMap } from "@/lib/anchoring/position-map";
import { buildReaderDocument, sectionReaderDocument } from "@/lib/anchoring/reader-document";
import { sourceText, textWithSpan } from "@/lib/anchoring/test-arbitraries";
import { toProseMirrorDoc } from "@/lib/anchoring/test-reader-schema";

describe("createPositionMap", () => {
  const doc = toProseMirrorDoc(buildReaderDocument(TALATAYE_2022));
  const map = createPositionMap(TALATAYE_2022);

  it("sizes the document as ProseMirror does", () => {
    expect(map.docSize).toBe(doc.content.size);
  });

  it.each(TALATAYE_GOLDEN_ANCHORS)("maps $name to the doc range holding its words", (golden) => {
    const { from, to } = map.textRangeToDocRange(golden.start, golden.end);
    expect(doc.textBetween(from, to, "\n")).toBe(golden.exact);
    expect(map.docRangeToTextRange(from, to)).toEqual({ start: golden.start, end: golden.end });
  });

  it("maps both occurrences of Ménaka", () => {
    for (const start of [997, 1448]) {
      const { from, to } = map.textRangeToDocRange(start, start + 6);
      expect(doc.textBetween(from, to)).toBe("Ménaka");
    }
  });

  it("includes the newline when a selection crosses a block boundary", () => {
    const paragraphEnd = TALATAYE_2022.indexOf("\n\n== Battle ==");
    const from = map.textOffsetToDocPos(paragraphEnd - 5);
    const to = map.textOffsetToDocPos(paragraphEnd + 4);
    expect(doc.resolve(from).parent).not.toBe(doc.resolve(to).parent);
    const range = map.docRangeToTextRange(to, from);
    expect(TALATAYE_2022.slice(range.start, range.end)).toBe("town.\n\n==");
  });

  it("maps the position between two blocks to the start of the second line", () => {
    const text = "ab\ncd";
    expect(createPositionMap(text).docPosToTextOffset(4)).toBe(3);
    expect(createPositionMap(text).docPosToTextOffset(0)).toBe(0);
    expect(createPositionMap(text).docPosToTextOffset(8)).toBe(5);
  });

  it("counts an emoji as one offset but two positions, rounding inside it as asked", () => {
    const positions = createPositionMap("a🙂b\n🙂");
    expect([0, 1, 2, 3, 4, 5].map(positions.textOffsetToDocPos)).toEqual([1, 2, 4, 5, 7, 9]);
    expect(positions.docPosToTextOffset(3, "down")).toBe(1);
    expect(positions.docPosToTextOffset(3, "up")).toBe(2);
    expect(positions.docRangeToTextRange(3, 8)).toEqual({ start: 1, end: 5 });
  });

  it("round-trips every offset of any text through a doc position inside a textblock", () => {
    fc.assert(
      fc.property(sourceText(), (text) => {
        const positions = createPositionMap(text);
        const built = toProseMirrorDoc(buildReaderDocument(text));
        expect(positions.docSize).toBe(built.content.size);
        for (let offset = 0; offset <= createCodePointIndex(text).length; offset++) {
          const pos = positions.textOffsetToDocPos(offset);
          expect(built.resolve(pos).parent.isTextblock).toBe(true);
          expect(positions.docPosToTextOffset(pos)).toBe(offset);
        }
      }),
    );
  });

  it("maps any span to the doc range whose text is the span's text", () => {
    fc.assert(
      fc.property(textWithSpan(), ({ text, start, end }) => {
        const positions = createPositionMap(text);
        const built = toProseMirrorDoc(buildReaderDocument(text));
        const { from, to } = positions.textRangeToDocRange(start, end);
        expect(built.textBetween(from, to, "\n")).toBe(createCodePointIndex(text).slice(start, end));
      }),
    );
  });

  it("maps every doc position to an offset, in order", () => {
    fc.assert(
      fc.property(sourceText(), (text) => {
        const positions = createPositionMap(text);
        const length = createCodePointIndex(text).length;
        let previous = 0;
        for (let pos = 0; pos <= positions.docSize; pos++) {
          const offset = positions.docPosToTextOffset(pos);
          expect(offset).toBeGreaterThanOrEqual(previous);
          expect(offset).toBeLessThanOrEqual(length);
          previous = offset;
        }
      }),
    );
  });
});

describe("createPositionMap with sections", () => {
  const sectioned = (text: string, linesPerSection: number) => ({
    positions: createPositionMap(text, createCodePointIndex(text), linesPerSection),
    built: toProseMirrorDoc(sectionReaderDocument(buildReaderDocument(text), linesPerSection)),
  });
  const linesPerSection = fc.integer({ min: 1, max: 4 });

  it("maps the golden anchors of the Talataye article, sized as ProseMirror does", () => {
    const { positions, built } = sectioned(TALATAYE_2022, 8);
    expect(positions.docSize).toBe(built.content.size);
    for (const golden of TALATAYE_GOLDEN_ANCHORS) {
      const { from, to } = positions.textRangeToDocRange(golden.start, golden.end);
      expect(built.textBetween(from, to, "\n")).toBe(golden.exact);
      expect(positions.docRangeToTextRange(from, to)).toEqual({ start: golden.start, end: golden.end });
    }
  });

  it("round-trips every offset of any text through a doc position inside a textblock", () => {
    fc.assert(
      fc.property(sourceText(), linesPerSection, (text, lines) => {
        const { positions, built } = sectioned(text, lines);
        expect(positions.docSize).toBe(built.content.size);
        for (let offset = 0; offset <= createCodePointIndex(text).length; offset++) {
          const pos = positions.textOffsetToDocPos(offset);
          expect(built.resolve(pos).parent.isTextblock).toBe(true);
          expect(positions.docPosToTextOffset(pos)).toBe(offset);
        }
      }),
    );
  });

  it("maps any span to the doc range whose text is the span's text", () => {
    fc.assert(
      fc.property(textWithSpan(), linesPerSection, ({ text, start, end }, lines) => {
        const { positions, built } = sectioned(text, lines);
        const { from, to } = positions.textRangeToDocRange(start, end);
        expect(built.textBetween(from, to, "\n")).toBe(createCodePointIndex(text).slice(start, end));
      }),
    );
  });

  it("maps every doc position, section boundaries included, to an offset, in order", () => {
    fc.assert(
      fc.property(sourceText(), linesPerSection, (text, lines) => {
        const { positions } = sectioned(text, lines);
        const length = createCodePointIndex(text).length;
        let previous = 0;
        for (let pos = 0; pos <= positions.docSize; pos++) {
          const offset = positions.docPosToTextOffset(pos);
          expect(offset).toBeGreaterThanOrEqual(previous);
          expect(offset).toBeLessThanOrEqual(length);
          previous = offset;
        }
      }),
    );
  });
});

