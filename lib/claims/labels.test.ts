import { describe, expect, it } from "vitest";
import { describeQualifiers, qualifierValueLabel } from "./labels";

describe("qualifiers in words", () => {
  it("names each set qualifier by its label, never by its key", () => {
    expect(describeQualifiers({ victimGroup: "fighters", place: "Talataye", time: "", side: undefined })).toBe("Victim group: fighters, Place: Talataye");
  });

  it("keeps free text as typed and words known values", () => {
    expect(qualifierValueLabel("victimGroup", "civilians")).toBe("civilians");
    expect(qualifierValueLabel("side", "FAMa")).toBe("FAMa");
  });
});
