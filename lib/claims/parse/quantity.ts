import type { QuantityKind, QuantityValue, VictimGroup } from "@/lib/claims/value";
import { findDateSpans } from "@/lib/claims/parse/date";
import { analyse, type Token } from "@/lib/claims/parse/nlp";
import { normalizeForMatching, overlaps, type TextSpan } from "@/lib/claims/parse/normalize";
import { FRENCH_NUMBER_PATTERN, NUMBER_PATTERN, readFrenchNumber, readNumber } from "@/lib/claims/parse/number-words";
import {
  countsPeople,
  countsPeopleNamed,
  type FigureContext,
  figureContext,
  frenchFigureContext,
  victimGroupOf,
  zeroOfPeople,
} from "@/lib/claims/parse/quantity-context";
import type { SuggestionOptions } from "@/lib/claims/parse/suggest";
import { DEFAULT_VAGUE_QUANTITIES, type VagueQuantity } from "@/lib/claims/parse/vague-quantities";

/** A figure read from the text, with where it was read (UTF-16 offsets). */
export interface QuantitySuggestion extends TextSpan {
  value: QuantityValue;
  /** Whose numbers these are, when the words say so; a qualifier of the claim, not part of the value. */
  qualifiers?: { victimGroup: VictimGroup };
}

/**
 * How a word before the figure bounds it. Counts are whole numbers, so "over
 * 50", "more than 50" and "exceeded 50" are at least 51, and "under 50" is at
 * most 49, while "at least 50" and "50+" are at least 50. "As many as 70" is
 * an upper bound. "About", "around", "nearly" and the like are all
 * "approximately": writers use "nearly" loosely, so it is not read as
 * strictly below the figure.
 */
type Bound = "at_least" | "more_than" | "at_most" | "fewer_than" | "approximately" | "exact" | "between";

