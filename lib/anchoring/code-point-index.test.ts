import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { sourceText } from "@/lib/anchoring/test-arbitraries";

describe("createCodePointIndex", () => {
  it("converts by identity when the text has no astral characters, é and – included", () => {
    const index = createCodePointIndex("Ménaka, 6–7 September");
    expect(index.hasAstral).toBe(false);
    expect(index.length).toBe(21);
    expect(index.toUtf16(7)).toBe(7);
    expect(index.toCodePoint(7)).toBe(7);
    expect(index.slice(8, 11)).toBe("6–7");
  });

  it("counts an emoji as one code point and two UTF-16 units", () => {
    const index = createCodePointIndex("a🙂b🙂c");
    expect(index.hasAstral).toBe(true);
    expect(index.length).toBe(5);
    expect([0, 1, 2, 3, 4, 5].map(index.toUtf16)).toEqual([0, 1, 3, 4, 6, 7]);
    expect([0, 1, 3, 4, 6, 7].map((utf16) => index.toCodePoint(utf16))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(index.slice(1, 4)).toBe("🙂b🙂");
  });

  it("rounds an index between the halves of a pair to either side of the character", () => {
    const index = createCodePointIndex("a🙂b");
    expect(index.toCodePoint(2, "down")).toBe(1);
    expect(index.toCodePoint(2, "up")).toBe(2);
  });

  it("counts a lone surrogate as one code point, like the string iterator", () => {
    const text = "a\uD83Db🙂";
    expect(createCodePointIndex(text).length).toBe(Array.from(text).length);
  });

  it("agrees with the string iterator on every offset", () => {
    fc.assert(
      fc.property(sourceText(), (text) => {
        const index = createCodePointIndex(text);
        const codePoints = Array.from(text);
        expect(index.length).toBe(codePoints.length);
        let utf16 = 0;
        for (let offset = 0; offset <= codePoints.length; offset++) {
          expect(index.toUtf16(offset)).toBe(utf16);
          expect(index.toCodePoint(utf16)).toBe(offset);
          utf16 += codePoints[offset]?.length ?? 0;
        }
      }),
    );
  });
});
