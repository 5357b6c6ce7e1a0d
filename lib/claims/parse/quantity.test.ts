import { describe, expect, it } from "vitest";
import { quantityValueSchema, type QuantityValue } from "@/lib/claims/value";
import { findQuantities, parseQuantity } from "@/lib/claims/parse/quantity";

type Expected = Omit<QuantityValue, "type">;

describe("parseQuantity", () => {
  it.each<[string, Expected]>([
    ["60+", { kind: "at_least", min: 60, max: null, text: "60+" }],
    ["17+", { kind: "at_least", min: 17, max: null, text: "17+" }],
    ["4", { kind: "exact", min: 4, max: 4, text: "4" }],
    ["only four", { kind: "exact", min: 4, max: 4, text: "only four" }],
    ["at least 30", { kind: "at_least", min: 30, max: null, text: "at least 30" }],
    ["at least 45 inhabitants", { kind: "at_least", min: 45, max: null, category: "other", text: "at least 45" }],
    ["at least 25 deaths", { kind: "at_least", min: 25, max: null, category: "killed", text: "at least 25" }],
    ["30–45+", { kind: "range", min: 30, max: null, text: "30–45+" }],
    ["30-45", { kind: "range", min: 30, max: 45, text: "30-45" }],
    ["300 to 700", { kind: "range", min: 300, max: 700, text: "300 to 700" }],
    ["between 300 and 700", { kind: "range", min: 300, max: 700, text: "between 300 and 700" }],
    ["several hundred", { kind: "vague", min: 200, max: 900, text: "several hundred" }],
    ["several thousand", { kind: "vague", min: 2_000, max: 9_000, text: "several thousand" }],
    ["dozens", { kind: "vague", min: 12, max: 99, text: "dozens" }],
    ["tens of thousands", { kind: "vague", min: 10_000, max: 99_999, text: "tens of thousands" }],
    ["scores", { kind: "vague", min: 20, max: 99, text: "scores" }],
    ["a few", { kind: "vague", min: 2, max: 9, text: "a few" }],
    ["as many as 70", { kind: "at_most", min: 0, max: 70, text: "as many as 70" }],
    ["exceeded 9,000", { kind: "at_least", min: 9_001, max: null, text: "exceeded 9,000" }],
    ["about 100", { kind: "approximately", min: 90, max: 110, text: "about 100" }],
    ["more than a dozen", { kind: "at_least", min: 13, max: null, text: "more than a dozen" }],
    ["at least thousands", { kind: "at_least", min: 1_000, max: null, text: "at least thousands" }],
    ["up to hundreds", { kind: "at_most", min: 0, max: 999, text: "up to hundreds" }],
    ["several dozen", { kind: "vague", min: 24, max: 99, text: "several dozen" }],
    ["hundreds", { kind: "vague", min: 100, max: 999, text: "hundreds" }],
    ["numerous", { kind: "vague", min: null, max: null, text: "numerous" }],
    ["nearly 20", { kind: "approximately", min: 18, max: 22, text: "nearly 20" }],
    ["around 20", { kind: "approximately", min: 18, max: 22, text: "around 20" }],
    ["about 20", { kind: "approximately", min: 18, max: 22, text: "about 20" }],
    ["approximately 45", { kind: "approximately", min: 40, max: 50, text: "approximately 45" }],
    ["over 50", { kind: "at_least", min: 51, max: null, text: "over 50" }],
    ["more than 50", { kind: "at_least", min: 51, max: null, text: "more than 50" }],
    ["50 or more", { kind: "at_least", min: 50, max: null, text: "50 or more" }],
    ["at most 12", { kind: "at_most", min: 0, max: 12, text: "at most 12" }],
    ["up to 12", { kind: "at_most", min: 0, max: 12, text: "up to 12" }],
    ["fewer than 12", { kind: "at_most", min: 0, max: 11, text: "fewer than 12" }],
    ["84", { kind: "exact", min: 84, max: 84, text: "84" }],
    ["100", { kind: "exact", min: 100, max: 100, text: "100" }],
    ["one", { kind: "exact", min: 1, max: 1, text: "one" }],
    ["twelve", { kind: "exact", min: 12, max: 12, text: "twelve" }],
    ["twenty", { kind: "exact", min: 20, max: 20, text: "twenty" }],
    ["twenty-five", { kind: "exact", min: 25, max: 25, text: "twenty-five" }],
    ["thirty", { kind: "exact", min: 30, max: 30, text: "thirty" }],
    ["a hundred", { kind: "exact", min: 100, max: 100, text: "a hundred" }],
    ["three hundred and fifty", { kind: "exact", min: 350, max: 350, text: "three hundred and fifty" }],
    ["two thousand", { kind: "exact", min: 2_000, max: 2_000, text: "two thousand" }],
    ["13,000", { kind: "exact", min: 13_000, max: 13_000, text: "13,000" }],
    ["2,400", { kind: "exact", min: 2_400, max: 2_400, text: "2,400" }],
    ["50,000", { kind: "exact", min: 50_000, max: 50_000, text: "50,000" }],
    ["1.5 million", { kind: "exact", min: 1_500_000, max: 1_500_000, text: "1.5 million" }],
  ])("reads %j", (words, expected) => {
    const suggestion = parseQuantity(words);
    expect(suggestion?.value).toEqual({ type: "quantity", ...expected });
    expect(quantityValueSchema.safeParse(suggestion?.value).success).toBe(true);
  });

  it.each([
    ["at least 45 inhabitants", "civilians"],
    ["17 ISGS militants", "fighters"],
    ["3 Tuareg militiamen", "fighters"],
    ["47 Malian soldiers", "soldiers"],
    ["84 Wagner mercenaries", "fighters"],
    ["dozens of Malian and Wagner forces", "soldiers"],
    ["20 civilians and fighters", "mixed"],
  ])("hints the victim group of %j", (words, victimGroup) => {
    expect(parseQuantity(words)?.qualifiers?.victimGroup).toBe(victimGroup);
  });

  it.each([
    ["30 civilians were killed", "killed"],
    ["12 were wounded", "wounded"],
    ["5 soldiers were taken prisoner", "captured"],
    ["2,400 civilians fled", "displaced"],
    ["30 other troops, either dead or seriously injured", "killed_or_wounded"],
    ["heavy losses, 40 in all", "killed_or_wounded"],
    ["dozens killed, injured or captured", "other"],
    ["no casualties", "killed_or_wounded"],
    ["the bodies of 12 people", "killed"],
    ["a toll of 45", "killed"],
    ["45 lost their lives", "killed"],
    ["12 survived", "other"],
  ])("detects the category of %j", (words, category) => {
    expect(parseQuantity(words)?.value.category).toBe(category);
  });

  it("gives each figure the category of its own clause", () => {
    const figures = findQuantities(
      "84 Wagner mercenaries and 47 Malian soldiers were killed, while 30 other troops, either dead or seriously injured, were evacuated",
    );
    expect(figures.map((f) => [f.value.text, f.value.category])).toEqual([
      ["84", "killed"],
      ["47", "killed"],
      ["30", "killed_or_wounded"],
    ]);
  });

  it("reads each figure's category from its own words", () => {
    const figures = findQuantities("three guards died and eight were hurt, and 9,000 residents have been displaced");
    expect(figures.map((f) => [f.value.text, f.value.category])).toEqual([
      ["three", "killed"],
      ["eight", "wounded"],
      ["9,000", "displaced"],
    ]);
  });

  it("gives the figures of a list and of a breakdown the category of the whole", () => {
    const list = findQuantities("Thirty people, including 15 soldiers, have been killed");
    expect(list.map((f) => [f.value.text, f.value.category])).toEqual([
      ["Thirty", "killed"],
      ["15", "killed"],
    ]);
    const breakdown = findQuantities("he helped carry 52 bodies wrapped in blankets – 27 men, 16 women and nine children");
    expect(breakdown.map((f) => f.value.category)).toEqual(["killed", "killed", "killed", "killed"]);
  });

  it.each([
    ["forced 1.8 million people from their homes", "displaced"],
    ["the displacement of thousands of people", "displaced"],
    ["the wounding of 130 others", "wounded"],
    ["attended the burial of 85 people", "killed"],
    ["Ukraine had lost more than 11,000 soldiers", "killed_or_wounded"],
    ["at least 16 civilians, including women and children, were killed", "killed"],
    ["the number of bodies recovered had risen to 283", "killed"],
    ["the bodies of 73 martyrs were recovered", "killed"],
    ["29 soldiers fell in battle", "killed"],
    ["The wounded included two aid workers", "wounded"],
    ["the killing of at least 124 people, wounding of dozens more", "killed"],
  ])("reads the harm a phrase around the figure names: %j", (words, category) => {
    expect(parseQuantity(words)?.value.category).toBe(category);
  });

  it("reads approximations the lexicon marks as such", () => {
    expect(parseQuantity("half a dozen bodies")?.value).toMatchObject({ kind: "approximately", min: 5, max: 7 });
    expect(parseQuantity("Une trentaine de personnes ont été tuées")?.value).toMatchObject({ kind: "approximately", min: 27, max: 33 });
  });

  it("reads no casualties as exactly none", () => {
    expect(parseQuantity("There were no casualties")?.value).toMatchObject({ kind: "exact", min: 0, max: 0, text: "no" });
    expect(parseQuantity("The ministry gave no details")).toBeNull();
  });

  it("takes vague amounts from the project's lexicon", () => {
    const lexicon = [{ words: "dozens", min: 24, max: 99 }];
    expect(parseQuantity("dozens were killed", { vagueQuantities: lexicon })?.value).toMatchObject({ min: 24, max: 99 });
    expect(parseQuantity("hundreds were killed", { vagueQuantities: lexicon })).toBeNull();
  });

  it.each([
    ["a duration", "over the last 48 hours"],
    ["a duration in words", "after three days of clashes"],
    ["an age", "a 25-year-old man"],
    ["an age after aged", "a man aged 45"],
    ["a distance", "3 km from the town"],
    ["things, not people", "four clinics were destroyed"],
    ["a sum of money", "$5 million in aid"],
    ["the speaker of a reporting verb", "said one resident"],
    ["an age range", "children, aged 6 to 15, were killed"],
    ["a proportion", "one in every five people"],
    ["a zero of something else", "There was zero chance of civilian casualties"],
    ["a date", "6–7 September 2022"],
    ["a year", "in 2009"],
    ["a time of day", "at 3:00 pm"],
    ["a citation mark", "since 2017.[10]"],
    ["a number inside a word", "Casualties1: class=skin-invert|15px"],
    ["a percentage", "50% of the town"],
    ["one of a kind", "one of the deadliest attacks"],
    ["no figure at all", "heavy casualties on Tuareg forces"],
  ])("finds no figure in %s", (_, words) => {
    expect(parseQuantity(words)).toBeNull();
  });
});