const BOUND_WORDS: [Bound, string][] = [
  ["at_least", "at least|no fewer than|no less than|not less than|a minimum of|upwards of|au moins|pas moins de"],
  [
    "more_than",
    "more than|over|above|in excess of|exceeded|exceeding|exceeds|exceed|surpassed|surpassing|topped|topping|passed|well over|plus de|plus d'",
  ],
  ["at_most", "at most|up to|as many as|as high as|no more than|not more than|a maximum of|jusqu'à"],
  ["fewer_than", "fewer than|less than|under|below|moins de|moins d'"],
  [
    "approximately",
    "approximately|approx\\.|about|around|roughly|nearly|almost|some|close to|an estimated|estimated|circa|c\\.|~|environ|près de|quelque",
  ],
  ["exact", "only|just|exactly|precisely"],
  ["between", "between|entre"],
];
/** "at least another 100", "more than a further 20": the bound holds across "another". */
const BOUND_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${BOUND_WORDS.map(([, words]) => words.replaceAll(" ", "\\s+")).join("|")})\\s*(?:(?:another|a further|an additional|further)\\s+)?$`,
  "iu",
);
const BOUND_MATCHERS = BOUND_WORDS.map(([bound, words]) => [bound, new RegExp(`^(?:${words})$`, "i")] as const);

const NUMBERS = {
  en: { pattern: new RegExp(NUMBER_PATTERN, "giu"), read: readNumber },
  fr: { pattern: new RegExp(FRENCH_NUMBER_PATTERN, "giu"), read: readFrenchNumber },
};
const OPEN_END = /^\s*\+/;
const RANGE_END = new RegExp(`^\\s*(?:-|to|à)\\s*(${NUMBER_PATTERN})(\\s*\\+)?`, "iu");
const BETWEEN_END = new RegExp(`^\\s*(?:-|to|and|et)\\s*(${NUMBER_PATTERN})`, "iu");
const OR_MORE = /^\s+or\s+(?:more|over|above)\b/i;
const OR_FEWER = /^\s+or\s+(?:fewer|less|under)\b/i;

/**
 * Numbers that count no people: percentages, durations ("48 hours", "a
 * three-day siege"), ages, distances and weights, sums of money, and numbers
 * that name things ("Resolution 2719", "Route 5").
 */
const NOT_A_COUNT_AFTER =
  /^(?:\s*(?:%|percent\b|per cent\b|pour cent\b)|[\s-]*(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|decades?|nights?|centuries|heures?|jours?|semaines?|mois|ans|années?)\b|[\s-]*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|cm|mm|kg|kilograms?|tons?|tonnes?|square|sq|acres?|hectares?|litres?|liters?|degrees?|mph|km\/h)\b|\s*(?:dollars?|euros?|pounds|francs|cfa|usd|eur|billion)\b|\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|h\d\d)\b)/i;
const NOT_A_COUNT_BEFORE =
  /(?:[$€£]|\baged?\s+\d+\s*(?:to|-|and)\s*$|\bin every\s*$|\b(?:usd|eur|aged?|age of|ages of|resolution|article|chapter|route|road|highway|section|page|paragraph|no\.|number|brigade|division|battalion|regiment|corps|zone|sector|phase|version|grade|level|room|flight|kilometre|kilometer|km|mile|point|act|law|decree|order|item|case|file|lot)\s*)$/i;
/** "one of the deadliest attacks" singles something out; it counts nothing. */
const PARTITIVE_ONE = /^(?:one|un|une)$/i;
const PARTITIVE_AFTER = /^\s+(?:of|des|d'entre|in every|in each)\b/i;
/** Entity types of wink-nlp that are never counts of people. */
const NOT_A_COUNT_ENTITY = new Set(["DURATION", "MONEY", "PERCENT", "TIME", "ORDINAL", "DATE"]);
/** "No casualties", "no one was killed", "nobody was hurt": a count of zero, when the words say of what. */
const NONE = /(?<![\p{L}])(?:no one|nobody|none|no|zero|aucun|aucune|pas de|pas d')(?![\p{L}])/giu;

interface Figure extends TextSpan {
  kind: QuantityKind;
  min: number | null;
  max: number | null;
  /** A zero or a vague amount is only a figure when the words say what it counts. */
  needsCue: boolean;
}

/**
 * Every figure of people in the text, in reading order, each with the
 * category and victim group its own words give.
 */
export function findQuantities(text: string, options: SuggestionOptions = {}): QuantitySuggestion[] {
  const normalized = normalizeForMatching(text);
  const dates = findDateSpans(text, options);
  const lexicon = options.vagueQuantities ?? DEFAULT_VAGUE_QUANTITIES;
  const { tokens } = analyse(normalized);
  const language = options.language ?? "en";
  const numeric = numericFigures(normalized, dates, tokens, language);
  // The longest reading wins ("half a dozen" over "a dozen"); a numeral over words of the same length.
  const candidates = [...numeric, ...vagueFigures(normalized, lexicon), ...zeroFigures(normalized)];
  const byLength = candidates.map((figure, order) => ({ figure, order })).sort((a, b) => b.figure.end - b.figure.start - (a.figure.end - a.figure.start) || a.order - b.order);
  const figures: Figure[] = [];
  for (const { figure } of byLength) if (!figures.some((kept) => overlaps(kept, figure))) figures.push(figure);
  figures.sort((a, b) => a.start - b.start);

  // A figure's words end at the next figure and at a line break: lines of an infobox are statements of their own.
  const contexts = figures.map((figure, index) => {
    const lineStart = normalized.lastIndexOf("\n", figure.start - 1) + 1;
    const lineEnd = normalized.indexOf("\n", figure.end);
    const limit = {
      start: Math.max(figures[index - 1]?.end ?? 0, lineStart),
      end: Math.min(figures[index + 1]?.start ?? normalized.length, lineEnd < 0 ? normalized.length : lineEnd),
    };
    return language === "fr" ? frenchFigureContext(tokens, figure, limit) : figureContext(tokens, figure, limit);
  });
  // Coordinated figures share their verb: "84 Wagner mercenaries and 47 Malian soldiers were killed",
  // "the deaths of at least 30 civilians, 17 ISGS militants, and 3 Tuareg militiamen".
  const isJoined = (i: number) => {
    const phraseEnd = contexts[i]?.nounPhrase.at(-1)?.end ?? (figures[i] as Figure).end;
    const between = normalized.slice(phraseEnd, (figures[i + 1] as Figure).start);
    if (between.includes("\n")) return false;
    // "Thirty people, including 15 soldiers,", and a breakdown: "52 bodies wrapped in blankets – 27 men, 16 women".
    // "60+ (per IS) 17+ (per ACLED)": estimates of one count, each with its source.
    const withoutSources = between.replace(/\((?:per|according to|selon)[^)]*\)/gi, "");
    return /^\s*(?:,\s*)?(?:and|or|,|including|among them|of whom|of them|vs\.?|versus)?\s*$/i.test(withoutSources) || /[-:(]\s*$/.test(between);
  };
  for (let i = contexts.length - 2; i >= 0; i--) {
    const context = contexts[i] as FigureContext;
    if (context.category === undefined && isJoined(i)) context.category = contexts[i + 1]?.category;
  }
  for (let i = 1; i < contexts.length; i++) {
    const context = contexts[i] as FigureContext;
    if (context.category === undefined && isJoined(i - 1)) context.category = contexts[i - 1]?.category;
  }
  for (const context of contexts) if (context.category === undefined && countsPeopleNamed(context)) context.category = "other";

  return figures.flatMap((figure, index) => {
    const context = contexts[index] as FigureContext;
    if (!countsPeople(context) || (figure.needsCue && (context.category === undefined || !zeroOfPeople(context)))) return [];
    const victimGroup = victimGroupOf(context.nounPhrase);
    const value: QuantityValue = {
      type: "quantity",
      kind: figure.kind,
      min: figure.min,
      max: figure.max,
      ...(context.category ? { category: context.category } : {}),
      text: text.slice(figure.start, figure.end),
    };
    return [{ start: figure.start, end: figure.end, value, ...(victimGroup ? { qualifiers: { victimGroup } } : {}) }];
  });
}

/** The first figure of the text, or null when it holds none. */
export function parseQuantity(text: string, options: SuggestionOptions = {}): QuantitySuggestion | null {
  return findQuantities(text, options)[0] ?? null;
}

function numericFigures(text: string, dates: TextSpan[], tokens: Token[], language: "en" | "fr"): Figure[] {
  const figures: Figure[] = [];
  const { pattern, read: readNumber } = NUMBERS[language];
  let consumedUntil = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const numberEnd = start + match[0].length;
    const after = text.slice(numberEnd);
    const before = text.slice(Math.max(0, start - 24), start);
    const value = readNumber(match[0]);
    const entity = tokens.find((t) => t.start <= start && t.end > start)?.entity;
    if (
      value === null ||
      start < consumedUntil ||
      dates.some((date) => overlaps(date, { start, end: numberEnd })) ||
      NOT_A_COUNT_AFTER.test(after) ||
      NOT_A_COUNT_BEFORE.test(before) ||
      (entity !== undefined && NOT_A_COUNT_ENTITY.has(entity)) ||
      (PARTITIVE_ONE.test(match[0]) && PARTITIVE_AFTER.test(after))
    ) {
      continue;
    }
    const bound = BOUND_BEFORE.exec(before);
    const boundWords = bound?.[1] ?? "";
    const boundKind = bound ? boundOf(boundWords) : undefined;
    const figureStart = bound ? start - (bound[0].length - bound[0].indexOf(boundWords)) : start;
    const figure = readFigure(value, boundKind, after);
    consumedUntil = numberEnd + figure.consumed;
    // "zero" is a figure only as "no" is one: of people or harm ("zero casualties", not "zero chance").
    figures.push({ start: figureStart, end: consumedUntil, kind: figure.kind, min: figure.min, max: figure.max, needsCue: value === 0 });
  }
  return figures;
}

function boundOf(words: string): Bound | undefined {
  const normalized = words.replace(/\s+/g, " ");
  return BOUND_MATCHERS.find(([, matcher]) => matcher.test(normalized))?.[0];
}

/** "Approximately N" is N ± 10 %, widened to whole numbers and computed without floating-point error: 100 → 90–110. */
function approximately(value: number): { min: number; max: number } {
  return { min: Math.floor((value * 9) / 10), max: Math.ceil((value * 11) / 10) };
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
      return { kind: "approximately", ...approximately(value), consumed: 0 };
    default:
      return { kind: "exact", min: value, max: value, consumed: 0 };
  }
}

/** Each lexicon's pattern, built once: whole-source suggestions read hundreds of sentences with it. */
const VAGUE_PATTERNS = new WeakMap<readonly VagueQuantity[], { pattern: RegExp; entries: VagueQuantity[] }>();

function vaguePattern(lexicon: readonly VagueQuantity[]): { pattern: RegExp; entries: VagueQuantity[] } {
  const known = VAGUE_PATTERNS.get(lexicon);
  if (known) return known;
  const entries = [...lexicon].sort((a, b) => b.words.length - a.words.length);
  const words = entries.map((e) => e.words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replaceAll(" ", "\\s+")).join("|");
  const built = { pattern: new RegExp(`(?<![\\p{L}])(?:${words || "(?!)"})(?![\\p{L}])`, "giu"), entries };
  VAGUE_PATTERNS.set(lexicon, built);
  return built;
}

function vagueFigures(text: string, lexicon: readonly VagueQuantity[]): Figure[] {
  const { pattern, entries } = vaguePattern(lexicon);
  return [...text.matchAll(pattern)].flatMap((match): Figure[] => {
    const words = match[0].toLowerCase().replace(/\s+/g, " ");
    const vague = entries.find((v) => v.words === words);
    if (!vague) return [];
    const end = match.index + match[0].length;
    // "at least thousands" is at least a thousand; "up to hundreds" at most 999.
    const bound = BOUND_BEFORE.exec(text.slice(Math.max(0, match.index - 24), match.index));
    const boundKind = bound ? boundOf(bound[1] ?? "") : undefined;
    const start = bound && boundKind ? match.index - (bound[0].length - bound[0].indexOf(bound[1] ?? "")) : match.index;
    if ((boundKind === "at_least" || boundKind === "more_than") && vague.min !== null) {
      return [{ start, end, kind: "at_least" as const, min: vague.min, max: null, needsCue: false }];
    }
    if ((boundKind === "at_most" || boundKind === "fewer_than") && vague.max !== null) {
      return [{ start, end, kind: "at_most" as const, min: 0, max: vague.max, needsCue: false }];
    }
    return [{ start: match.index, end, kind: vague.kind ?? "vague", min: vague.min, max: vague.max, needsCue: false }];
  });
}

function zeroFigures(text: string): Figure[] {
  return [...text.matchAll(NONE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: "exact" as const,
    min: 0,
    max: 0,
    needsCue: true,
  }));
}
