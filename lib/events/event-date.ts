import { z } from "zod";
import { EventDatePrecision } from "@/lib/db/generated/enums";

/**
 * An event's date or date range, as precise as the sources allow.
 *
 * On the way in, each end is written in the form its precision names — day
 * `2022-09-06`, month `2022-09`, year `2022` — so a figure can never claim
 * more precision than it has ("September 2022" cannot become 1 September).
 * `end` is optional: a single day, month or year. The database stores the
 * first day of the start's period and the last day of the end's period
 * (September 2022 is 2022-09-01 … 2022-09-30), so date ranges compare as
 * ranges; reading it back gives the same written forms.
 */
const forms: Record<EventDatePrecision, { pattern: RegExp; example: string; format: string }> = {
  day: { pattern: /^\d{4}-\d{2}-\d{2}$/, example: "2022-09-06", format: "YYYY-MM-DD" },
  month: { pattern: /^\d{4}-\d{2}$/, example: "2022-09", format: "YYYY-MM" },
  year: { pattern: /^\d{4}$/, example: "2022", format: "YYYY" },
};

/** The days a written period covers, as YYYY-MM-DD; null when it is no real day, month or year. */
export function periodDays(written: string, precision: EventDatePrecision): { first: string; last: string } | null {
  if (!forms[precision].pattern.test(written)) return null;
  const [year, month = 1, day = 1] = written.split("-").map(Number) as [number, number?, number?];
  // PostgreSQL has no year 0.
  if (year < 1 || month < 1 || month > 12) return null;
  const first = utc(year, month - 1, day);
  // 2022-02-30 rolled over into March: no such day.
  if (first.getUTCMonth() !== month - 1 || first.getUTCDate() !== day) return null;
  // Day 0 of the next month is the last day of this one.
  const last = precision === "day" ? first : precision === "month" ? utc(year, month, 0) : utc(year, 11, 31);
  return { first: isoDay(first), last: isoDay(last) };
}

/** Not Date.UTC, which reads years 0–99 as 1900–1999. Overflowing days roll over, which periodDays checks for. */
function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function isoDay(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/** A stored day (YYYY-MM-DD or a DATE column) written at a precision: 2022-09-01 at month precision is 2022-09. */
export function writtenAt(day: string | Date, precision: EventDatePrecision): string {
  const iso = typeof day === "string" ? day : isoDay(day);
  return iso.slice(0, forms[precision].format.length);
}

export const eventDateInputSchema = z
  .object({
    precision: z.enum(EventDatePrecision),
    start: z.string().meta({ description: "The first day, month or year: YYYY-MM-DD, YYYY-MM or YYYY, as the precision says." }),
    end: z.string().optional().meta({ description: "The last day, month or year, in the same form; absent for a single one." }),
  })
  .superRefine(({ precision, start, end }, context) => {
    const { format, example } = forms[precision];
    const ends = { start, ...(end !== undefined ? { end } : {}) };
    for (const [key, written] of Object.entries(ends)) {
      if (!periodDays(written, precision)) {
        context.addIssue({ code: "custom", path: [key], message: `A ${precision}-precision date is written ${format} (e.g. ${example}); "${written}" is not one.` });
      }
    }
    const first = periodDays(start, precision);
    const last = end === undefined ? null : periodDays(end, precision);
    if (first && last && last.first < first.first) {
      context.addIssue({ code: "custom", path: ["end"], message: `The event cannot end (${end}) before it starts (${start}).` });
    }
  })
  .transform(({ precision, start, end }) => ({
    precision,
    start: periodDays(start, precision)!.first,
    end: periodDays(end ?? start, precision)!.last,
  }));

/** As stored: the first and last day covered, YYYY-MM-DD. */
export type StoredEventDate = z.output<typeof eventDateInputSchema>;
/** As written and read back through the API. */
export type WrittenEventDate = { precision: EventDatePrecision; start: string; end: string };

/** The stored columns read back in written form; a missing end is the start's period. */
export function writtenEventDate(stored: { precision: EventDatePrecision; start: string | Date; end: string | Date | null }): WrittenEventDate {
  return { precision: stored.precision, start: writtenAt(stored.start, stored.precision), end: writtenAt(stored.end ?? stored.start, stored.precision) };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * "6–7 September 2022", "30 August – 2 September 2022", "September 2022",
 * "December 2022 – January 2023", "2022–2023": the shared parts said once,
 * with an en dash, spaced when either side has more than one word.
 */
export function formatEventDate({ precision, start, end }: WrittenEventDate): string {
  const [startYear, startMonth, startDay] = start.split("-");
  const [endYear, endMonth, endDay] = end.split("-");
  const month = (written: string | undefined) => MONTHS[Number(written) - 1];
  const day = (written: string | undefined) => String(Number(written));
  if (precision === "year") return startYear === endYear ? startYear! : `${startYear}–${endYear}`;
  if (precision === "month") {
    if (start === end) return `${month(startMonth)} ${startYear}`;
    return startYear === endYear ? `${month(startMonth)}–${month(endMonth)} ${endYear}` : `${month(startMonth)} ${startYear} – ${month(endMonth)} ${endYear}`;
  }
  if (start === end) return `${day(startDay)} ${month(startMonth)} ${startYear}`;
  if (startYear !== endYear) return `${day(startDay)} ${month(startMonth)} ${startYear} – ${day(endDay)} ${month(endMonth)} ${endYear}`;
  if (startMonth !== endMonth) return `${day(startDay)} ${month(startMonth)} – ${day(endDay)} ${month(endMonth)} ${endYear}`;
  return `${day(startDay)}–${day(endDay)} ${month(endMonth)} ${endYear}`;
}

export const datePrecisionLabels: Record<EventDatePrecision, string> = {
  day: "known to the day",
  month: "known to the month",
  year: "known to the year",
};
