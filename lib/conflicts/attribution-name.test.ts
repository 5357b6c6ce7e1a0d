import { describe, expect, it } from "vitest";
import { attributionName } from "@/lib/conflicts/attribution-name";

describe("attributionName", () => {
  it.each([
    ["no chain", [], "an unattributed source"],
    ["an origin", [{ role: "origin", label: "ACLED" }], "ACLED"],
    [
      "an origin relayed by an outlet",
      [
        { role: "origin", label: "local sources" },
        { role: "intermediary", label: "Le Monde" },
      ],
      "Le Monde (citing local sources)",
    ],
    [
      "the last of several intermediaries, not the reporting document",
      [
        { role: "origin", label: "a witness" },
        { role: "intermediary", label: "a local radio" },
        { role: "intermediary", label: "AFP" },
        { role: "reporter", label: "Battle of Talataye (2022)" },
      ],
      "AFP (citing a witness)",
    ],
  ] as const)("%s", (_, chain, expected) => {
    expect(attributionName(chain)).toBe(expected);
  });
});
