import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "./decode-utf8";
import { codePointLength, sha256Hex } from "./text-content";

describe("text content", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(codePointLength("Ménaka")).toBe(6);
    expect(codePointLength("6–7 September")).toBe(13);
    expect(codePointLength("a😀b")).toBe(3);
    expect(codePointLength("")).toBe(0);
  });

  it("hashes the UTF-8 bytes", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("é")).toBe(sha256Hex("\u00e9"));
    expect(sha256Hex("é")).not.toBe(sha256Hex("e\u0301"));
  });

  it("rejects bytes that are not UTF-8", () => {
    expect(decodeUtf8(new TextEncoder().encode("Talataye – Ménaka"))).toBe("Talataye – Ménaka");
    expect(decodeUtf8(new Uint8Array([0x54, 0xe9, 0x6c]))).toBeNull();
  });
});
