import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { runClaimsListBench } from "./claims-list-bench";
import { runConflictsBench } from "./conflicts-bench";
import { reanchoringFigures, runEditorBench } from "./editor-bench";
import { runExportBench, runExportMillionBench } from "./export-bench";
import { runImportBench } from "./import-bench";
import { runSuggestionsBench } from "./suggestions-bench";

/**
 * `npm run bench`: every benchmark in turn, each guarded so that one crash
 * does not hide the others' figures. Prints the figures beside the issues'
 * targets; a missed target is printed, not failed. The exit code is non-zero
 * only when a benchmark crashed.
 */

type Figures = Record<string, number | string>;

/** The target as the issue states it (`text`), and how a figure meets it. */
type Target =
  | {
      /** The figure must stay below this (or reach it at most, when `isInclusive`). */
      below: number;
      isInclusive?: boolean;
      text: string;
    }
  | {
      /** The figure must reach this at least (throughputs, ratios where more is better). */
      atLeast: number;
      text: string;
    };

function meets(target: Target, value: number): boolean {
  if ("atLeast" in target) return value >= target.atLeast;
  return target.isInclusive ? value <= target.below : value < target.below;
}

/** The issues' performance targets, by figure name. */
const TARGETS: Record<string, Target> = {
  "re-anchor 10,000 after a small edit (ms)": { below: 2_000, text: "< 2 s" },
  "open ratio (10k highlights / none), median": { below: 1.5, isInclusive: true, text: "≤ 1.5" },
  "server response ratio (10k / none), median": { below: 1.5, isInclusive: true, text: "≤ 1.5" },
  "new highlight ratio (h → highlight / no-op key → next frame), median": { below: 2, isInclusive: true, text: "≤ 2" },
  "open: interactive, median (ms)": { below: 1_500, text: "< 1.5 s" },
  "open: longest task after all highlights are in, max (ms)": { below: 200, isInclusive: true, text: "≤ 200 ms" },
  "open: interactive, max (ms)": { below: 1_500, text: "< 1.5 s" },
  "new highlight: h keydown → element in the DOM, median (ms)": { below: 100, text: "< 100 ms" },
  "new highlight: h keydown → element in the DOM, max (ms)": { below: 100, text: "< 100 ms" },
  "re-evaluation after one claim change, median (ms)": { below: 50, text: "< 50 ms" },
  "re-evaluation after one claim change, 95th percentile (ms)": { below: 50, text: "< 50 ms" },
  "full recomputation, first run storing every conflict (ms)": { below: 10_000, text: "< 10 s" },
  "full recomputation, nothing changed (ms)": { below: 10_000, text: "< 10 s" },
  "full recomputation after a threshold change (ms)": { below: 10_000, text: "< 10 s" },
  "estimates: one event, median (ms)": { below: 50, text: "< 50 ms" },
  "estimates: every event of 100,000 claims, median of 3 (ms)": { below: 5_000, text: "< 5 s" },
  "JSONL export (s)": { below: 10, text: "< 10 s" },
  "peak RSS (MB)": { below: 300, text: "< 300 MB" },
  "zip of every format (s)": { below: 20, text: "< 20 s" },
  "zip peak RSS (MB)": { below: 300, text: "< 300 MB" },
  "zip of 1,000,000 claims peak RSS (MB)": { below: 300, text: "< 300 MB" },
  "all candidates of the report, median (ms)": { below: 1_000, text: "< 1 s" },
  "all candidates of the report, max (ms)": { below: 1_000, text: "< 1 s" },
  "claims list throughput ratio (API / bare pg)": { atLeast: 0.8, text: "≥ 0.8" },
  "import ratio (job / COPY)": { atLeast: 0.3, text: "≥ 0.3" },
  "claims list at 1,000,000 claims, p95 (ms)": { below: 150, text: "< 150 ms" },
};

interface Bench {
  /** `npm run bench -- <name> …` runs only the named benchmarks. */
  name: string;
  title: string;
  run: () => Promise<Figures>;
  /** Runs only when named (`npm run bench -- export-1m`): too long for every run. */
  isOptIn?: boolean;
}

