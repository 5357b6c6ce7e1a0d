import type { QuantityKind, QuantityValue, VictimGroup } from "@/lib/claims/value";
import { clauseAround } from "@/lib/claims/parse/clauses";
import { findDateSpans } from "@/lib/claims/parse/date";
import { normalizeForMatching, overlaps, type TextSpan } from "@/lib/claims/parse/normalize";
import { NUMBER_PATTERN, readNumber } from "@/lib/claims/parse/number-words";
import { detectCategory, detectVictimGroup } from "@/lib/claims/parse/quantity-context";
import { VAGUE_QUANTITIES } from "@/lib/claims/parse/vague-quantities";

export interface QuantitySuggestion {
  value: QuantityValue;
  /** Whose numbers these are, when the words say so; a qualifier of the claim, not part of the value. */
  victimGroup?: VictimGroup;
}

/**
 * How a word before the figure bounds it. Counts are whole numbers, so "over
 * 50" and "more than 50" are at least 51, and "under 50" is at most 49, while
 * "at least 50" and "50+" are at least 50 (strict bounds on a fraction keep
 * the figure itself). "About", "around", "nearly" and the like are all
 * "approximately": writers use "nearly" loosely, so it is not read as
 * strictly below the figure.
 */
type Bound = "at_least" | "more_than" | "at_most" | "fewer_than" | "approximately" | "exact" | "between";

