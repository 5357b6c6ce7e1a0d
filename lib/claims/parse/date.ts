import * as chronoNode from "chrono-node";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { DatePrecision, DateValue } from "@/lib/claims/value";
import { MONTH_PATTERN, monthNumber } from "@/lib/claims/parse/months";
import { normalizeForMatching, overlaps, type TextSpan } from "@/lib/claims/parse/normalize";

export interface DateParseOptions {
  /**
   * The source's publication date (YYYY-MM-DD), the reference for every date
   * that does not name its year or is relative: "Nov. 3", "on Sunday",
   * "yesterday". Reports look back, so such a date resolves to the latest
   * one on or before publication. Without it, those dates are not suggested:
   * the year is never guessed from other years in the text.
   */
  publishedAt?: string;
  language?: "en" | "fr";
}

/** A date read from the text, with where it was read (UTF-16 offsets). */
export interface DateSuggestion extends TextSpan {
  value: DateValue;
}

const DAY = `(?<![\\p{L}\\p{N}_.,:\\[])[0-3]?\\d(?:st|nd|rd|th)?(?!\\p{N})`;
const YEAR = `(?<![\\p{L}\\p{N}_.,\\[])(?:1[89]\\d{2}|20\\d{2})(?!\\p{N}|,\\d)`;
const MONTH = MONTH_PATTERN;
const BETWEEN = `(?:[Bb]etween\\s+)?`;
const JOIN = `\\s*(?:-|and|to|until)\\s*`;
const OPTIONAL_YEAR = `(?:,?\\s+(?<y>${YEAR}))?`;

interface Fields {
  d1?: string;
  d2?: string;
  m1?: string;
  m2?: string;
  y?: string;
  y2?: string;
}

/** One way of writing a date; its groups are named d1, d2 (days), m1, m2 (months), y, y2 (years). */
interface DateShape {
  pattern: RegExp;
  precision: DatePrecision;
}

const shape = (source: string, precision: DatePrecision): DateShape => ({
  pattern: new RegExp(source, "gu"),
  precision,
});

const SHAPES: DateShape[] = [
  // "6–7 September 2022", "between 6 and 7 September 2022"
  shape(`${BETWEEN}(?<d1>${DAY})${JOIN}(?<d2>${DAY})\\s+(?:of\\s+)?(?<m1>${MONTH})${OPTIONAL_YEAR}`, "day"),
  // "between March 21 and 23", "March 21–23, 2022"
  shape(`${BETWEEN}(?<m1>${MONTH})\\s+(?<d1>${DAY})${JOIN}(?<d2>${DAY})${OPTIONAL_YEAR}`, "day"),
  // "30 August to 2 September 2024"
  shape(`${BETWEEN}(?<d1>${DAY})\\s+(?<m1>${MONTH})${JOIN}(?<d2>${DAY})\\s+(?<m2>${MONTH})${OPTIONAL_YEAR}`, "day"),
  // "between March and August 2022"
  shape(`${BETWEEN}(?<m1>${MONTH})${JOIN}(?<m2>${MONTH}),?\\s+(?<y>${YEAR})`, "month"),
  // "between November 2015 and January 2016"
  shape(`${BETWEEN}(?<m1>${MONTH}),?\\s+(?<y>${YEAR})${JOIN}(?<m2>${MONTH}),?\\s+(?<y2>${YEAR})`, "month"),
  // "27 July", "31 August 2024", "2nd of August"
  shape(`(?<d1>${DAY})\\s+(?:of\\s+)?(?<m1>${MONTH})${OPTIONAL_YEAR}`, "day"),
  // "September 6", "September 6, 2022"
  shape(`(?<m1>${MONTH})\\s+(?<d1>${DAY})${OPTIONAL_YEAR}`, "day"),
  // "March 2022"
  shape(`(?<m1>${MONTH}),?\\s+(?<y>${YEAR})`, "month"),
  // "in March", "since March": a bare month name needs a preposition to be read as a date
  shape(`(?<=\\b(?:[Ii]n|[Ss]ince|[Tt]hroughout|[Dd]uring|[Ff]rom|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\\s?)(?<m1>${MONTH})`, "month"),
  // "2021–2023", "between 2021 and 2023"
  shape(`${BETWEEN}(?<y>${YEAR})${JOIN}(?<y2>${YEAR})`, "year"),
  // "2009"
  shape(`(?<y>${YEAR})`, "year"),
];

/** How a span was read: by one of the shapes above, or by chrono-node. */
type Reading = { by: "shape"; fields: Fields; precision: DatePrecision } | { by: "chrono"; result: ParsedResult };

interface DateMatch extends TextSpan {
  reading: Reading;
}

