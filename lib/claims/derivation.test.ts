import { describe, expect, it } from "vitest";
import { derivationRefusal } from "./derivation";

describe("marking a claim as derived from another", () => {
  it("is allowed for a new claim and for a chain without the claim", () => {
    expect(derivationRefusal(undefined, ["a"])).toBeUndefined();
    expect(derivationRefusal("c", ["b", "a"])).toBeUndefined();
  });

  it("is refused from itself", () => {
    expect(derivationRefusal("a", ["a"])).toBe("A claim cannot be derived from itself");
  });

  it("is refused when it would close a loop, saying how long", () => {
    expect(derivationRefusal("a", ["b", "a"])).toBe("That claim is already derived from this one, which would make a loop");
    expect(derivationRefusal("a", ["c", "b", "a"])).toBe("That claim is already derived from this one (through 1 other claim), which would make a loop");
    expect(derivationRefusal("a", ["d", "c", "b", "a"])).toBe("That claim is already derived from this one (through 2 other claims), which would make a loop");
  });
});
