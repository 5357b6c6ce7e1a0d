/**
 * Span agreement: how far two coders highlighted the same evidence. A span
 * of one coder is matched when a span of the other overlaps it by at least
 * half; each span is matched at most once; the share is matched spans over
 * all spans of the pair (2·matches / (|A| + |B|), the Dice coefficient of the
 * two sets of spans).
 *
 * "Overlap by at least half" means: the characters the two ranges share are at
 * least half of the LONGER range (2·overlap ≥ max(|a|, |b|)), hence at least half
 * of each. Half of the shorter would match a single word against the paragraph
 * it stands in, which is not the same evidence. Jaccard ≥ ½ (overlap ≥ half the
 * union) agrees on nested spans but refuses two equal spans shifted by half
 * their length, which "overlap by at least half" plainly admits.
 * The rule is symmetric, and exactly half counts (a 10-character span against
 * its first 5 characters matches). Ranges are half-open [start, end), so spans
 * that only touch (one ends where the other starts) share nothing.
 *
 * Matching is one to one (a maximum bipartite matching), so one long span of A
 * cannot match two spans of B: [0, 10) against [0, 5) and [5, 10) matches once.
 */

export interface CharacterSpan {
  /** First character, counted from 0. */
  start: number;
  /** One past the last character. */
  end: number;
}

export interface PairSpanAgreement {
  coderA: string;
  coderB: string;
  /** Matched spans over all spans of the two coders; null when neither has a span. */
  share: number | null;
  /** The spans of both coders, identical ranges of one coder counted once. */
  spans: number;
  matchedSpans: number;
}

/** The characters two ranges share. */
export function overlapLength(a: CharacterSpan, b: CharacterSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Whether the shared characters are at least half of the longer range (integer arithmetic, no rounding). */
export function overlapsByHalf(a: CharacterSpan, b: CharacterSpan): boolean {
  const overlap = overlapLength(a, b);
  return overlap > 0 && 2 * overlap >= Math.max(a.end - a.start, b.end - b.start);
}

/** Span agreement for every pair of coders, in the order the coders are given (A before B). */
export function spanAgreement(coders: readonly string[], spansByCoder: ReadonlyMap<string, readonly CharacterSpan[]>): PairSpanAgreement[] {
  const distinct = new Map(coders.map((coder) => [coder, distinctSpans(spansByCoder.get(coder) ?? [])]));
  const pairs: PairSpanAgreement[] = [];
  coders.forEach((coderA, i) => {
    for (const coderB of coders.slice(i + 1)) {
      const [a, b] = [distinct.get(coderA)!, distinct.get(coderB)!];
      const spans = a.length + b.length;
      const matchedSpans = 2 * maximumMatching(a, b);
      pairs.push({ coderA, coderB, share: spans === 0 ? null : matchedSpans / spans, spans, matchedSpans });
    }
  });
  return pairs;
}

function distinctSpans(spans: readonly CharacterSpan[]): CharacterSpan[] {
  const byRange = new Map<string, CharacterSpan>();
  for (const span of spans) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end <= span.start) {
      throw new RangeError(`Not a character range: [${span.start}, ${span.end})`);
    }
    byRange.set(`${span.start}:${span.end}`, span);
  }
  return [...byRange.values()];
}

/** The size of a maximum one-to-one matching of a's spans to b's, by augmenting paths (Kuhn). */
function maximumMatching(a: readonly CharacterSpan[], b: readonly CharacterSpan[]): number {
  const partners = a.map((span) => b.flatMap((other, j) => (overlapsByHalf(span, other) ? [j] : [])));
  const matchOfB = new Array<number>(b.length).fill(-1);
  const augment = (i: number, visited: boolean[]): boolean => {
    for (const j of partners[i]!) {
      if (visited[j]) continue;
      visited[j] = true;
      if (matchOfB[j] === -1 || augment(matchOfB[j]!, visited)) {
        matchOfB[j] = i;
        return true;
      }
    }
    return false;
  };
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    if (augment(i, new Array<boolean>(b.length).fill(false))) matches++;
  }
  return matches;
}