/**
 * chrono-node reads the general case: month-day dates in every order and
 * abbreviation, weekdays, "yesterday", "three days ago". Its time-of-day and
 * duration parsers are left out, because in reports they read figures as
 * hours ("on Sunday, 12 people" is not noon) and spans as dates ("over the
 * last 48 hours"), and so are the relative periods nobody can pin to days
 * ("last week"). The shapes above stay for what chrono reads only in part:
 * day ranges sharing a month ("between 6 and 7 September", which chrono
 * reads as 7 September alone), month and year ranges, and bare years.
 */
const UNUSED_CHRONO_PARSERS = new Set([
  "ENTimeExpressionParser",
  "ENCasualTimeParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENRelativeDateFormatParser",
  "SlashDateFormatParser",
  "ENSlashMonthFormatParser",
  "ENEndOfCurrentMonthParser",
  "FRTimeExpressionParser",
  "FRCasualTimeParser",
  "FRTimeUnitWithinFormatParser",
  "FRTimeUnitRelativeFormatParser",
  "FRSpecificTimeExpressionParser",
]);

function withoutTimeParsers(chrono: chronoNode.Chrono): chronoNode.Chrono {
  const clone = chrono.clone();
  const parsers = clone.parsers.filter((parser) => !UNUSED_CHRONO_PARSERS.has(parser.constructor.name));
  // Parsers are known by class name; a bundler that renames classes would keep them all, silently.
  if (parsers.length === clone.parsers.length) throw new Error("chrono-node's time parsers were not recognised: keep chrono-node outside the bundle");
  clone.parsers = parsers;
  return clone;
}

const CHRONO = { en: withoutTimeParsers(chronoNode.en.casual), fr: withoutTimeParsers(chronoNode.fr.casual) };
/** Words chrono reads as the moment of reading; in a report they are no date. */
const NOT_A_DAY = /^(?:now|maintenant)$/i;
/** Leading prepositions and trailing commas chrono keeps in its text: "On Sunday," is the date "Sunday". */
const CHRONO_EDGES = /^(?:on|le|the)\s+|[\s,.;:]+$/gi;

/**
 * Every span written like a date, whether or not it can be resolved to days.
 * Numbers inside these spans are days and years, not figures.
 */
export function findDateSpans(text: string, options: DateParseOptions = {}): TextSpan[] {
  return matchDates(text, options).map(({ start, end }) => ({ start, end }));
}

/** The figures and the dates of one selection read its dates one after another: the last reading is kept. */
let lastReading: { key: string; matches: DateMatch[] } | null = null;

function matchDates(text: string, options: DateParseOptions): DateMatch[] {
  const key = `${options.publishedAt ?? ""}|${options.language ?? "en"}|${text}`;
  if (lastReading?.key === key) return lastReading.matches;
  const matches = readDates(text, options);
  lastReading = { key, matches };
  return matches;
}

function readDates(text: string, options: DateParseOptions): DateMatch[] {
  const normalized = normalizeForMatching(text);
  // "the March 23 Movement" is a name: a date straight before a capitalised word is none.
  const isInAName = (match: TextSpan) => /^ \p{Lu}\p{Ll}/u.test(normalized.slice(match.end)) && !/^ (?:On|In|At|The|A|An)\b/.test(normalized.slice(match.end));
  const candidates = [...shapeMatches(normalized), ...chronoMatches(normalized, options)].filter((match) => !isInAName(match));
  // The longest reading of a passage wins: "6–7 September 2022" rather than "7 September 2022".
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: DateMatch[] = [];
  for (const candidate of candidates) {
    if (!chosen.some((c) => overlaps(c, candidate))) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function shapeMatches(text: string): DateMatch[] {
  return SHAPES.flatMap(({ pattern, precision }) =>
    [...text.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      reading: { by: "shape" as const, fields: { ...match.groups }, precision },
    })),
  );
}

function chronoMatches(text: string, options: DateParseOptions): DateMatch[] {
  const chrono = CHRONO[options.language ?? "en"];
  const instant = options.publishedAt ? new Date(`${options.publishedAt}T12:00:00Z`) : new Date();
  return chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false }).flatMap((result) => {
    const edges = [...result.text.matchAll(CHRONO_EDGES)];
    const lead = edges.find((e) => e.index === 0)?.[0].length ?? 0;
    const trail = edges.find((e) => e.index > 0 && e.index + e[0].length === result.text.length)?.[0].length ?? 0;
    const words = result.text.slice(lead, result.text.length - trail);
    // "may" and "march" the verbs: a month needs its capital, a casual word its meaning.
    const isLowercaseMonth = !/[\p{Lu}\d]/u.test(words) && !result.start.isCertain("day") && !result.start.isCertain("weekday");
    // "Since late December, 15,000 people": chrono takes the figure's first digits for a day;
    // "On April 29, 56 more were buried": and a figure after a comma for the year.
    const following = text.slice(result.index + result.text.length);
    const cutsANumber = /^,?\d/.test(following) || /,\s*\d{1,3}$/.test(words);
    if (!words || NOT_A_DAY.test(words) || isLowercaseMonth || cutsANumber) return [];
    const start = result.index + lead;
    return [{ start, end: start + words.length, reading: { by: "chrono" as const, result } }];
  });
}

