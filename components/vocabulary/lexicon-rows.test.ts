import { describe, expect, it } from "vitest";
import { countProblems, entriesOf, rowProblems, rowsOf } from "./lexicon-rows";

const rows = rowsOf(
  [
    { words: "dozens", min: 12, max: 99, kind: "vague" },
    { words: "many", min: null, max: null, kind: "vague" },
    { words: "une trentaine", min: 27, max: 33, kind: "approximately" },
  ],
  10,
);

describe("the vague-amount editor's rows", () => {
  it("round-trip the entries, open bounds as empty fields", () => {
    expect(rows.map((r) => [r.id, r.min, r.max])).toEqual([
      [10, "12", "99"],
      [11, "", ""],
      [12, "27", "33"],
    ]);
    expect(entriesOf(rows)).toEqual({
      entries: [
        { words: "dozens", min: 12, max: 99, kind: "vague" },
        { words: "many", min: null, max: null, kind: "vague" },
        { words: "une trentaine", min: 27, max: 33, kind: "approximately" },
      ],
    });
  });

  it("refuse bounds that are not whole numbers before sending, by row", () => {
    const typed = rows.map((r) => (r.id === 10 ? { ...r, min: "12a", max: " 99 " } : r.id === 12 ? { ...r, max: "-3" } : r));
    expect(entriesOf(typed)).toEqual({
      errors: {
        10: { min: "Write a whole number, or leave it empty for no figure" },
        12: { max: "Write a whole number, or leave it empty for no figure" },
      },
    });
  });

  it("place the API's field messages on the rows they were sent as; the rest are about the list", () => {
    const details = {
      fields: [
        { path: "body.entries.0.max", message: "The lower bound must not exceed the upper bound" },
        { path: "body.entries.2.words", message: "Use letters and spaces only" },
        { path: "body.entries.2.words", message: "A second message for the same field" },
        { path: "body.entries", message: "At most 100 wordings" },
      ],
    };
    const problems = rowProblems(details, rows);
    expect(problems).toEqual({
      byRow: { 10: { max: "The lower bound must not exceed the upper bound" }, 12: { words: "Use letters and spaces only" } },
      list: ["At most 100 wordings"],
    });
    expect(countProblems(problems.byRow)).toBe(2);
    expect(rowProblems(undefined, rows)).toEqual({ byRow: {}, list: [] });
  });
});
