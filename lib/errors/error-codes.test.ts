import { describe, expect, it } from "vitest";
import { errorCodes, isErrorCode } from "./error-codes";

describe("error codes", () => {
  it("are unique, snake_case wire values", () => {
    const values = Object.values(errorCodes);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("tell a known code from anything else", () => {
    expect(isErrorCode("stale_version")).toBe(true);
    expect(isErrorCode("Stale_Version")).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });
});
