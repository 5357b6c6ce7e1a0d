import { describe, expect, it } from "vitest";
import { findUnsafeText } from "./unsafe-text";

describe("findUnsafeText", () => {
  it("names the field holding a NUL, however deep", () => {
    expect(findUnsafeText({ value: { qualifiers: [{ note: "ok" }, { note: "a\u0000b" }] } }, "body")).toEqual({
      path: "body.value.qualifiers.1.note",
      message: expect.stringContaining("NUL"),
    });
  });

  it("finds a lone surrogate, in a value or a key", () => {
    expect(findUnsafeText({ name: "\ud800x" }, "body")?.message).toContain("surrogate");
    expect(findUnsafeText({ ["k\udc00"]: 1 }, "query")?.path).toBe("query.k\udc00");
  });

  it("passes any well-formed text without NUL, including astral characters and RTL script", () => {
    expect(findUnsafeText({ a: "Ménaka 🇲🇱 تلاتاي", b: [1, true, null] }, "body")).toBeNull();
  });
});
