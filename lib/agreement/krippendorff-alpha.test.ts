import { describe, expect, it } from "vitest";
import nltk from "./fixtures/nltk-alpha.json";
import { coincidences, krippendorffAlpha, type ReliabilityData, type ReliabilityValue } from "./krippendorff-alpha";

/** Krippendorff's tables are coders × units; ours are units × coders. */
function byUnit(byCoder: readonly (readonly (ReliabilityValue | null)[])[]): ReliabilityData {
  return byCoder[0]!.map((_, unit) => byCoder.map((coder) => coder[unit] ?? null));
}

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section C ("nominal data,
 * any number of observers, missing data") and the later sections on the other metrics:
 * https://repository.upenn.edu/asc_papers/43 — 4 observers, 12 units, unit 12 valued once.
 * Published: nominal α = 0.743, ordinal 0.815, interval 0.849, ratio 0.797, n = 40 pairable values.
 * The same table is the "C" data of R's irr::kripp.alpha / DescTools::KrippAlpha
 * (https://search.r-project.org/CRAN/refmans/DescTools/html/KrippAlpha.html) and the fixture of the
 * Python package krippendorff (github.com/pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py:
 * ordinal 0.815, ratio 0.797). Units 1–11 are the example of Content Analysis, 4th ed. (2019), p. 290.
 */
const krippendorff2011 = byUnit([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null], // A
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3], // B
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null], // C
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null], // D
]);

/**
 * Wikipedia, "Krippendorff's alpha", section "A computational example":
 * https://en.wikipedia.org/wiki/Krippendorff%27s_alpha#A_computational_example — 3 coders, 15 units,
 * many missing. Published: nominal α = 0.691, interval α = 0.811 (the Python package's tests pin them to
 * 0.691358 and 0.810845).
 */
const wikipedia = byUnit([
  [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3], // A
  [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null], // B
  [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4], // C
]);

describe("Krippendorff's alpha against the published worked examples", () => {
  it("reproduces Krippendorff (2011): nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797 over 40 pairable values", () => {
    expect(krippendorffAlpha(krippendorff2011, "nominal").value).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(krippendorff2011, "ordinal").value).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(krippendorff2011, "interval").value).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(krippendorff2011, "ratio").value).toBeCloseTo(0.797, 3);
    expect(krippendorffAlpha(krippendorff2011, "interval").pairableValues).toBe(40);
  });

  it("builds the coincidence matrix of Krippendorff (2011): marginals 9, 13, 10, 5, 3", () => {
    const { values, matrix, marginals, pairableValues } = coincidences(krippendorff2011, { isOrdered: true });
    expect(values).toEqual([1, 2, 3, 4, 5]);
    expect(marginals).toEqual([9, 13, 10, 5, 3]);
    expect(pairableValues).toBe(40);
    // Unit 6 (values 1, 2, 3, 4 from four observers) adds 1/3 to every off-diagonal cell of 1–4.
    const third = 1 / 3;
    const expected = [
      [7, 4 * third, third, third, 0],
      [4 * third, 10, 4 * third, third, 0],
      [third, 4 * third, 8, third, 0],
      [third, third, third, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    matrix.forEach((row, c) => row.forEach((cell, k) => expect(cell).toBeCloseTo(expected[c]![k]!, 12)));
  });

  it("reproduces Wikipedia's example: nominal 0.691, interval 0.811 over 26 pairable values", () => {
    const nominal = krippendorffAlpha(wikipedia, "nominal");
    expect(nominal.value).toBeCloseTo(0.691358, 6);
    expect(nominal.pairableValues).toBe(26);
    expect(krippendorffAlpha(wikipedia, "interval").value).toBeCloseTo(0.810845, 6);
  });

  it("equals an independent implementation (NLTK's AnnotationTask.alpha) on random data with missing values", () => {
    expect(nltk.cases.length).toBeGreaterThan(5);
    for (const { name, metric, data, alpha } of nltk.cases) {
      const result = krippendorffAlpha(data, metric as "interval" | "nominal");
      expect(result.value, name).toBeCloseTo(alpha, 10);
    }
  });
});

describe("Krippendorff's alpha at the edges", () => {
  it("drops units fewer than two coders valued: they change neither α nor the pairable count", () => {
    const withLoners = [...krippendorff2011, [7, null, null, null], [null, null, null, null]];
    expect(krippendorffAlpha(withLoners, "interval")).toEqual(krippendorffAlpha(krippendorff2011, "interval"));
  });

  it("is null with fewer than two pairable values", () => {
    expect(krippendorffAlpha([], "nominal")).toEqual({ value: null, pairableValues: 0 });
    expect(krippendorffAlpha([[1, null], [null, 2]], "interval")).toEqual({ value: null, pairableValues: 0 });
  });

  it("is null, not 1, when the pairable values do not vary (D_e = 0), and says how many there were", () => {
    expect(krippendorffAlpha([[5, 5], [5, 5], [5, null]], "interval")).toEqual({ value: null, pairableValues: 4 });
    expect(krippendorffAlpha([["affirmed", "affirmed"]], "nominal")).toEqual({ value: null, pairableValues: 2 });
  });

  it("is exactly 1 when coders agree and the values vary", () => {
    expect(krippendorffAlpha([[1, 1, 1], [2, 2, null], [40, 40, 40]], "interval").value).toBe(1);
    expect(krippendorffAlpha([["e1", "e1"], ["e2", "e2"]], "nominal").value).toBe(1);
  });

  it("is below 0 when coders disagree systematically", () => {
    expect(krippendorffAlpha([[1, 2], [2, 1]], "nominal").value).toBeLessThan(0);
  });

  it("keeps interval α when every value is shifted by a billion (differences, not squares of large numbers)", () => {
    const shifted = krippendorff2011.map((unit) => unit.map((value) => (value === null ? null : (value as number) + 1e9)));
    expect(krippendorffAlpha(shifted, "interval").value).toBeCloseTo(0.849107, 6);
  });

  it("tells nominal values apart by identity: labels are fine, and '1' is not 1", () => {
    expect(krippendorffAlpha([["1", 1], ["2", "2"]], "nominal").value).toBeLessThan(1);
  });

  it("refuses what the numeric metrics cannot measure", () => {
    expect(() => krippendorffAlpha([["a", "b"]], "interval")).toThrow(TypeError);
    expect(() => krippendorffAlpha([[Number.NaN, 1]], "interval")).toThrow(TypeError);
    expect(() => krippendorffAlpha([[-1, 1]], "ratio")).toThrow(RangeError);
  });
});
