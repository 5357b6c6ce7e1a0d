import { describe, expect, it } from "vitest";
import { emptyValue, valueForType } from "./claim-draft";

describe("a claim draft's value across clicks", () => {
  it("a polarity suggested before the assertion property is chosen reaches the value (Le Monde denies the airstrikes)", () => {
    expect(valueForType(emptyValue("quantity"), "assertion", { polarity: "denied" })).toEqual({ type: "assertion", proposition: "", polarity: "denied" });
  });

  it("a value that fits the new property is kept as it is", () => {
    const denied = { type: "assertion" as const, proposition: "airstrikes occurred", polarity: "denied" as const };
    expect(valueForType(denied, "assertion", { polarity: "affirmed" })).toBe(denied);
  });

  it("going through another type and back keeps the proposition and polarity the user gave", () => {
    const memory = { proposition: "airstrikes occurred", polarity: "denied" as const };
    const away = valueForType({ type: "assertion", ...memory }, "quantity", memory);
    expect(away).toEqual(emptyValue("quantity"));
    expect(valueForType(away, "assertion", memory)).toEqual({ type: "assertion", proposition: "airstrikes occurred", polarity: "denied" });
  });

  it("without anything remembered, a new assertion starts empty and affirmed", () => {
    expect(valueForType(emptyValue("text"), "assertion", {})).toEqual({ type: "assertion", proposition: "", polarity: "affirmed" });
  });
});
