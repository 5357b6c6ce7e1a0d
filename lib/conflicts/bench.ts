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
 * groups of `groupSize` claims about one subject and property, mostly
 * casualty figures with a few victim groups, plus assertions, entities and
 * dates. Values come from a fixed-seed generator, so every run measures the
 * same work.
 */
export function benchmarkDetection({
  claimCount = 100_000,
  groupSize = 20,
  oneGroupRuns = 200,
  fullRuns = 3,
}: BenchmarkOptions = {}): DetectionBenchmark {
  const random = seededRandom(20_220_906);
  const claims = Array.from({ length: claimCount }, (_, i) => syntheticClaim(i, Math.floor(i / groupSize), random));
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
 * Sources roughly agree within a group: figures spread around a base count
 * for the group, as casualty reports of one event do, so that some pairs
 * agree, some diverge and some contradict. Most claims name the victim group
 * of their group; a few name another one or none.
 */
function syntheticClaim(index: number, group: number, random: () => number): DetectableClaim {
  const kind = group % 10;
  const base = 10 + (group % 190);
  const value: ClaimValue =
    kind < 7
      ? random() < 0.6
        ? quantity(Math.round(base * (0.8 + 0.5 * random())), undefined)
        : quantity(Math.round(base * (0.5 + 0.5 * random())), null)
      : kind === 7
        ? { type: "assertion", proposition: `proposition ${group}`, polarity: random() < 0.8 ? "affirmed" : "denied" }
        : kind === 8
          ? { type: "entity", entityId: `entity-${random() < 0.8 ? 0 : 1}` }
          : { type: "date", start: "2024-07-25", end: `2024-07-${25 + Math.floor(random() * 5)}`, precision: "day" };
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
