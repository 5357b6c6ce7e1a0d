import type { ReaderHighlight } from "@/components/source-reader/highlight-types";

/**
 * A stretch of text covered by the same set of highlights. Overlapping and
 * nested highlights become consecutive segments, so each character is drawn
 * once with everything that covers it, and nesting depth can be shown.
 */
export interface HighlightSegment {
  start: number;
  end: number;
  /** Outermost first: by start, then the longer first. */
  highlights: ReaderHighlight[];
}

/** Orders highlights outermost first: by start, then by end descending. */
export function sortHighlights(highlights: readonly ReaderHighlight[]): ReaderHighlight[] {
  return [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Splits highlights, sorted by sortHighlights and clamped to the text, at
 * every start and end. One sweep; empty highlights are dropped.
 */
export function segmentHighlights(sorted: readonly ReaderHighlight[]): HighlightSegment[] {
  const spans = sorted.filter((highlight) => highlight.end > highlight.start);
  const boundaries = [...new Set(spans.flatMap((highlight) => [highlight.start, highlight.end]))].sort((a, b) => a - b);

  const segments: HighlightSegment[] = [];
  let active: ReaderHighlight[] = [];
  let next = 0;
  for (let i = 0; i < boundaries.length - 1; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    active = active.filter((highlight) => highlight.end > start);
    while (next < spans.length && spans[next]!.start === start) active.push(spans[next++]!);
    if (active.length > 0) segments.push({ start, end, highlights: active });
  }
  return segments;
}
