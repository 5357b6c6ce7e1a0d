import { type CodePointIndex, countBelow, createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { validateSpan } from "@/lib/anchoring/describe-span";
import type { TextRange } from "@/lib/anchoring/match-quote";
import { type ReanchorOptions, type ReanchorResult, reanchor } from "@/lib/anchoring/reanchor";
import type { SpanAnchor } from "@/lib/anchoring/selectors";
import { type AlignedSegment, alignTexts } from "@/lib/anchoring/text-alignment";

/**
 * Re-anchors every annotation of `oldText` in `newText`, in input order, with
 * the same statuses as `reanchor`. The two texts are aligned once; an
 * annotation whose quote and context lie in an unchanged run only needs its
 * offsets shifted and checked, and only the few that touch an edit are
 * searched for, approximately only where the text changed (see
 * QuoteSearchOptions.changedRanges), so that a deleted section costs no more
 * than a small edit.
 */
export function reanchorAll(
  annotations: readonly SpanAnchor[],
  oldText: string,
  newText: string,
  options: Pick<ReanchorOptions, "minScore"> = {},
): ReanchorResult[] {
  const oldIndex = createCodePointIndex(oldText);
  const newIndex = createCodePointIndex(newText);
  const segments = alignTexts(oldText, newText);
  const segmentStarts = Int32Array.from(segments, (segment) => segment.oldStart);
  const changedRanges = changedRangesOf(segments, oldText.length, newText.length);

  return annotations.map((annotation) => {
    if (validateSpan(annotation.start, annotation.end, oldIndex.length) !== null) {
      return reanchor(annotation, newText, { ...options, index: newIndex });
    }
    const oldStart = oldIndex.toUtf16(annotation.start);
    const segment = segments[lastAtOrBefore(segmentStarts, oldStart - annotation.prefix.length)];
    const shifted = segment && shiftWithinSegment(annotation, oldStart, segment, newText, newIndex);
    if (shifted) return shifted;

    const hint = mapThroughSegments(segments, segmentStarts, oldStart);
    // Only a quote really taken from the old text can rely on what changed since.
    const isFromOldText = oldText.startsWith(annotation.exact, oldStart);
    return reanchor(annotation, newText, {
      ...options,
      index: newIndex,
      hintStart: newIndex.toCodePoint(hint),
      changedRanges: isFromOldText ? changedRanges : undefined,
    });
  });
}

/** The new text's ranges between unchanged runs; empty where text was only deleted. */
function changedRangesOf(segments: AlignedSegment[], oldLength: number, newLength: number): TextRange[] {
  const ranges: TextRange[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const { oldStart, newStart, length } of [...segments, { oldStart: oldLength, newStart: newLength, length: 0 }]) {
    if (oldStart > oldAt || newStart > newAt) ranges.push({ start: newAt, end: newStart });
    oldAt = oldStart + length;
    newAt = newStart + length;
  }
  return ranges;
}

/**
 * The annotation at its shifted offset when its quote and context lie wholly
 * in `segment` and the new text there really holds them (a stored quote that
 * disagrees with the old text is left to the search).
 */
function shiftWithinSegment(
  annotation: SpanAnchor,
  oldStart: number,
  segment: AlignedSegment,
  newText: string,
  newIndex: CodePointIndex,
): ReanchorResult | null {
  const windowStart = oldStart - annotation.prefix.length;
  const windowEnd = oldStart + annotation.exact.length + annotation.suffix.length;
  if (windowStart < segment.oldStart || windowEnd > segment.oldStart + segment.length) return null;

  const newStart = segment.newStart + (oldStart - segment.oldStart);
  const newEnd = newStart + annotation.exact.length;
  const holdsQuote =
    newText.startsWith(annotation.prefix, newStart - annotation.prefix.length) &&
    newText.startsWith(annotation.exact, newStart) &&
    newText.startsWith(annotation.suffix, newEnd);
  if (!holdsQuote) return null;

  const start = newIndex.toCodePoint(newStart);
  const end = newIndex.toCodePoint(newEnd);
  if (end - start !== annotation.end - annotation.start) return null;
  return { status: start === annotation.start ? "anchored" : "moved", start, end, score: 1 };
}

/** Where an old UTF-16 index most likely went: shifted with the nearest unchanged run before it. */
function mapThroughSegments(segments: AlignedSegment[], segmentStarts: Int32Array, oldIndex: number): number {
  const segment = segments[lastAtOrBefore(segmentStarts, oldIndex)];
  if (!segment) return oldIndex;
  return segment.newStart + Math.min(oldIndex - segment.oldStart, segment.length);
}

/** Index of the last value ≤ `value` in an ascending array of integers, or -1. */
function lastAtOrBefore(sorted: Int32Array, value: number): number {
  return countBelow(sorted, value + 1) - 1;
}
