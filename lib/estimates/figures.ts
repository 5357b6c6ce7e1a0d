import type { QuantityValue } from "@/lib/claims/value";

/**
 * The numbers an estimate reads from one quantity. A value is an interval
 * (see lib/claims/value.ts): "at least 60" is [60, open), "about 100" is
 * [90, 110], a vague amount carries its lexicon interval.
 */

/** The lowest count the claim allows, when it states one. */
export function lowerBound(value: QuantityValue): number | null {
  return value.min;
}

/** The highest figure the claim gives: its upper bound, or for "at least N", N. */
export function highestFigure(value: QuantityValue): number | null {
  return value.max ?? value.min;
}

/** The claim as one number: exact N, at least N, at most N, or the middle of its interval (rounded down). */
export function pointFigure(value: QuantityValue): number | null {
  if (value.min === null) return value.max;
  if (value.max === null) return value.min;
  return Math.floor((value.min + value.max) / 2);
}

/** The median, the two middle values' mean rounded down when the count is even. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.floor((sorted[middle - 1]! + sorted[middle]!) / 2);
}
