import { describe, expect, it } from "vitest";
import { describeManualFlag } from "@/lib/conflicts/manual-explanation";

const government = {
  attributedTo: "Government of Mali",
  subject: "Battle of Talataye (2022)",
  property: "Occurred",
  valueText: 'affirmed: the Malian air force conducted "offensive reconnaissance" during the battle',
};
const leMonde = { ...government, attributedTo: "local sources", valueText: "denied: airstrikes occurred during the battle" };

describe("describeManualFlag", () => {
  it("names a shared subject and property once", () => {
    expect(describeManualFlag([government, leMonde])).toBe(
      'Flagged by hand (about Battle of Talataye (2022) · Occurred). Government of Mali: affirmed: the Malian air force conducted "offensive reconnaissance" during the battle; Local sources: denied: airstrikes occurred during the battle.',
    );
  });

  it("names each claim's subject and property when they differ", () => {
    const casualties = { attributedTo: "IS", subject: "MSA and JNIM forces", property: "Casualties", valueText: "at least 60 killed" };
    expect(describeManualFlag([casualties, leMonde])).toBe(
      "Flagged by hand. IS: MSA and JNIM forces · Casualties, at least 60 killed; Local sources: Battle of Talataye (2022) · Occurred, denied: airstrikes occurred during the battle.",
    );
  });
});
