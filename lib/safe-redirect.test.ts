import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackPath("/projects/demo/claims?status=approved#top")).toBe("/projects/demo/claims?status=approved#top");
  });

  it.each([
    ["/\\evil.test/phish"],
    ["/%5Cevil.test/phish".replace("%5C", "\\")],
    ["//evil.test"],
    ["///evil.test"],
    ["https://evil.test/"],
    ["javascript:alert(1)"],
    ["/\tevil"],
    [""],
  ])("sends %j to the projects page", (value) => {
    expect(safeCallbackPath(value)).toBe("/projects");
  });

  it("ignores what is not a string", () => {
    expect(safeCallbackPath(undefined)).toBe("/projects");
    expect(safeCallbackPath(["/a"])).toBe("/projects");
  });
});
