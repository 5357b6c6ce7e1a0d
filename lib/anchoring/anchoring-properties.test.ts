import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { describeSpan } from "@/lib/anchoring/describe-span";
import { quoteToPosition } from "@/lib/anchoring/match-quote";
import { reanchor } from "@/lib/anchoring/reanchor";
import { reanchorAll } from "@/lib/anchoring/reanchor-all";
import type { SpanAnchor } from "@/lib/anchoring/selectors";
import { sourceLine, textWithSpan } from "@/lib/anchoring/test-arbitraries";

function anchorOf(text: string, start: number, end: number): SpanAnchor {
  const described = describeSpan(text, start, end);
  if (!described.ok) throw new Error(described.error.message);
  return { start, end, ...described.quote };
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

const codePoints = (text: string) => createCodePointIndex(text).length;

/** A text with a span of at least `minLength` code points inside one of its lines. */
const textWithSpanInLine = (minLength: number) =>
  fc
    .tuple(fc.array(sourceLine(), { maxLength: 6 }), sourceLine(), fc.array(sourceLine(), { maxLength: 6 }))
    .filter(([, line]) => codePoints(line) >= minLength)
    .chain(([before, line, after]) => {
      const lineLength = codePoints(line);
      return fc
        .tuple(fc.nat({ max: lineLength - minLength }), fc.nat({ max: lineLength - minLength }))
        .map(([a, b]) => {
          const head = before.map((l) => `${l}\n`).join("");
          const start = codePoints(head) + Math.min(a, b);
          return { before: head, line, after: after.map((l) => `\n${l}`).join(""), start, end: start + minLength + Math.abs(a - b) };
        });
    });

describe("anchoring properties", () => {
  it("re-finds a described span from its quote", () => {
    fc.assert(
      fc.property(textWithSpan(), ({ text, start, end }) => {
        const anchor = anchorOf(text, start, end);
        expect(quoteToPosition(text, anchor, start)).toMatchObject({ start, end, isExact: true });
        if (occurrences(text, anchor.prefix + anchor.exact + anchor.suffix) === 1) {
          expect(quoteToPosition(text, anchor)).toMatchObject({ start, end });
        }
      }),
    );
  });

  it("reports a span as moved by the length of a paragraph inserted before it", () => {
    fc.assert(
      fc.property(textWithSpan(), sourceLine(), ({ text, start, end }, paragraph) => {
        const anchor = anchorOf(text, start, end);
        const inserted = `${paragraph}\n`;
        // Where the quote and its context recur, no text can say which copy was meant.
        fc.pre(occurrences(inserted + text, anchor.prefix + anchor.exact + anchor.suffix) === 1);
        const shift = codePoints(inserted);
        const expected = { status: "moved", start: start + shift, end: end + shift };
        expect(reanchor(anchor, inserted + text)).toMatchObject(expected);
        expect(reanchorAll([anchor], text, inserted + text)).toMatchObject([expected]);
      }),
    );
  });

  it("reports a span edited inside as fuzzy, in place", () => {
    fc.assert(
      fc.property(textWithSpanInLine(12), fc.nat(), ({ before, line, after, start, end }, pick) => {
        const text = before + line + after;
        const anchor = anchorOf(text, start, end);
        const chars = Array.from(text);
        chars[start + 3 + (pick % (end - start - 6))] = "§";
        const edited = chars.join("");
        fc.pre(!edited.includes(anchor.exact));
        expect(reanchor(anchor, edited)).toMatchObject({ status: "fuzzy", start, end });
        expect(reanchorAll([anchor], text, edited)).toMatchObject([{ status: "fuzzy", start, end }]);
      }),
    );
  });

  it("orphans a span whose passage was deleted, never taking a lookalike", () => {
    fc.assert(
      fc.property(textWithSpanInLine(8), ({ before, line, after, start, end }) => {
        const text = before + line + after;
        const anchor = anchorOf(text, start, end);
        const withoutLine = before + after.replace(/^\n/, "");
        fc.pre(!withoutLine.includes(anchor.exact));
        expect(reanchor(anchor, withoutLine)).toEqual({ status: "orphaned" });
        expect(reanchorAll([anchor], text, withoutLine)).toEqual([{ status: "orphaned" }]);
      }),
    );
  });

  it("ignores any stale position when the quote and its context are unique", () => {
    fc.assert(
      fc.property(textWithSpan(), fc.nat(), ({ text, start, end }, seed) => {
        const anchor = anchorOf(text, start, end);
        fc.pre(occurrences(text, anchor.prefix + anchor.exact + anchor.suffix) === 1);
        const staleStart = seed % (codePoints(text) + 1);
        fc.pre(staleStart !== start);
        expect(reanchor({ ...anchor, start: staleStart, end: staleStart + end - start }, text)).toMatchObject({
          status: "moved",
          start,
          end,
        });
      }),
    );
  });
});
