import { describe, expect, it } from "vitest";
import { dateValueSchema, type DateValue } from "@/lib/claims/value";
import { findDates, parseDate } from "@/lib/claims/parse/date";

type Expected = Omit<DateValue, "type">;

describe("parseDate", () => {
  it.each<[string, string | undefined, Expected]>([
    ["6–7 September 2022", undefined, { start: "2022-09-06", end: "2022-09-07", precision: "day", text: "6–7 September 2022" }],
    ["between 6 and 7 September 2022", undefined, { start: "2022-09-06", end: "2022-09-07", precision: "day", text: "between 6 and 7 September 2022" }],
    ["September 6", "2022-12-31", { start: "2022-09-06", end: "2022-09-06", precision: "day", text: "September 6" }],
    ["September 6, 2022", undefined, { start: "2022-09-06", end: "2022-09-06", precision: "day", text: "September 6, 2022" }],
    ["between March 21 and 23", "2022-12-31", { start: "2022-03-21", end: "2022-03-23", precision: "day", text: "between March 21 and 23" }],
    ["March 2022", undefined, { start: "2022-03-01", end: "2022-03-31", precision: "month", text: "March 2022" }],
    ["between November 2015 and January 2016", undefined, { start: "2015-11-01", end: "2016-01-31", precision: "month", text: "between November 2015 and January 2016" }],
    ["between March and August 2022", undefined, { start: "2022-03-01", end: "2022-08-31", precision: "month", text: "between March and August 2022" }],
    ["since the offensives in March", "2022-12-31", { start: "2022-03-01", end: "2022-03-31", precision: "month", text: "March" }],
    ["February 2024", undefined, { start: "2024-02-01", end: "2024-02-29", precision: "month", text: "February 2024" }],
    ["2009", undefined, { start: "2009-01-01", end: "2009-12-31", precision: "year", text: "2009" }],
    ["2021–2023", undefined, { start: "2021-01-01", end: "2023-12-31", precision: "year", text: "2021–2023" }],
    ["27 July", "2024-12-31", { start: "2024-07-27", end: "2024-07-27", precision: "day", text: "27 July" }],
    ["On 2 August", "2024-12-31", { start: "2024-08-02", end: "2024-08-02", precision: "day", text: "2 August" }],
    ["31 August 2024", "2022-12-31", { start: "2024-08-31", end: "2024-08-31", precision: "day", text: "31 August 2024" }],
    ["30 August to 2 September 2024", undefined, { start: "2024-08-30", end: "2024-09-02", precision: "day", text: "30 August to 2 September 2024" }],
    ["2nd of Aug. 2024", undefined, { start: "2024-08-02", end: "2024-08-02", precision: "day", text: "2nd of Aug. 2024" }],
  ])("reads %j (published %s)", (words, publishedAt, expected) => {
    const value = parseDate(words, { publishedAt });
    expect(value).toEqual({ type: "date", ...expected });
    expect(dateValueSchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ["a day without a year and no context year", "27 July", undefined],
    ["a day that does not exist", "31 February 2022", undefined],
    ["a range that ends before it starts", "7–6 September 2022", undefined],
    ["a relative day", "The following day", "2022-12-31"],
    ["the verb may", "this may march on", "2022-12-31"],
    ["a time of day", "at 3:00 pm", "2022-12-31"],
    ["a weekday without a publication date", "on Sunday", undefined],
    ["a period no one can pin to days", "last week", "2024-05-15"],
    ["the moment of writing", "now", "2024-05-15"],
    ["a date inside a name", "the March 23 Movement", "2024-05-15"],
  ])("gives no date for %s", (_, words, publishedAt) => {
    expect(parseDate(words, { publishedAt })).toBeNull();
  });

  it.each([
    ["a weekday, the one before publication", "on Sunday", "2024-05-15", "2024-05-12"],
    ["a weekday named on its own day", "on Wednesday", "2024-05-15", "2024-05-15"],
    ["a later weekday, last week's", "late on Friday", "2024-05-15", "2024-05-10"],
    ["a month-day date after publication, the year before", "Nov. 3", "2024-05-15", "2023-11-03"],
    ["a month-day date before publication, the same year", "on May 2", "2024-05-15", "2024-05-02"],
    ["a day-month date after publication, the year before", "3 November", "2024-05-15", "2023-11-03"],
    ["yesterday", "yesterday", "2024-05-15", "2024-05-14"],
  ])("resolves %s against the publication date", (_, words, publishedAt, day) => {
    expect(parseDate(words, { publishedAt })).toMatchObject({ start: day, end: day, precision: "day" });
  });

  it("does not take a figure after a date for its year", () => {
    expect(findDates("On April 29, 56 more were buried.", { publishedAt: "2023-09-22" }).map((d) => d.value.start)).toEqual(["2023-04-29"]);
  });

  it("never takes the year of another date in the selection", () => {
    const dates = findDates("since their deployment in 2021 and since 2017. On 20 July, a convoy", { publishedAt: "2024-12-31" });
    expect(dates.map((d) => d.value.start)).toEqual(["2021-01-01", "2017-01-01", "2024-07-20"]);
  });
});
