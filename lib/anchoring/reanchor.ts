import { type CodePointIndex, createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { validateSpan } from "@/lib/anchoring/describe-span";
import {
  hasExactContext,
  type QuoteSearchOptions,
  quoteToPosition,
  scoreExactQuoteAt,
} from "@/lib/anchoring/match-quote";
import type { SpanAnchor } from "@/lib/anchoring/selectors";

export type ReanchorStatus = "anchored" | "moved" | "fuzzy" | "orphaned";

export type ReanchorResult =
  | { status: Exclude<ReanchorStatus, "orphaned">; start: number; end: number; score: number }
  | { status: "orphaned" };

export interface ReanchorOptions extends Pick<QuoteSearchOptions, "minScore" | "changedRanges"> {
  /** Index of the new text, when the caller already has one. */
  index?: CodePointIndex;
  /** Where the span is expected in the new text; defaults to its old start. */
  hintStart?: number;
}

/**
 * Finds an annotation's span in a new revision of its text:
 * - anchored: its old offsets still hold its quote (and no other occurrence
 *   of the quote fits its context better);
 * - moved: the exact quote is elsewhere, chosen by context then nearness;
 * - fuzzy: an approximate match reaching the minimum score;
 * - orphaned: nothing reaches the minimum score.
 * The old position only counts when it still holds the quote: a stale
 * position is ignored when the quote anchors elsewhere.
 */
export function reanchor(annotation: SpanAnchor, newText: string, options: ReanchorOptions = {}): ReanchorResult {
  const index = options.index ?? createCodePointIndex(newText);
  const { start, end } = annotation;
  const isQuoteInPlace = validateSpan(start, end, index.length) === null && index.slice(start, end) === annotation.exact;

  if (isQuoteInPlace && hasExactContext(newText, annotation, index.toUtf16(start))) {
    // Quote, context and position all agree: the highest score there is.
    return { status: "anchored", start, end, score: 1 };
  }

  const match = quoteToPosition(newText, annotation, options.hintStart ?? start, {
    index,
    minScore: options.minScore,
    changedRanges: options.changedRanges,
  });
  if (isQuoteInPlace && (!match || match.start === start)) {
    return { status: "anchored", start, end, score: match?.score ?? scoreExactQuoteAt(newText, annotation, start, index) };
  }
  if (!match) return { status: "orphaned" };
  return { status: match.isExact ? "moved" : "fuzzy", start: match.start, end: match.end, score: match.score };
}
