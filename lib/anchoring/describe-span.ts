import { type CodePointIndex, createCodePointIndex } from "@/lib/anchoring/code-point-index";
import {
  QUOTE_CONTEXT_LENGTH,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "@/lib/anchoring/selectors";

export type SpanError =
  | { code: "not_integer"; message: string; start: number; end: number }
  | { code: "reversed_span"; message: string; start: number; end: number }
  | { code: "empty_span"; message: string; start: number; end: number }
  | { code: "out_of_range"; message: string; start: number; end: number; textLength: number };

export type DescribeSpanResult =
  | { ok: true; position: TextPositionSelector; quote: TextQuoteSelector }
  | { ok: false; error: SpanError };

/**
 * Both selectors for the code point range [start, end) of `text`. Pass the
 * text's index when describing many spans of one text.
 */
export function describeSpan(
  text: string,
  start: number,
  end: number,
  index: CodePointIndex = createCodePointIndex(text),
): DescribeSpanResult {
  const error = validateSpan(start, end, index.length);
  if (error) return { ok: false, error };
  return {
    ok: true,
    position: { type: "TextPositionSelector", start, end },
    quote: {
      type: "TextQuoteSelector",
      exact: index.slice(start, end),
      prefix: index.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: index.slice(end, Math.min(index.length, end + QUOTE_CONTEXT_LENGTH)),
    },
  };
}

export function validateSpan(start: number, end: number, textLength: number): SpanError | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return { code: "not_integer", message: `Offsets must be integers, got ${start} and ${end}`, start, end };
  }
  if (Math.min(start, end) < 0 || Math.max(start, end) > textLength) {
    return {
      code: "out_of_range",
      message: `Span [${start}, ${end}) lies outside the text of ${textLength} code points`,
      start,
      end,
      textLength,
    };
  }
  if (start === end) {
    return { code: "empty_span", message: `Span at ${start} is empty`, start, end };
  }
  if (start > end) {
    return { code: "reversed_span", message: `Span ends at ${end} before it starts at ${start}`, start, end };
  }
  return null;
}
