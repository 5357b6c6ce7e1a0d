import search from "approx-string-match";
import { type CodePointIndex, createCodePointIndex } from "@/lib/anchoring/code-point-index";
import type { QuoteContext } from "@/lib/anchoring/selectors";

/**
 * The lowest score at which a quote is considered found. Scores weigh the
 * quote's similarity 50, the prefix's 20, the suffix's 20 and the closeness to
 * the expected position 2 (the Hypothesis client's weights), normalised to 1.
 *
 * The Hypothesis client accepts its best candidate whatever its score, so a
 * deleted passage re-anchors to whatever looks a little like it. At 0.75:
 * - the exact quote with one side of its context intact scores at least
 *   (50 + 20) / 92 ≈ 0.76, so quotes that moved with their surroundings are
 *   always found;
 * - an edited quote keeping both sides of its context needs a quote
 *   similarity of about 0.55, i.e. it survives rewording of up to ~45%;
 * - any candidate whose context was rewritten on both sides, however close
 *   its quote, needs the two sides to score about 0.85 together. Unrelated
 *   prose scores about 0.25 per side and rarely above 0.5 (measured on the
 *   corpus), so a phrase or lookalike that reappears elsewhere does not
 *   capture the annotation: it is orphaned. The price is that a whole block
 *   moved to entirely new surroundings is orphaned too.
 */
export const MIN_QUOTE_SCORE = 0.75;

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Units of context next to a fuzzy match's boundary used to place that boundary. */
const SNAP_CONTEXT_LENGTH = 16;
/** UTF-16 units searched on each side of the expected position before the whole text. */
const FUZZY_WINDOW = 2048;
const MAX_FUZZY_ERRORS = 256;

export interface QuoteMatch {
  /** Code point offsets in the searched text. */
  start: number;
  end: number;
  /** 0–1, see MIN_QUOTE_SCORE; for a fuzzy match, that of the match before snapToContext. */
  score: number;
  /** Whether the matched text equals the quote. */
  isExact: boolean;
}

export interface QuoteSearchOptions {
  /** Index of the searched text, when the caller already has one. */
  index?: CodePointIndex;
  minScore?: number;
  /**
   * UTF-16 ranges of the text that differ from the revision the quote was
   * taken from. A reworded passage must overlap one of them, so the
   * approximate search looks only there: unchanged text can hold nothing but
   * lookalikes that were already beside the quote when it was taken.
   * Ascending; an empty range marks where text was deleted.
   */
  changedRanges?: readonly TextRange[];
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where `quote.exact` is in `text`: among exact occurrences the one whose
 * context matches best, then the one nearest `hintStart` (a code point offset);
 * failing that, the best approximate match, searched first near the hint and
 * then in the whole text (or only around `changedRanges`). Null when no
 * candidate reaches the minimum score.
 */
export function quoteToPosition(
  text: string,
  quote: QuoteContext,
  hintStart?: number,
  options: QuoteSearchOptions = {},
): QuoteMatch | null {
  if (quote.exact.length === 0) return null;
  const index = options.index ?? createCodePointIndex(text);
  const minScore = options.minScore ?? MIN_QUOTE_SCORE;
  const hint = hintStart === undefined ? undefined : index.toUtf16(clamp(hintStart, 0, index.length));
  const scorer = createScorer(text, quote, hint);

  const occurrences = findOccurrences(text, quote.exact);
  const exact = bestExactMatch(text, quote, occurrences, scorer);
  if (exact && exact.score >= minScore) return toCodePoints(exact, index, true);

  // Every exact occurrence scored too low. They are cut out of the search:
  // approx-string-match reports only the fewest-error matches, so they would
  // hide a reworded passage.
  const searchable = (ranges: readonly TextRange[]) => subtract(ranges, occurrences, quote.exact.length);
  const fuzzy = bestFuzzyMatch(text, quote, hint, scorer, minScore, options.changedRanges, searchable);
  return fuzzy ? toCodePoints(snapToContext(text, quote, fuzzy), index, false) : null;
}

/**
 * Score of the exact quote at a known code point position, on the same scale
 * as quoteToPosition's matches.
 */
export function scoreExactQuoteAt(
  text: string,
  quote: QuoteContext,
  start: number,
  index: CodePointIndex = createCodePointIndex(text),
): number {
  const startUtf16 = index.toUtf16(start);
  return createScorer(text, quote, startUtf16)(startUtf16, startUtf16 + quote.exact.length, 0);
}

interface Candidate {
  start: number;
  end: number;
  score: number;
}

/** Scores a candidate given in UTF-16 units. */
type Scorer = (start: number, end: number, errors: number) => number;

function createScorer(text: string, quote: QuoteContext, hint: number | undefined): Scorer {
  return (start, end, errors) => {
    const quoteScore = 1 - errors / quote.exact.length;
    const prefixScore = textMatchScore(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
    const suffixScore = textMatchScore(text.slice(end, end + quote.suffix.length), quote.suffix);
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(start - hint) / Math.max(1, text.length);
    return (
      (QUOTE_WEIGHT * quoteScore +
        PREFIX_WEIGHT * prefixScore +
        SUFFIX_WEIGHT * suffixScore +
        POSITION_WEIGHT * positionScore) /
      TOTAL_WEIGHT
    );
  };
}

/** Similarity of `actual` to `expected` between 0 and 1; no expectation matches anything. */
function textMatchScore(actual: string, expected: string): number {
  if (expected.length === 0 || actual === expected) return 1;
  if (actual.length === 0) return 0;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

function findOccurrences(text: string, needle: string): number[] {
  const occurrences: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) occurrences.push(at);
  return occurrences;
}

function bestExactMatch(text: string, quote: QuoteContext, occurrences: number[], score: Scorer): Candidate | null {
  if (occurrences.length === 0) return null;

  // Occurrences whose context is intact outrank all others, so the costlier
  // approximate context scoring is only needed when there are none.
  const inContext = occurrences.filter((at) => hasExactContext(text, quote, at));
  const candidates = inContext.length > 0 ? inContext : occurrences;
  return pickBest(
    candidates.map((at) => {
      const end = at + quote.exact.length;
      return { start: at, end, score: score(at, end, 0) };
    }),
  );
}

/** Whether the quote's prefix and suffix surround the UTF-16 index `at` of `text`. */
export function hasExactContext(text: string, quote: QuoteContext, at: number): boolean {
  const prefixStart = at - quote.prefix.length;
  return (
    prefixStart >= 0 &&
    text.startsWith(quote.prefix, prefixStart) &&
    text.startsWith(quote.suffix, at + quote.exact.length)
  );
}

function bestFuzzyMatch(
  text: string,
  quote: QuoteContext,
  hint: number | undefined,
  score: Scorer,
  minScore: number,
  changedRanges: readonly TextRange[] | undefined,
  searchable: (ranges: readonly TextRange[]) => TextRange[],
): Candidate | null {
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.exact.length / 2));
  if (maxErrors === 0) return null;