const BENCHES: Bench[] = [
  { name: "reanchoring", title: "Re-anchoring (lib/anchoring/bench.ts)", run: async () => reanchoringFigures() },
  // Re-anchoring has its own section above, so the editor bench skips it.
  { name: "editor", title: "Source reader in Chromium (tests/bench/editor-bench.ts)", run: () => runEditorBench({ reanchoring: false }) },
  {
    name: "editor-50k",
    title: "Source reader at 5 MB with 50,000 annotations (tests/bench/editor-bench.ts)",
    run: () => runEditorBench({ reanchoring: false, scale: 5 }),
  },
  { name: "conflicts", title: "Conflicts (tests/bench/conflicts-bench.ts)", run: runConflictsBench },
  { name: "export", title: "Export (tests/bench/export-bench.ts)", run: runExportBench },
  {
    name: "export-1m",
    title: "Export of 1,000,000 claims as a zip, as a job makes it (tests/bench/export-bench.ts)",
    run: runExportMillionBench,
    isOptIn: true,
  },
  {
    name: "import",
    title: "Import of 50,000 claims through the import job, against COPY of the same claim rows (tests/bench/import-bench.ts)",
    run: runImportBench,
  },
  { name: "suggestions", title: "Suggestions on a 100,000-character report (tests/bench/suggestions-bench.ts)", run: runSuggestionsBench },
  {
    name: "claims-list",
    title: "Claims list API against a bare pg route, and at 1,000,000 claims (tests/bench/claims-list-bench.ts)",
    run: runClaimsListBench,
  },
];

const FIGURES_PREFIX = "BENCH-FIGURES ";

/**
 * Each benchmark runs in a process of its own, so that memory figures (the
 * export's peak RSS) measure that benchmark and not what ran before it.
 */
function runInChildProcess(index: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, "--only", String(index)], {
      stdio: ["ignore", "pipe", "inherit"],
      env: process.env,
    });
    let figures: Figures | null = null;
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.startsWith(FIGURES_PREFIX)) figures = JSON.parse(line.slice(FIGURES_PREFIX.length)) as Figures;
      else console.log(line);
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 && figures ? resolve(figures) : reject(new Error(`exited with code ${code}`))));
  });
}

async function main(): Promise<void> {
  const only = process.argv.indexOf("--only");
  if (only !== -1) {
    const figures = await BENCHES[Number(process.argv[only + 1])]!.run();
    console.log(FIGURES_PREFIX + JSON.stringify(figures));
    return;
  }
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !BENCHES.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark ${unknown.join(", ")}: choose from ${BENCHES.map((bench) => bench.name).join(", ")}`);
    process.exitCode = 2;
    return;
  }
  const crashed: string[] = [];
  for (const [index, bench] of BENCHES.entries()) {
    if (names.length > 0 ? !names.includes(bench.name) : bench.isOptIn) continue;
    console.log(`\n▶ ${bench.title}`);
    const started = performance.now();
    try {
      printTable(await runInChildProcess(index));
      console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      crashed.push(bench.title);
      console.error(`  ✗ crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(crashed.length === 0 ? "\nAll benchmarks ran." : `\nCrashed: ${crashed.join("; ")}`);
  process.exitCode = crashed.length === 0 ? 0 : 1;
}

/** Longer values (explanations) are printed as notes under the table. */
const MAX_CELL = 60;

function printTable(figures: Figures): void {
  const entries = Object.entries(figures);
  const cells = entries.filter(([, value]) => String(value).length <= MAX_CELL);
  const notes = entries.filter(([, value]) => String(value).length > MAX_CELL);
  const rows = cells.map(([name, value]) => {
    const target = TARGETS[name];
    const shown = typeof value === "number" ? value.toLocaleString("en-US") : value;
    if (!target || typeof value !== "number") return { name, shown, verdict: "" };
    return { name, shown, verdict: `${meets(target, value) ? "✓" : "✗"} target ${target.text}` };
  });
  const nameWidth = Math.max(0, ...rows.map((row) => row.name.length));
  const valueWidth = Math.max(0, ...rows.map((row) => row.shown.length));
  for (const { name, shown, verdict } of rows) {
    console.log(`  ${name.padEnd(nameWidth)}  ${shown.padStart(valueWidth)}  ${verdict}`.trimEnd());
  }
  for (const [name, value] of notes) {
    console.log(`\n  ${name}:`);
    for (const line of wrap(String(value), 96)) console.log(`    ${line}`);
  }
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...lines, line] : lines;
}

void main();
