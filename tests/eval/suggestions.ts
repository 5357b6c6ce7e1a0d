import { performance } from "node:perf_hooks";
import { GOLD_PARTS, readGoldPart } from "./gold-set";
import { emptyScore, FIELDS, scoreText, type Score } from "./score-suggestions";

/**
 * Scores the suggestion parser against the gold set, per field, on the
 * development part (tuned on) and the hold-out part (never tuned on).
 * `--failures` lists what the development part gets wrong; the hold-out's
 * failures are never printed, so that nobody tunes on them. `--part dev`
 * scores one part only.
 */
const showFailures = process.argv.includes("--failures");
const onlyPart = process.argv.includes("--part") ? process.argv[process.argv.indexOf("--part") + 1] : undefined;
const percent = (n: number, d: number) => (d === 0 ? "   –  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function report(part: string, texts: number, score: Score, ms: number): void {
  console.log(`\n${part}: ${texts} texts, ${score.claims} claims (${ms.toFixed(0)} ms)`);
  console.log("field           gold  suggested  correct  precision  recall");
  for (const field of FIELDS) {
    const { gold, suggested, correct } = score.tally[field];
    console.log(
      `${field.padEnd(15)} ${String(gold).padStart(4)}  ${String(suggested).padStart(9)}  ${String(correct).padStart(7)}     ${percent(correct, suggested)}  ${percent(correct, gold)}`,
    );
  }
  console.log(`every field right: ${percent(score.allRight, score.claims)} of claims`);
  console.log(`wrong suggestion:  ${percent(score.wrong, score.claims)} of claims`);
}

for (const part of GOLD_PARTS.filter((p) => onlyPart === undefined || p === onlyPart)) {
  const texts = readGoldPart(part);
  const score = emptyScore();
  const started = performance.now();
  for (const text of texts) scoreText(text, score);
  report(part, texts.length, score, performance.now() - started);
  if (showFailures && part === "dev") for (const failure of score.failures) console.log(`\n${failure}`);
}
