import { performance } from "node:perf_hooks";
import { TALATAYE_2022, TINZAOUATEN_2024 } from "@/lib/anchoring/fixtures/corpus";
import { findClaimCandidates } from "@/lib/claims/parse/candidates";
import { analyse } from "@/lib/claims/parse/nlp";

const REPORT_LENGTH = 100_000;
const RUNS = 5;

/** A 100,000-character report made of the corpus texts, repeated, so that every sentence is real prose. */
function buildReport(): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < REPORT_LENGTH; i++) {
    const part = i % 2 === 0 ? TALATAYE_2022 : TINZAOUATEN_2024;
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join("\n\n").slice(0, REPORT_LENGTH);
}

function timings(run: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // The analysis of the last text is kept for the next reader of the same words; start every run without it.
    analyse(`Run ${i}.`);
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? NaN;
const round = (ms: number) => Math.round(ms);

/**
 * Whole-source suggestions on a 100,000-character report, against the
 * baseline of the same run: wink-nlp reading the same text once (sentences,
 * tokens, tags, entities), the least any analysis of it costs. The model is
 * loaded before timing starts, as it is in a running server.
 */
export async function runSuggestionsBench(): Promise<Record<string, number | string>> {
  const report = buildReport();
  analyse("Warm up the model.");
  const baseline = timings(() => analyse(report));
  let candidates = 0;
  const suggest = timings(() => {
    candidates = findClaimCandidates(report, { publishedAt: "2024-12-31" }).length;
  });
  return {
    "report length (characters)": report.length,
    candidates,
    "all candidates of the report, median (ms)": round(median(suggest)),
    "all candidates of the report, max (ms)": round(suggest.at(-1) ?? NaN),
    "baseline: one wink-nlp reading of the report, median (ms)": round(median(baseline)),
    "ratio, candidates / baseline (median)": Number((median(suggest) / median(baseline)).toFixed(1)),
  };
}
