import type { DateValue, QuantityValue } from "@/lib/claims/value";

/** A closed interval; `max` is Infinity for "at least" figures. */
export interface Interval {
  min: number;
  max: number;
}

/**
 * The set of counts a quantity allows, or null when its lower bound is
 * unknown ("numerous"): such a value is never compared automatically.
 */
export function quantityInterval(quantity: QuantityValue): Interval | null {
  if (quantity.min === null) return null;
  return { min: quantity.min, max: quantity.max ?? Number.POSITIVE_INFINITY };
}

const MS_PER_DAY = 86_400_000;

/** The days a date value covers, as day numbers since 1970-01-01. */
export function dateInterval(date: DateValue): Interval {
  return { min: Date.parse(date.start) / MS_PER_DAY, max: Date.parse(date.end) / MS_PER_DAY };
}

/** Closed intervals that share no point; touching ends overlap (exactly 30 and at least 30). */
export function areDisjoint(a: Interval, b: Interval): boolean {
  return a.max < b.min || b.max < a.min;
}

/**
 * The figure a source puts forward, used to measure how far two compatible
 * estimates are apart: the bound it states for "at least" and "at most",
 * the midpoint of a closed interval (an exact figure, "about 20" read as
 * 18–22, "300 to 700"), the lower bound of an open one ("30–45+").
 */
export function representativeValue(quantity: QuantityValue): number | null {
  if (quantity.min === null) return null;
  if (quantity.kind === "at_most" && quantity.max !== null) return quantity.max;
  if (quantity.max === null) return quantity.min;
  return (quantity.min + quantity.max) / 2;
}

/**
 * How much larger the larger of two values is, relative to the smaller:
 * 0 for equal values, 2.53 for 17 and 60, Infinity when only the smaller is 0.
 */
export function relativeGap(a: number, b: number): number {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  if (high === low) return 0;
  return low === 0 ? Number.POSITIVE_INFINITY : (high - low) / low;
}
