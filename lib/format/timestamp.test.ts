import { describe, expect, it } from "vitest";
import { formatTimestamp } from "./timestamp";

describe("formatTimestamp", () => {
  it("is the same in every time zone", () => {
    expect(formatTimestamp("2026-11-21T20:41:05.000Z")).toBe("21 Nov 2026, 20:41 UTC");
    expect(formatTimestamp(new Date("2026-12-09T06:00:00.000Z"))).toBe("9 Dec 2026, 06:00 UTC");
  });
});
