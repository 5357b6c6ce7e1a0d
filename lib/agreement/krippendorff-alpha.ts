/**
 * Krippendorff's α by the coincidence-matrix method (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability", https://repository.upenn.edu/asc_papers/43):
 *
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *
 * o_ck is the coincidence matrix: every unit with m_u ≥ 2 values adds, for each
 * ordered pair of its values (from two different coders), 1/(m_u − 1) to the
 * cell of that pair. n_c counts the pairable values c, n = Σ n_c. A unit that
 * fewer than two coders valued cannot be paired and drops out: missing data is
 * not disagreement.
 *
 * When is α not a number:
 * - fewer than two pairable values (n < 2): nothing to compare, `value` is null;
 * - every pairable value is the same (no variation): D_e = 0 and so D_o = 0,
 *   α = 0/0, which the formula leaves undefined. It stays undefined (null), not
 *   1: the data cannot tell coders who agree from coders who would write that
 *   value whatever the text said. Implementations differ here — R's tidycomm
 *   answers 1, the Python package `krippendorff` refuses the data ("There has
 *   to be more than one value in the domain"); null is that refusal as a
 *   value. `pairableValues` ≥ 2 beside a null value tells this case from the
 *   one above.
 *
 * Numerical care: pair counts are kept as exact integers per unit size m and
 * divided by (m − 1) once per size; marginals n_c are integer counts, not row
 * sums of fractions; "no variation" is decided by counting distinct values,
 * never by comparing a floating D_e with 0; the sums use Neumaier's compensated
 * summation.
 */

export type AlphaMetric = "nominal" | "ordinal" | "interval" | "ratio";

/** One coder's value in one unit; null or undefined is missing data. */
export type ReliabilityValue = string | number;

/** Reliability data as units × coders: `data[u][c]` is coder c's value in unit u. */
export type ReliabilityData = readonly (readonly (ReliabilityValue | null | undefined)[])[];

export interface AlphaResult {
  /** α; null where fewer than two values are pairable or they do not vary. */
  value: number | null;
  /** n: the values in units that at least two coders valued. */
  pairableValues: number;
}

export interface Coincidences {
  /** The distinct pairable values: numbers ascending (metric order), strings in first-seen order. */
  values: ReliabilityValue[];
  /** o_ck, indexed like `values`. */
  matrix: number[][];
  /** n_c, indexed like `values`. */
  marginals: number[];
  /** n = Σ n_c. */
  pairableValues: number;
}

/** The values-by-values coincidence matrix of reliability data with missing values. */
export function coincidences(data: ReliabilityData, options: { isOrdered?: boolean } = {}): Coincidences {
  const units = data.map((unit) => unit.filter((value): value is ReliabilityValue => value !== null && value !== undefined)).filter((unit) => unit.length >= 2);
  const firstSeen: ReliabilityValue[] = [];
  const seen = new Set<ReliabilityValue>();
  for (const unit of units) {
    for (const value of unit) {
      if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`Not a finite value: ${value}`);
      if (!seen.has(value)) {
        seen.add(value);
        firstSeen.push(value);
      }
    }
  }
  const values = options.isOrdered ? [...firstSeen].sort((a, b) => (a as number) - (b as number)) : firstSeen;
  const index = new Map(values.map((value, i) => [value, i]));
  const size = values.length;

  // Integer pair counts per unit size m: pairs[m][c][k] = ordered pairs (c, k) from different coders in units of m values.
  const pairsBySize = new Map<number, number[][]>();
  const marginals = new Array<number>(size).fill(0);
  for (const unit of units) {
    const counts = new Map<number, number>();
    for (const value of unit) {
      const i = index.get(value)!;
      counts.set(i, (counts.get(i) ?? 0) + 1);
      marginals[i]! += 1;
    }
    let pairs = pairsBySize.get(unit.length);
    if (!pairs) {
      pairs = Array.from({ length: size }, () => new Array<number>(size).fill(0));
      pairsBySize.set(unit.length, pairs);
    }
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) pairs[c]![k]! += c === k ? nc * (nc - 1) : nc * nk;
    }
  }
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const terms = [...pairsBySize].map(([m, pairs]) => pairs[c]![k]! / (m - 1));
      matrix[c]![k] = compensatedSum(terms);
    }
  }
  return { values, matrix, marginals, pairableValues: marginals.reduce((sum, n) => sum + n, 0) };
}

/** Krippendorff's α of reliability data (units × coders, missing values null) under a metric. */
export function krippendorffAlpha(data: ReliabilityData, metric: AlphaMetric): AlphaResult {
  const isNumeric = metric !== "nominal";
  if (isNumeric) assertNumbers(data, metric);
  const { values, matrix, marginals, pairableValues: n } = coincidences(data, { isOrdered: isNumeric });
  if (n < 2 || values.length < 2) return { value: null, pairableValues: n };

  const delta = differenceFunction(metric, values as number[], marginals);
  const observed: number[] = [];
  const expected: number[] = [];
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      if (c === k) continue; // δ²_cc = 0 under every metric here
      const d = delta(c, k);
      observed.push(matrix[c]![k]! * d);
      expected.push(marginals[c]! * marginals[k]! * d);
    }
  }
  const value = 1 - ((n - 1) * compensatedSum(observed)) / compensatedSum(expected);
  return { value, pairableValues: n };
}

type Delta = (c: number, k: number) => number;

/** δ²_ck by index into the distinct values (ascending for the numeric metrics), after Krippendorff 2011. */
function differenceFunction(metric: AlphaMetric, values: readonly number[], marginals: readonly number[]): Delta {
  switch (metric) {
    case "nominal":
      return (c, k) => (c === k ? 0 : 1);
    case "interval":
      return (c, k) => (values[c]! - values[k]!) ** 2;
    case "ratio":
      return (c, k) => {
        const [a, b] = [values[c]!, values[k]!];
        return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
      };
    case "ordinal": {
      // δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², with integer prefix sums of the ranked marginals.
      const prefix = [0];
      for (const count of marginals) prefix.push(prefix[prefix.length - 1]! + count);
      return (c, k) => {
        const [low, high] = c < k ? [c, k] : [k, c];
        return (prefix[high + 1]! - prefix[low]! - (marginals[low]! + marginals[high]!) / 2) ** 2;
      };
    }
  }
}

function assertNumbers(data: ReliabilityData, metric: AlphaMetric): void {
  for (const unit of data) {
    for (const value of unit) {
      if (value === null || value === undefined) continue;
      if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(`The ${metric} metric needs finite numbers, not ${String(value)}`);
      if (metric === "ratio" && value < 0) throw new RangeError(`The ratio metric needs values of at least 0, not ${value}`);
    }
  }
}

/** Neumaier's compensated sum: the error of adding terms of very different sizes is carried, not dropped. */
function compensatedSum(terms: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const term of terms) {
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
  }
  return sum + compensation;
}
