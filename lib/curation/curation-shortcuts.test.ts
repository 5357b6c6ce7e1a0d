import { describe, expect, it } from "vitest";
import { curationCommandForKey, decisionSentence } from "./curation-shortcuts";

const press = (key: string, extra: Partial<Parameters<typeof curationCommandForKey>[0]> = {}) =>
  curationCommandForKey({ key, ctrlKey: false, metaKey: false, altKey: false, isTyping: false, ...extra });

describe("curation keys", () => {
  it("moves with j and k, accepts coder 1–9 with its digit, and writes with w", () => {
    expect(press("j")).toEqual({ kind: "next" });
    expect(press("K")).toEqual({ kind: "previous" });
    expect(press("1")).toEqual({ kind: "accept", coder: 1 });
    expect(press("9")).toEqual({ kind: "accept", coder: 9 });
    expect(press("w")).toEqual({ kind: "write" });
  });

  it("ignores 0, other keys, modified keys and keys typed into a field", () => {
    expect(press("0")).toBeNull();
    expect(press("a")).toBeNull();
    expect(press("1", { ctrlKey: true })).toBeNull();
    expect(press("2", { metaKey: true })).toBeNull();
    expect(press("w", { altKey: true })).toBeNull();
    expect(press("3", { isTyping: true })).toBeNull();
  });
});

describe("what a decision says", () => {
  it("names whose claim was accepted and who accepted it, or who wrote their own", () => {
    const decidedBy = { name: "Olga Owner" };
    expect(decisionSentence({ kind: "accepted", decidedBy, claim: { createdBy: { name: "Rémi" } } })).toBe("Accepted Rémi's claim — by Olga Owner");
    expect(decisionSentence({ kind: "written", decidedBy, claim: { createdBy: decidedBy } })).toBe("Wrote their own claim — Olga Owner");
  });
});