const BOUND_WORDS: [Bound, string][] = [
  ["at_least", "at least|no fewer than|no less than|not less than|a minimum of|upwards of"],
  ["more_than", "more than|over|above|in excess of"],
  ["at_most", "at most|up to|no more than|not more than|a maximum of"],
  ["fewer_than", "fewer than|less than|under|below"],
  ["approximately", "approximately|about|around|roughly|nearly|almost|some|close to|an estimated|estimated|circa|c\\.|~"],
  ["exact", "only|just|exactly|precisely"],
  ["between", "between"],
];
const BOUND_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${BOUND_WORDS.map(([, words]) => words.replaceAll(" ", "\\s+")).join("|")})\\s*$`, "iu");
const BOUND_MATCHERS = BOUND_WORDS.map(([bound, words]) => [bound, new RegExp(`^(?:${words})$`, "i")] as const);

/**
 * "Approximately N" is the interval N ± 10%, widened to whole numbers
 * (floor of 0.9·N to ceiling of 1.1·N): "nearly 20" is 18–22.
 */
const APPROXIMATION = 0.1;

const NUMBER = new RegExp(NUMBER_PATTERN, "giu");
const OPEN_END = /^\s*\+/;
const RANGE_END = new RegExp(`^\\s*(?:-|to)\\s*(${NUMBER_PATTERN})(\\s*\\+)?`, "iu");
const BETWEEN_END = new RegExp(`^\\s*(?:-|to|and)\\s*(${NUMBER_PATTERN})`, "iu");
const OR_MORE = /^\s+or\s+(?:more|over|above)\b/i;
const OR_FEWER = /^\s+or\s+(?:fewer|less|under)\b/i;
const NOT_A_COUNT = /^\s*(?:%|percent\b|per cent\b)/i;
/** "one of the deadliest attacks" singles something out; it counts nothing. */
const PARTITIVE_ONE = /^one$/i;
const PARTITIVE_AFTER = /^\s+of\b/i;
const VAGUE = new RegExp(`\\b(?:${VAGUE_QUANTITIES.map((v) => v.words.replace(" ", "\\s+")).join("|")})\\b`, "giu");

interface Figure extends TextSpan {
  kind: QuantityKind;
  min: number | null;
  max: number | null;
}

/** Every figure in the text, in reading order, with its category and victim group when the words give them. */
export function findQuantities(text: string): QuantitySuggestion[] {
  const normalized = normalizeForMatching(text);
  const dates = findDateSpans(text);
  const figures = [...numericFigures(normalized, dates), ...vagueFigures(normalized)]
    .filter((figure, _, all) => figure.kind !== "vague" || !all.some((other) => other !== figure && overlaps(other, figure)))
    .sort((a, b) => a.start - b.start);

  return figures.map((figure, index) => {
    const clause = clauseAround(normalized, figure.start);
    const nextStart = figures[index + 1]?.start ?? clause.end;
    const category = detectCategory(normalized.slice(clause.start, clause.end));
    const victimGroup = detectVictimGroup(normalized.slice(figure.end, Math.min(nextStart, clause.end)));
    const value: QuantityValue = {
      type: "quantity",
      kind: figure.kind,
      min: figure.min,
      max: figure.max,
      ...(category ? { category } : {}),
      text: text.slice(figure.start, figure.end),
    };
    return victimGroup ? { value, victimGroup } : { value };
  });
}

/** The first figure of the text, or null when it holds none. */
export function parseQuantity(text: string): QuantitySuggestion | null {
  return findQuantities(text)[0] ?? null;
}

function numericFigures(text: string, dates: TextSpan[]): Figure[] {
  const figures: Figure[] = [];
  let consumedUntil = 0;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    const numberEnd = start + match[0].length;
    const after = text.slice(numberEnd);
    const value = readNumber(match[0]);
    if (
      value === null ||
      start < consumedUntil ||
      dates.some((date) => overlaps(date, { start, end: numberEnd })) ||
      NOT_A_COUNT.test(after) ||
      (PARTITIVE_ONE.test(match[0]) && PARTITIVE_AFTER.test(after))
    ) {
      continue;
    }
    const bound = BOUND_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    const boundKind = bound ? boundOf(bound[1] ?? "") : undefined;
    const figureStart = bound ? start - (bound[0].length - bound[0].indexOf(bound[1] ?? "")) : start;
    const figure = readFigure(value, boundKind, after);
    consumedUntil = numberEnd + figure.consumed;
    figures.push({ start: figureStart, end: consumedUntil, kind: figure.kind, min: figure.min, max: figure.max });
  }
  return figures;
}

function boundOf(words: string): Bound | undefined {
  const normalized = words.replace(/\s+/g, " ");
  return BOUND_MATCHERS.find(([, matcher]) => matcher.test(normalized))?.[0];
}

function readFigure(
  value: number,
  bound: Bound | undefined,
  after: string,
): { kind: QuantityKind; min: number | null; max: number | null; consumed: number } {
  const range = (bound === "between" ? BETWEEN_END : RANGE_END).exec(after);
  const upper = range?.[1] !== undefined ? readNumber(range[1]) : null;
  if (range && upper !== null && upper >= value) {
    const isOpen = range[2] !== undefined;
    return { kind: "range", min: value, max: isOpen ? null : upper, consumed: range[0].length };
  }
  const plus = OPEN_END.exec(after) ?? OR_MORE.exec(after);
  if (plus) return { kind: "at_least", min: value, max: null, consumed: plus[0].length };
  const orFewer = OR_FEWER.exec(after);
  if (orFewer) return { kind: "at_most", min: 0, max: value, consumed: orFewer[0].length };

  const isWhole = Number.isInteger(value);
  switch (bound) {
    case "at_least":
      return { kind: "at_least", min: value, max: null, consumed: 0 };
    case "more_than":
      return { kind: "at_least", min: isWhole ? value + 1 : value, max: null, consumed: 0 };
    case "at_most":
      return { kind: "at_most", min: 0, max: value, consumed: 0 };
    case "fewer_than":
      return { kind: "at_most", min: 0, max: isWhole ? Math.max(0, value - 1) : value, consumed: 0 };
    case "approximately":
      return {
        kind: "approximately",
        min: Math.floor(value * (1 - APPROXIMATION)),
        max: Math.ceil(value * (1 + APPROXIMATION)),
        consumed: 0,
      };
    default:
      return { kind: "exact", min: value, max: value, consumed: 0 };
  }
}

function vagueFigures(text: string): Figure[] {
  return [...text.matchAll(VAGUE)].flatMap((match) => {
    const words = match[0].toLowerCase().replace(/\s+/g, " ");
    const vague = VAGUE_QUANTITIES.find((v) => v.words === words);
    return vague
      ? [{ start: match.index, end: match.index + match[0].length, kind: "vague" as const, min: vague.min, max: vague.max }]
      : [];
  });
}
