import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { describeSpan } from "@/lib/anchoring/describe-span";
import { TALATAYE_2022, TINZAOUATEN_2024 } from "@/lib/anchoring/fixtures/corpus";
import type { ReanchorStatus } from "@/lib/anchoring/reanchor";
import { reanchorAll } from "@/lib/anchoring/reanchor-all";
import type { SpanAnchor } from "@/lib/anchoring/selectors";

export interface ReanchoringBenchmark {
  /** Wall time of reanchorAll. */
  ms: number;
  /** Wall time of one plain indexOf of each quote in the new text. */
  baselineMs: number;
  /** How many quotes that indexOf scan found at all (its result is used, so it cannot be optimised away). */
  baselineFoundCount: number;
  /** ms / baselineMs. */
  ratio: number;
  statusCounts: Record<ReanchorStatus, number>;
}

/** The standard case; the reader's bench also runs one five times larger. */
export const BENCHMARK_SIZE = { textLength: 1_000_000, annotationCount: 10_000 };
const SENTENCES_PER_PARAGRAPH = 5;
const PARAGRAPHS_PER_SECTION = 4;

/**
 * Re-anchors 10,000 annotations of a ~1 MB corpus-like text after a small
 * edit: a paragraph inserted near the start and a word replaced in the middle.
 * Every sentence ends with its own citation number, so sentences are distinct
 * while phrases inside them repeat, as in real articles.
 */
export function benchmarkReanchoring(): ReanchoringBenchmark {
  const { text: oldText, annotations } = buildBenchmarkCorpus();
  const newText = applySmallEdit(oldText);

  const started = performance.now();
  const results = reanchorAll(annotations, oldText, newText);
  const ms = performance.now() - started;

  const baselineStarted = performance.now();
  let baselineFoundCount = 0;
  for (const annotation of annotations) {
    if (newText.indexOf(annotation.exact) !== -1) baselineFoundCount++;
  }
  const baselineMs = performance.now() - baselineStarted;

  const statusCounts: Record<ReanchorStatus, number> = { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const result of results) statusCounts[result.status]++;
  return { ms, baselineMs, baselineFoundCount, ratio: ms / baselineMs, statusCounts };
}

/** The benchmark's ~1 MB text and its 10,000 annotations, before any edit. */
export function buildBenchmarkCorpus(size = BENCHMARK_SIZE): { text: string; annotations: SpanAnchor[] } {
  const { text, sentences } = buildCorpusLikeText(size.textLength);
  return { text, annotations: placeAnnotations(text, sentences, size.annotationCount) };
}

interface Sentence {
  /** UTF-16 range of the sentence and its citation marker. */
  start: number;
  end: number;
}

function buildCorpusLikeText(textLength: number): { text: string; sentences: Sentence[] } {
  const pool = proseSentences(`${TALATAYE_2022}\n${TINZAOUATEN_2024}`);
  const parts: string[] = [];
  const sentences: Sentence[] = [];
  let length = 0;
  const append = (part: string) => {
    parts.push(part);
    length += part.length;
  };

  for (let counter = 0; length < textLength; counter++) {
    if (counter % (SENTENCES_PER_PARAGRAPH * PARAGRAPHS_PER_SECTION) === 0) {
      append(`${counter === 0 ? "" : "\n\n"}== Part ${counter / (SENTENCES_PER_PARAGRAPH * PARAGRAPHS_PER_SECTION)} ==\n`);
    } else if (counter % SENTENCES_PER_PARAGRAPH === 0) {
      append("\n\n");
    } else {
      append(" ");
    }
    const sentence = `${pool[counter % pool.length]}[${counter}]`;
    sentences.push({ start: length, end: length + sentence.length });
    append(sentence);
  }
  return { text: parts.join(""), sentences };
}

function proseSentences(corpus: string): string[] {
  return corpus
    .split("\n")
    .filter((line) => line.length > 80 && !line.startsWith("- ") && !line.startsWith("="))
    .flatMap((line) => line.replace(/^\[\d+\]\s*/, "").split(/(?<=\.)\s+/))
    .filter((sentence) => sentence.length > 40);
}

/** Whole sentences, their first halves and their second halves, spread over the text. */
function placeAnnotations(text: string, sentences: Sentence[], count: number): SpanAnchor[] {
  const index = createCodePointIndex(text);
  return Array.from({ length: count }, (_, i) => {
    const sentence = sentences[Math.floor((i * sentences.length) / count)]!;
    const middle = text.indexOf(" ", Math.floor((sentence.start + sentence.end) / 2));
    const [from, to] =
      i % 3 === 0 ? [sentence.start, sentence.end] : i % 3 === 1 ? [sentence.start, middle] : [middle + 1, sentence.end];
    const described = describeSpan(text, index.toCodePoint(from), index.toCodePoint(to), index);
    if (!described.ok) throw new Error(described.error.message);
    const { position, quote } = described;
    return { start: position.start, end: position.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  });
}

function applySmallEdit(text: string): string {
  const insertAt = text.indexOf("\n\n", 2_000) + 2;
  const inserted =
    "A correction published later added that the figures in this section were revised by the authors.\n\n";
  const wordAt = text.indexOf(" civilians ", text.length / 2);
  // join() yields a flat string, so neither timing pays for flattening a rope.
  return [
    text.slice(0, insertAt),
    inserted,
    text.slice(insertAt, wordAt),
    " residents ",
    text.slice(wordAt + " civilians ".length),
  ].join("");
}