/** Every date in the text that can be given calendar days, with where it was read. */
export function findDates(text: string, options: DateParseOptions = {}): DateSuggestion[] {
  return matchDates(text, options).flatMap((match) => {
    const words = text.slice(match.start, match.end).trim();
    const value =
      match.reading.by === "shape"
        ? shapeValue(match.reading.fields, match.reading.precision, words, options)
        : chronoValue(match.reading.result, words, options);
    return value ? [{ start: match.start, end: match.end, value }] : [];
  });
}

/** The first date in the text, or null when there is none or it cannot be resolved. */
export function parseDate(text: string, options: DateParseOptions = {}): DateValue | null {
  return findDates(text, options)[0]?.value ?? null;
}

/** A date without its year is the latest such date on or before publication. */
function yearFor(month: number, day: number, publishedAt: string | undefined): number | undefined {
  if (!publishedAt) return undefined;
  const year = Number(publishedAt.slice(0, 4));
  return isoDate(year, month, day) > publishedAt ? year - 1 : year;
}

function shapeValue(fields: Fields, precision: DatePrecision, text: string, options: DateParseOptions): DateValue | null {
  const firstMonth = fields.m1 !== undefined ? monthNumber(fields.m1) : null;
  const firstDay = precision === "day" ? readDay(fields.d1) : 1;
  const year =
    fields.y !== undefined
      ? Number(fields.y)
      : firstMonth !== null && firstDay !== null
        ? yearFor(firstMonth, firstDay, options.publishedAt)
        : undefined;
  if (year === undefined || !Number.isInteger(year)) return null;

  if (precision === "year") {
    const lastYear = fields.y2 !== undefined ? Number(fields.y2) : year;
    return lastYear < year ? null : { type: "date", start: isoDate(year, 1, 1), end: isoDate(lastYear, 12, 31), precision, text };
  }

  const lastMonth = fields.m2 !== undefined ? monthNumber(fields.m2) : firstMonth;
  if (firstMonth === null || lastMonth === null) return null;

  if (precision === "month") {
    const lastYear = fields.y2 !== undefined ? Number(fields.y2) : year;
    if (lastYear * 12 + lastMonth < year * 12 + firstMonth) return null;
    return {
      type: "date",
      start: isoDate(year, firstMonth, 1),
      end: isoDate(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)),
      precision,
      text,
    };
  }

  const lastDay = fields.d2 !== undefined ? readDay(fields.d2) : firstDay;
  if (firstDay === null || lastDay === null) return null;
  if (firstDay > daysInMonth(year, firstMonth) || lastDay > daysInMonth(year, lastMonth)) return null;
  const start = isoDate(year, firstMonth, firstDay);
  const end = isoDate(year, lastMonth, lastDay);
  return end < start ? null : { type: "date", start, end, precision, text };
}

/**
 * chrono resolves what the words leave out against the reference; a date it
 * resolved after publication is moved back: a weekday by a week, a
 * month-day date by a year.
 */
function chronoValue(result: ParsedResult, text: string, options: DateParseOptions): DateValue | null {
  const { start } = result;
  const hasYear = start.isCertain("year");
  if (!hasYear && !options.publishedAt) return null;
  if (!options.publishedAt && !/\d{4}/.test(text)) return null;
  const isDay = start.isCertain("day") || start.isCertain("weekday");
  const precision: DatePrecision = isDay ? "day" : start.isCertain("month") ? "month" : "year";
  const first = calendarDay(start, precision, "first");
  const last = calendarDay(result.end ?? start, precision, "last");
  if (first === null || last === null || last < first) return null;
  const publishedAt = options.publishedAt;
  if (hasYear || !publishedAt || first <= publishedAt) return { type: "date", start: first, end: last, precision, text };
  const isWeekdayOnly = !start.isCertain("day") && start.isCertain("weekday");
  const shift = isWeekdayOnly ? (iso: string) => addDays(iso, -7) : (iso: string) => addYears(iso, -1);
  return { type: "date", start: shift(first), end: shift(last), precision, text };
}

function calendarDay(components: ParsedComponents, precision: DatePrecision, edge: "first" | "last"): string | null {
  const year = components.get("year");
  const month = components.get("month");
  const day = components.get("day");
  if (year === null || month === null || day === null) return null;
  if (precision === "day") return isoDate(year, month, day);
  if (precision === "month") return isoDate(year, month, edge === "first" ? 1 : daysInMonth(year, month));
  return edge === "first" ? isoDate(year, 1, 1) : isoDate(year, 12, 31);
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const month = Number(iso.slice(5, 7));
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return isoDate(year, month, day);
}

function readDay(day: string | undefined): number | null {
  const value = day === undefined ? NaN : Number.parseInt(day, 10);
  return value >= 1 && value <= 31 ? value : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
