/**
 * Anchoring offsets count Unicode code points of a revision's text, while
 * JavaScript strings, approx-string-match and ProseMirror count UTF-16 units.
 * An index is built once per text so that each conversion is a binary search
 * over the astral (two-unit) characters only; a text without astral characters,
 * the usual case, converts by identity.
 */
export interface CodePointIndex {
  readonly text: string;
  /** Length of the text in code points. */
  readonly length: number;
  readonly hasAstral: boolean;
  /** UTF-16 index of a code point offset in [0, length]. */
  toUtf16(offset: number): number;
  /**
   * Code point offset of a UTF-16 index in [0, text.length]. An index that falls
   * between the two halves of a surrogate pair is rounded to the start ("down")
   * or the end ("up") of that character.
   */
  toCodePoint(utf16Index: number, rounding?: Rounding): number;
  /** The text between two code point offsets. */
  slice(start: number, end: number): string;
}

export type Rounding = "down" | "up";

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

export function createCodePointIndex(text: string): CodePointIndex {
  if (!SURROGATE_PAIR.test(text)) {
    return {
      text,
      length: text.length,
      hasAstral: false,
      toUtf16: (offset) => offset,
      toCodePoint: (utf16Index) => utf16Index,
      slice: (start, end) => text.slice(start, end),
    };
  }
  return createAstralIndex(text);
}

function createAstralIndex(text: string): CodePointIndex {
  const utf16Starts = findAstralStarts(text);
  // The k-th astral character starts at code point utf16Starts[k] - k, because
  // each astral character before it takes one extra UTF-16 unit.
  const codePointStarts = utf16Starts.map((start, k) => start - k);

  const toUtf16 = (offset: number) => offset + countBelow(codePointStarts, offset);

  const toCodePoint = (utf16Index: number, rounding: Rounding = "down") => {
    const before = countBelow(utf16Starts, utf16Index);
    const offset = utf16Index - before;
    const isInsidePair = before > 0 && utf16Starts[before - 1] === utf16Index - 1;
    return isInsidePair && rounding === "up" ? offset + 1 : offset;
  };

  return {
    text,
    length: text.length - utf16Starts.length,
    hasAstral: true,
    toUtf16,
    toCodePoint,
    slice: (start, end) => text.slice(toUtf16(start), toUtf16(end)),
  };
}

function findAstralStarts(text: string): Int32Array {
  const starts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        starts.push(i);
        i++;
      }
    }
  }
  return Int32Array.from(starts);
}

/** How many values of the ascending array are strictly below `value`. */
export function countBelow(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
