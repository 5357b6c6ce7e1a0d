import type { GoldSpan, GoldText } from "./gold-set";
import { suggestFromSelection, type TextSuggestions } from "@/lib/claims/parse/suggest";
import { overlaps, type TextSpan } from "@/lib/claims/parse/normalize";

export const FIELDS = ["figure", "category", "victimGroup", "origin", "intermediaries", "polarity", "date"] as const;
export type Field = (typeof FIELDS)[number];

/** Per field: how many gold values, how many suggestions, how many suggestions equal the gold. */
export type Tally = Record<Field, { gold: number; suggested: number; correct: number }>;

export interface Score {
  tally: Tally;
  claims: number;
  /** Claims with every field as the gold has it. */
  allRight: number;
  /** Claims with at least one field suggested and wrong: worse than no suggestion. */
  wrong: number;
  failures: string[];
}

const normalizeName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[“”"‘’]/g, "")
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

export function emptyScore(): Score {
  const tally = Object.fromEntries(FIELDS.map((f) => [f, { gold: 0, suggested: 0, correct: 0 }])) as Tally;
  return { tally, claims: 0, allRight: 0, wrong: 0, failures: [] };
}

/** Where each piece's words stand in the span, in order, so that a repeated figure matches its own occurrence. */
function locate(span: string, pieces: { text: string }[]): TextSpan[] {
  let from = 0;
  return pieces.map((piece) => {
    const start = span.indexOf(piece.text, from);
    const at = start >= 0 ? start : span.indexOf(piece.text);
    from = at + piece.text.length;
    return { start: at, end: at + piece.text.length };
  });
}

export function scoreText(gold: GoldText, score: Score): void {
  for (const span of gold.spans) scoreSpan(gold, span, suggestFromSelection(span.span, { publishedAt: gold.publishedAt, language: gold.language }), score);
}

function scoreSpan(gold: GoldText, span: GoldSpan, found: TextSuggestions, score: Score): void {
  const { tally } = score;
  const problems: string[] = [];

  // Attribution: the one that governs the span.
  const suggested = found.attributions[0];
  const goldOrigin = span.attribution?.origin ?? null;
  const origin = suggested?.chain[0]?.partyName ?? null;
  const originRight = (goldOrigin === null && origin === null) || (goldOrigin !== null && origin !== null && normalizeName(goldOrigin) === normalizeName(origin));
  if (goldOrigin !== null) tally.origin.gold++;
  if (origin !== null) tally.origin.suggested++;
  if (goldOrigin !== null && originRight) tally.origin.correct++;
  if (!originRight) problems.push(`origin ${JSON.stringify(origin)} ≠ ${JSON.stringify(goldOrigin)}`);

  const goldVia = (span.attribution?.intermediaries ?? []).map(normalizeName);
  const via = (suggested?.chain.slice(1) ?? []).map((l) => normalizeName(l.partyName));
  const viaRight = goldVia.length === via.length && goldVia.every((name, i) => name === via[i]);
  if (goldVia.length > 0) tally.intermediaries.gold++;
  if (via.length > 0) tally.intermediaries.suggested++;
  if (goldVia.length > 0 && viaRight) tally.intermediaries.correct++;
  if (!viaRight) problems.push(`via ${JSON.stringify(via)} ≠ ${JSON.stringify(goldVia)}`);

  let polarityRight = true;
  if (span.attribution && goldOrigin !== null) {
    tally.polarity.gold++;
    if (suggested) {
      tally.polarity.suggested++;
      polarityRight = (suggested.polarity ?? "affirmed") === span.attribution.polarity;
      if (polarityRight) tally.polarity.correct++;
      else problems.push(`polarity ${suggested.polarity} ≠ ${span.attribution.polarity}`);
    } else {
      polarityRight = false;
    }
  }
  const polaritySuggestedWrong = span.attribution !== null && suggested !== undefined && !polarityRight;

  // Dates.
  const goldDates = locate(span.span, span.dates);
  let datesRight = true;
  let dateSuggestedWrong = false;
  tally.date.gold += span.dates.length;
  tally.date.suggested += found.dates.length;
  span.dates.forEach((date, i) => {
    const at = goldDates[i] as TextSpan;
    const match = found.dates.find((d) => overlaps(d, at));
    const right = match !== undefined && match.value.start === date.start && match.value.end === date.end && match.value.precision === date.precision;
    if (right) tally.date.correct++;
    else {
      datesRight = false;
      if (match) dateSuggestedWrong = true;
      problems.push(`date "${date.text}": ${match ? `${match.value.start}..${match.value.end} ${match.value.precision}` : "none"} ≠ ${date.start}..${date.end} ${date.precision}`);
    }
  });
  for (const date of found.dates) {
    if (!goldDates.some((at) => overlaps(date, at))) problems.push(`extra date "${span.span.slice(date.start, date.end)}"`);
  }

  const spanRight = originRight && viaRight && polarityRight && datesRight;
  const spanWrong = (origin !== null && !originRight) || (via.length > 0 && !viaRight) || polaritySuggestedWrong || dateSuggestedWrong;

  // Figures: each is a claim.
  const goldFigures = locate(span.span, span.figures);
  tally.figure.suggested += found.quantities.length;
  tally.category.suggested += found.quantities.filter((q) => q.value.category !== undefined).length;
  tally.victimGroup.suggested += found.quantities.filter((q) => q.qualifiers?.victimGroup !== undefined).length;
  for (const quantity of found.quantities) {
    if (!goldFigures.some((at) => overlaps(quantity, at))) problems.push(`extra figure "${span.span.slice(quantity.start, quantity.end)}"`);
  }
  if (span.figures.length === 0) {
    score.claims++;
    if (spanRight) score.allRight++;
    if (spanWrong) score.wrong++;
  }
  span.figures.forEach((figure, i) => {
    const at = goldFigures[i] as TextSpan;
    const match = found.quantities.find((q) => overlaps(q, at));
    tally.figure.gold++;
    const valueRight = match !== undefined && match.value.kind === figure.kind && match.value.min === figure.min && match.value.max === figure.max;
    if (valueRight) tally.figure.correct++;
    const goldCategory = figure.category ?? null;
    const category = match?.value.category ?? null;
    if (goldCategory !== null) tally.category.gold++;
    const categoryRight = goldCategory === category;
    if (goldCategory !== null && categoryRight) tally.category.correct++;
    const goldGroup = figure.victimGroup ?? null;
    const group = match?.qualifiers?.victimGroup ?? null;
    if (goldGroup !== null) tally.victimGroup.gold++;
    const groupRight = goldGroup === group;
    if (goldGroup !== null && groupRight) tally.victimGroup.correct++;

    const label = `"${figure.text}"`;
    if (!match) problems.push(`figure ${label} not found`);
    else if (!valueRight) problems.push(`figure ${label}: ${match.value.kind} ${match.value.min}–${match.value.max} ≠ ${figure.kind} ${figure.min}–${figure.max}`);
    if (match && !categoryRight) problems.push(`category of ${label}: ${category} ≠ ${goldCategory}`);
    if (match && !groupRight) problems.push(`group of ${label}: ${group} ≠ ${goldGroup}`);

    score.claims++;
    if (spanRight && valueRight && categoryRight && groupRight) score.allRight++;
    const figureWrong = match !== undefined && (!valueRight || (category !== null && !categoryRight) || (group !== null && !groupRight));
    if (spanWrong || figureWrong) score.wrong++;
  });
  if (problems.length > 0) score.failures.push(`${gold.outlet} ${gold.publishedAt}: ${span.span}\n    ${problems.join("\n    ")}`);
}
