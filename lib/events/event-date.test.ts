import { describe, expect, it } from "vitest";
import { eventDateInputSchema, formatEventDate, periodDays, writtenEventDate } from "./event-date";

describe("periodDays", () => {
  it.each([
    ["2022-09-06", "day", "2022-09-06", "2022-09-06"],
    ["2022-09", "month", "2022-09-01", "2022-09-30"],
    ["2024-02", "month", "2024-02-01", "2024-02-29"],
    ["2023-02", "month", "2023-02-01", "2023-02-28"],
    ["2022", "year", "2022-01-01", "2022-12-31"],
    ["0033", "year", "0033-01-01", "0033-12-31"],
  ] as const)("%s at %s precision covers %s … %s", (written, precision, first, last) => {
    expect(periodDays(written, precision)).toEqual({ first, last });
  });

  it.each([
    ["2022-02-30", "day"],
    ["2023-02-29", "day"],
    ["2022-13", "month"],
    ["0000", "year"],
    ["2022-09-06", "month"],
    ["2022-09", "day"],
    ["22", "year"],
  ] as const)("refuses %s at %s precision", (written, precision) => {
    expect(periodDays(written, precision)).toBeNull();
  });
});

describe("eventDateInputSchema", () => {
  it("stores a month as its first and last day, and a missing end as the start's period", () => {
    expect(eventDateInputSchema.parse({ precision: "month", start: "2022-09" })).toEqual({ precision: "month", start: "2022-09-01", end: "2022-09-30" });
    expect(eventDateInputSchema.parse({ precision: "day", start: "2022-09-06", end: "2022-09-07" })).toEqual({ precision: "day", start: "2022-09-06", end: "2022-09-07" });
  });

  it("refuses an end before the start, in words, on the end", () => {
    const result = eventDateInputSchema.safeParse({ precision: "year", start: "2023", end: "2022" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["end"], message: "The event cannot end (2022) before it starts (2023)." })]);
  });

  it("refuses a date written more precisely than its precision, naming the form it takes", () => {
    const result = eventDateInputSchema.safeParse({ precision: "month", start: "2022-09-01" });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["start"], message: 'A month-precision date is written YYYY-MM (e.g. 2022-09); "2022-09-01" is not one.' }),
    ]);
  });

  it("reads back what was written", () => {
    const stored = eventDateInputSchema.parse({ precision: "month", start: "2022-08", end: "2022-09" });
    expect(writtenEventDate({ precision: "month", start: new Date(stored.start), end: new Date(stored.end) })).toEqual({ precision: "month", start: "2022-08", end: "2022-09" });
    expect(writtenEventDate({ precision: "day", start: "2022-09-06", end: null })).toEqual({ precision: "day", start: "2022-09-06", end: "2022-09-06" });
  });
});

describe("formatEventDate", () => {
  it.each([
    ["day", "2022-09-06", "2022-09-06", "6 September 2022"],
    ["day", "2022-09-06", "2022-09-07", "6–7 September 2022"],
    ["day", "2022-08-30", "2022-09-02", "30 August – 2 September 2022"],
    ["day", "2022-12-31", "2023-01-01", "31 December 2022 – 1 January 2023"],
    ["month", "2022-09", "2022-09", "September 2022"],
    ["month", "2022-08", "2022-09", "August–September 2022"],
    ["month", "2022-12", "2023-01", "December 2022 – January 2023"],
    ["year", "2022", "2022", "2022"],
    ["year", "2022", "2023", "2022–2023"],
  ] as const)("%s %s … %s reads %s", (precision, start, end, text) => {
    expect(formatEventDate({ precision, start, end })).toBe(text);
  });
});
