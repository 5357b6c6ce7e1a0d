import { describe, expect, it } from "vitest";
import { suggestFromSelection } from "@/lib/claims/parse/suggest";

describe("suggestFromSelection", () => {
  it("offers every figure, date and attribution of the selection", () => {
    const suggestions = suggestFromSelection(
      "On 2 August, CSP said that 84 Wagner mercenaries and 47 Malian soldiers were killed in the battle",
      { publishedAt: "2024-08-05" },
    );
    expect(suggestions).toEqual({
      quantities: [
        {
          start: 27,
          end: 29,
          value: { type: "quantity", kind: "exact", min: 84, max: 84, category: "killed", text: "84" },
          qualifiers: { victimGroup: "fighters" },
        },
        {
          start: 53,
          end: 55,
          value: { type: "quantity", kind: "exact", min: 47, max: 47, category: "killed", text: "47" },
          qualifiers: { victimGroup: "soldiers" },
        },
      ],
      dates: [{ start: 3, end: 11, value: { type: "date", start: "2024-08-02", end: "2024-08-02", precision: "day", text: "2 August" } }],
      attributions: [{ start: 13, end: 21, chain: [{ role: "origin", partyName: "CSP" }], polarity: "affirmed", hedging: null }],
    });
  });

  it("does not read the days and years of a date as figures", () => {
    const suggestions = suggestFromSelection("between 6 and 7 September 2022");
    expect(suggestions.quantities).toEqual([]);
    expect(suggestions.dates).toHaveLength(1);
  });

  it("suggests nothing for words without figures, dates or speakers", () => {
    expect(suggestFromSelection("ISGS abandoned Talataye")).toEqual({ quantities: [], dates: [], attributions: [] });
  });
});
