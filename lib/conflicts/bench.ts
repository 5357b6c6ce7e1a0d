import type { ClaimValue, Qualifiers } from "@/lib/claims/value";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import { detectConflicts } from "@/lib/conflicts/detect";
import { DEFAULT_DIVERGENCE_THRESHOLD } from "@/lib/conflicts/options";

export interface DetectionBenchmark {
  claimCount: number;
  groupCount: number;
  /** Median time to detect the conflicts of one group after one of its claims changed. */
  oneGroupMs: number;
  /** Median time to recompute every group of the project. */
  fullMs: number;
  /** Conflicts found by the full recomputation, to show the work was real. */
  conflictCount: number;
}

export interface BenchmarkOptions {
  claimCount?: number;
  groupSize?: number;
  oneGroupRuns?: number;
  fullRuns?: number;
}

/**
 * Times detection on synthetic claims shaped like the reference scenario:
 * groups of `groupSize` claims about one subject and property (five sources
 * reporting on one fact by default; detection compares every pair of a
 * group, so a group's cost grows with the square of its size), mostly
 * casualty figures with a few victim groups, plus assertions, entities and
 * dates. Values come from a fixed-seed generator, so every run measures the
 * same work.
 */
export function benchmarkDetection({
  claimCount = 100_000,
  groupSize = 5,
  oneGroupRuns = 200,
  fullRuns = 3,
}: BenchmarkOptions = {}): DetectionBenchmark {
  const claims = syntheticClaims(claimCount, groupSize);
  const options = { divergenceThreshold: DEFAULT_DIVERGENCE_THRESHOLD };

  // One group after a change: the data layer loads that group's claims (by its index on subject and property) and detects.
  const group = claims.slice(0, groupSize);
  const oneGroupMs = median(
    Array.from({ length: oneGroupRuns }, (_, run) => {
      const changed = group.map((c, i) => (i === 0 ? { ...c, value: quantity(run % 100, null) } : c));
      return time(() => detectConflicts(changed, options));
    }),
  );

  let conflictCount = 0;
  const fullMs = median(
    Array.from({ length: fullRuns }, () =>
      time(() => {
        conflictCount = detectConflicts(claims, options).length;
      }),
    ),
  );
  return { claimCount, groupCount: Math.ceil(claimCount / groupSize), oneGroupMs, fullMs, conflictCount };
}

/**
 * The benchmark's claims: `count` claims in groups of `groupSize`, the same
 * ones on every call (a fixed-seed generator). The database benchmark stores
 * these very claims, so both benchmarks measure the same work.
 */
export function syntheticClaims(count: number, groupSize: number): DetectableClaim[] {
  const random = seededRandom(20_220_906);
  return Array.from({ length: count }, (_, i) => syntheticClaim(i, Math.floor(i / groupSize), random));
}

/**
 * Sources mostly repeat one another, as casualty reports of one event do:
 * each group has a few candidate figures (the common one as "at least" or as
 * an exact count, a higher estimate, a far higher claim) and each claim picks
 * one, so most pairs agree and some diverge or contradict. Assertions,
 * entities and dates mostly agree too. Most claims name the victim group of
 * their group; a few name another one or none.
 */
function syntheticClaim(index: number, group: number, random: () => number): DetectableClaim {
  const kind = group % 10;
  const base = 10 + (group % 190);
  const pick = random();
  const value: ClaimValue =
    kind < 7
      ? pick < 0.55
        ? quantity(base, null)
        : pick < 0.85
          ? quantity(base, undefined)
          : pick < 0.95
            ? quantity(Math.round(base * 1.6), null)
            : quantity(base * 4, undefined)
      : kind === 7
        ? { type: "assertion", proposition: `proposition ${group}`, polarity: pick < 0.9 ? "affirmed" : "denied" }
        : kind === 8
          ? { type: "entity", entityId: `entity-${pick < 0.9 ? 0 : 1}` }
          : { type: "date", start: pick < 0.9 ? "2024-07-25" : "2024-07-28", end: pick < 0.9 ? "2024-07-26" : "2024-07-28", precision: "day" };
  const draw = random();
  const qualifiers: Qualifiers = draw < 0.8 ? { victimGroup: group % 2 ? "civilians" : "fighters" } : draw < 0.9 ? { victimGroup: "mixed" } : {};
  return {
    id: `claim-${String(index).padStart(6, "0")}`,
    subjectId: `subject-${group}`,
    propertyKey: "deaths",
    isSingleValued: true,
    value,
    qualifiers,
    attributedTo: `source ${index % 50}`,
  };
}

/** An exact figure, or "at least" when `max` is null. */
function quantity(min: number, max: null | undefined): ClaimValue {
  return { type: "quantity", kind: max === null ? "at_least" : "exact", min, max: max === null ? null : min };
}

/** Mulberry32: small, fast and good enough to spread synthetic values. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
