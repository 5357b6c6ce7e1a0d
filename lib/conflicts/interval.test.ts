import { describe, expect, it } from "vitest";
import type { QuantityValue } from "@/lib/claims/value";
import { areDisjoint, dateInterval, quantityInterval, relativeGap, representativeValue } from "@/lib/conflicts/interval";

const q = (kind: QuantityValue["kind"], min: number | null, max: number | null): QuantityValue => ({ type: "quantity", kind, min, max });

describe("intervals", () => {
  it("reads a quantity as the counts it allows; an open end is unbounded, an unknown start is not comparable", () => {
    expect(quantityInterval(q("exact", 4, 4))).toEqual({ min: 4, max: 4 });
    expect(quantityInterval(q("at_least", 60, null))).toEqual({ min: 60, max: Infinity });
    expect(quantityInterval(q("range", 30, null))).toEqual({ min: 30, max: Infinity });
    expect(quantityInterval(q("vague", null, null))).toBeNull();
  });

  it("reads a date as its days, inclusive", () => {
    const interval = dateInterval({ type: "date", start: "2022-09-06", end: "2022-09-07", precision: "day" });
    expect(interval.max - interval.min).toBe(1);
  });

  it.each([
    [{ min: 4, max: 4 }, { min: 60, max: Infinity }, true],
    [{ min: 84, max: 84 }, { min: 25, max: Infinity }, false],
    [{ min: 30, max: 30 }, { min: 30, max: Infinity }, false],
    [{ min: 30, max: 44 }, { min: 45, max: 45 }, true],
    [{ min: 0, max: 50 }, { min: 50, max: 50 }, false],
  ])("%j and %j are disjoint: %s", (a, b, expected) => {
    expect(areDisjoint(a, b)).toBe(expected);
    expect(areDisjoint(b, a)).toBe(expected);
  });

  it.each([
    [q("exact", 4, 4), 4],
    [q("at_least", 60, null), 60],
    [q("at_most", 0, 50), 50],
    [q("approximately", 18, 22), 20],
    [q("range", 300, 700), 500],
    [q("range", 30, null), 30],
    [q("vague", 200, 900), 550],
    [q("vague", null, null), null],
  ])("represents %j by %s", (quantity, expected) => {
    expect(representativeValue(quantity)).toBe(expected);
  });

  it.each([
    [17, 60, 43 / 17],
    [45, 30, 0.5],
    [30, 30, 0],
    [0, 5, Infinity],
    [0, 0, 0],
  ])("measures the relative gap of %s and %s", (a, b, expected) => {
    expect(relativeGap(a, b)).toBeCloseTo(expected);
  });
});
