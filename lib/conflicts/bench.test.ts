import { describe, expect, it } from "vitest";
import { benchmarkDetection } from "@/lib/conflicts/bench";

describe("benchmarkDetection", () => {
  // The full-size run (100,000 claims) is for measuring, not for every test run.
  it("times one group and a full recomputation over synthetic claims", () => {
    const result = benchmarkDetection({ claimCount: 2_000, groupSize: 20, oneGroupRuns: 5, fullRuns: 1 });
    expect(result).toMatchObject({ claimCount: 2_000, groupCount: 100 });
    expect(result.oneGroupMs).toBeGreaterThanOrEqual(0);
    expect(result.fullMs).toBeGreaterThanOrEqual(result.oneGroupMs);
    expect(result.conflictCount).toBeGreaterThan(0);
  });
});
