import { type CodePointIndex, countBelow, createCodePointIndex, type Rounding } from "@/lib/anchoring/code-point-index";

/**
 * Translates between code point offsets of a revision text and positions in
 * the document buildReaderDocument makes of it. ProseMirror counts UTF-16
 * units and gives each textblock one position for its opening and one for its
 * closing, so line i's first character sits at doc position
 * (UTF-16 index of the line start) + 1 + i.
 *
 * The newline that ends a line maps to the end of that line's block; offsets
 * therefore map one-to-one onto positions inside textblocks, and a selection
 * that crosses a block boundary maps to a text range holding the newline.
 *
 * With `linesPerSection`, the document is the one sectionReaderDocument makes:
 * before line i come also the opening of its section and the opening and
 * closing of the floor(i / linesPerSection) sections before it.
 */
export interface PositionMap {
  /** Size of the document's content, i.e. the largest position. */
  readonly docSize: number;
  /** Doc position of a code point offset in [0, text length]. */
  textOffsetToDocPos(offset: number): number;
  /**
   * Code point offset of a doc position in [0, docSize]. The position between
   * two blocks maps to the start of the second line; a position inside an
   * astral character is rounded as asked.
   */
  docPosToTextOffset(pos: number, rounding?: Rounding): number;
  textRangeToDocRange(start: number, end: number): { from: number; to: number };
  /** The code point range covering doc positions [from, to], in either order. */
  docRangeToTextRange(from: number, to: number): { start: number; end: number };
}

export function createPositionMap(
  text: string,
  index: CodePointIndex = createCodePointIndex(text),
  linesPerSection?: number,
): PositionMap {
  const newlines = findNewlines(text);
  const lineCount = newlines.length + 1;
  /** Positions taken before line i's block by section boundaries. */
  const sectionShift = (line: number) => (linesPerSection ? 2 * Math.floor(line / linesPerSection) + 1 : 0);
  // Content start of line i is lineStart(i) + 1 + i + sectionShift(i); ascending, so searchable.
  const contentStarts = new Int32Array(lineCount);
  contentStarts[0] = 1 + sectionShift(0);
  newlines.forEach((newline, i) => {
    const line = i + 1;
    const lineStartUtf16 = newline + 1;
    contentStarts[line] = lineStartUtf16 + 1 + line + sectionShift(line);
  });

  const lineStart = (line: number) => (line === 0 ? 0 : newlines[line - 1]! + 1);
  const lineEnd = (line: number) => (line < newlines.length ? newlines[line]! : text.length);

  const textOffsetToDocPos = (offset: number) => {
    const utf16 = index.toUtf16(offset);
    const line = countBelow(newlines, utf16);
    return utf16 + 1 + line + sectionShift(line);
  };

  const docPosToTextOffset = (pos: number, rounding: Rounding = "down") => {
    const line = countBelow(contentStarts, pos + 1) - 1;
    if (line < 0) return 0;
    const utf16 = lineStart(line) + (pos - contentStarts[line]!);
    if (utf16 > lineEnd(line)) return index.toCodePoint(Math.min(text.length, lineEnd(line) + 1));
    return index.toCodePoint(utf16, rounding);
  };

  return {
    docSize: text.length + newlines.length + 2 + (linesPerSection ? 2 * Math.ceil(lineCount / linesPerSection) : 0),
    textOffsetToDocPos,
    docPosToTextOffset,
    textRangeToDocRange: (start, end) => ({ from: textOffsetToDocPos(start), to: textOffsetToDocPos(end) }),
    docRangeToTextRange: (from, to) => ({
      start: docPosToTextOffset(Math.min(from, to), "down"),
      end: docPosToTextOffset(Math.max(from, to), "up"),
    }),
  };
}

function findNewlines(text: string): Int32Array {
  const positions: number[] = [];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) positions.push(at);
  return Int32Array.from(positions);
}
