import type { DatePrecision, DateValue } from "@/lib/claims/value";
import { MONTH_PATTERN, monthNumber } from "@/lib/claims/parse/months";
import { normalizeForMatching, overlaps, type TextSpan } from "@/lib/claims/parse/normalize";

export interface DateParseOptions {
  /**
   * The year of dates written without one ("September 6", "On 2 August"),
   * usually the year of the events the source describes. It is never guessed
   * from other years in the text: "since their deployment in 2021 […] On 20
   * July" is about July 2024.
   */
  year?: number;
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

interface DateMatch extends TextSpan {
  fields: Fields;
  precision: DatePrecision;
}

/**
 * Every span written like a date, whether or not it names its year. Numbers
 * inside these spans are days and years, not figures.
 */
export function findDateSpans(text: string): TextSpan[] {
  return matchDates(text).map(({ start, end }) => ({ start, end }));
}

function matchDates(text: string): DateMatch[] {
  const normalized = normalizeForMatching(text);
  const candidates: DateMatch[] = [];
  for (const { pattern, precision } of SHAPES) {
    for (const match of normalized.matchAll(pattern)) {
      candidates.push({
        start: match.index,
        end: match.index + match[0].length,
        fields: { ...match.groups },
        precision,
      });
    }
  }
  // The longest reading of a passage wins: "6–7 September 2022" rather than "7 September 2022".
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: DateMatch[] = [];
  for (const candidate of candidates) {
    if (!chosen.some((c) => overlaps(c, candidate))) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Every date in the text that can be given a full calendar date. */
export function findDates(text: string, options: DateParseOptions = {}): DateValue[] {
  return matchDates(text).flatMap((match) => {
    const value = toDateValue(match, text.slice(match.start, match.end).trim(), options);
    return value ? [value] : [];
  });
}

/** The first date in the text, or null when there is none or its year is unknown. */
export function parseDate(text: string, options: DateParseOptions = {}): DateValue | null {
  return findDates(text, options)[0] ?? null;
}

function toDateValue({ fields, precision }: DateMatch, text: string, options: DateParseOptions): DateValue | null {
  const year = fields.y !== undefined ? Number(fields.y) : options.year;
  if (year === undefined || !Number.isInteger(year)) return null;

  if (precision === "year") {
    const lastYear = fields.y2 !== undefined ? Number(fields.y2) : year;
    return lastYear < year ? null : { type: "date", start: isoDate(year, 1, 1), end: isoDate(lastYear, 12, 31), precision, text };
  }

  const firstMonth = fields.m1 !== undefined ? monthNumber(fields.m1) : null;
  const lastMonth = fields.m2 !== undefined ? monthNumber(fields.m2) : firstMonth;
  if (firstMonth === null || lastMonth === null) return null;

  if (precision === "month") {
    if (lastMonth < firstMonth) return null;
    return {
      type: "date",
      start: isoDate(year, firstMonth, 1),
      end: isoDate(year, lastMonth, daysInMonth(year, lastMonth)),
      precision,
      text,
    };
  }

  const firstDay = readDay(fields.d1);
  const lastDay = fields.d2 !== undefined ? readDay(fields.d2) : firstDay;
  if (firstDay === null || lastDay === null) return null;
  if (firstDay > daysInMonth(year, firstMonth) || lastDay > daysInMonth(year, lastMonth)) return null;
  const start = isoDate(year, firstMonth, firstDay);
  const end = isoDate(year, lastMonth, lastDay);
  return end < start ? null : { type: "date", start, end, precision, text };
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