  const searchIn = (ranges: readonly TextRange[]) => {
    const candidates = searchable(ranges).flatMap(({ start, end }) =>
      search(text.slice(start, end), quote.exact, maxErrors).map((m) => ({
        start: start + m.start,
        end: start + m.end,
        score: score(start + m.start, start + m.end, m.errors),
      })),
    );
    const best = pickBest(candidates);
    return best && best.score >= minScore ? best : null;
  };

  if (changedRanges) return searchIn(widen(changedRanges, quote.exact.length + maxErrors, text.length));
  if (hint !== undefined) {
    const window = { start: Math.max(0, hint - FUZZY_WINDOW), end: Math.min(text.length, hint + quote.exact.length + FUZZY_WINDOW) };
    const nearby = searchIn([window]);
    if (nearby || (window.start === 0 && window.end === text.length)) return nearby;
  }
  return searchIn([{ start: 0, end: text.length }]);
}

/** Ranges widened by `margin` on both sides, clamped and merged where they meet. */
function widen(ranges: readonly TextRange[], margin: number, length: number): TextRange[] {
  const widened: TextRange[] = [];
  for (const range of ranges) {
    const start = Math.max(0, range.start - margin);
    const end = Math.min(length, range.end + margin);
    const last = widened[widened.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else widened.push({ start, end });
  }
  return widened;
}

/** Ascending ranges minus the spans [at, at + length) of ascending `occurrences`. */
function subtract(ranges: readonly TextRange[], occurrences: readonly number[], length: number): TextRange[] {
  const pieces: TextRange[] = [];
  let next = 0;
  for (const range of ranges) {
    let start = range.start;
    while (next < occurrences.length && occurrences[next]! + length <= start) next++;
    for (let i = next; i < occurrences.length && occurrences[i]! < range.end; i++) {
      if (occurrences[i]! > start) pieces.push({ start, end: occurrences[i]! });
      start = Math.max(start, occurrences[i]! + length);
    }
    if (start < range.end) pieces.push({ start, end: range.end });
  }
  return pieces;
}

/**
 * An approximate match ends wherever its edit cost is lowest, which after a
 * rewording is often inside the new words ("air strikes did not t"). When the
 * context next to a boundary is intact within the error budget, the boundary
 * is moved to meet it, so the span covers exactly what replaced the quote.
 */
function snapToContext(text: string, quote: QuoteContext, match: Candidate): Candidate {
  const slack = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.exact.length / 2));
  const prefixTail = quote.prefix.slice(-SNAP_CONTEXT_LENGTH);
  const suffixHead = quote.suffix.slice(0, SNAP_CONTEXT_LENGTH);
  const prefixAt = nearestOccurrence(text, prefixTail, match.start - prefixTail.length, slack);
  const suffixAt = nearestOccurrence(text, suffixHead, match.end, slack);
  const start = prefixAt === null ? match.start : prefixAt + prefixTail.length;
  const end = suffixAt ?? match.end;
  return start < end ? { ...match, start, end } : match;
}

/** The occurrence of `needle` starting nearest `expected`, at most `slack` away. */
function nearestOccurrence(text: string, needle: string, expected: number, slack: number): number | null {
  if (needle.length === 0) return null;
  const from = Math.max(0, expected - slack);
  const region = text.slice(from, expected + slack + needle.length);
  let nearest: number | null = null;
  for (let at = region.indexOf(needle); at !== -1; at = region.indexOf(needle, at + 1)) {
    if (nearest === null || Math.abs(from + at - expected) < Math.abs(nearest - expected)) nearest = from + at;
  }
  return nearest;
}

function pickBest(candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) {
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

function toCodePoints(candidate: Candidate, index: CodePointIndex, isExact: boolean): QuoteMatch {
  return {
    start: index.toCodePoint(candidate.start, "down"),
    end: index.toCodePoint(candidate.end, "up"),
    score: candidate.score,
    isExact,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
