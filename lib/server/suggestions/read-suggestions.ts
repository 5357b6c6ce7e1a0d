import "server-only";
import { createHash } from "node:crypto";
import { createCodePointIndex, type CodePointIndex } from "@/lib/anchoring/code-point-index";
import { findClaimCandidates } from "@/lib/claims/parse/candidates";
import type { TextSpan } from "@/lib/claims/parse/normalize";
import { suggestFromSelection, type SuggestionOptions, type TextSuggestions } from "@/lib/claims/parse/suggest";

/*
 * The parser counts UTF-16 units, like JavaScript; everything the API answers
 * counts code points, like every other offset of the app. The conversions
 * happen here, once, so neither the parser nor any client has to know.
 */

function spanIn(index: CodePointIndex, span: TextSpan): TextSpan {
  return { start: index.toCodePoint(span.start, "down"), end: index.toCodePoint(span.end, "up") };
}

/** Figures, dates and attributions of some words, in code points of those words. */
export function readTextSuggestions(text: string, options: SuggestionOptions) {
  const index = createCodePointIndex(text);
  const found: TextSuggestions = suggestFromSelection(text, options);
  return {
    quantities: found.quantities.map((q) => ({ ...spanIn(index, q), value: q.value, ...(q.qualifiers ? { qualifiers: q.qualifiers } : {}) })),
    dates: found.dates.map((d) => ({ ...spanIn(index, d), value: d.value })),
    attributions: found.attributions.map((a) => ({ ...spanIn(index, a), chain: a.chain, polarity: a.polarity, hedging: a.hedging })),
  };
}

export type CandidateView = ReturnType<typeof readClaimCandidates>[number];

/**
 * Every candidate claim of a revision's text, in code points, each keyed by
 * where it reads and what kind of value: the same figure of the same words of
 * the same revision keeps its key when a better parser reads it differently,
 * so a dismissal ("not this figure") outlives both the request that showed
 * it and improvements to the parser.
 */
export function readClaimCandidates(revisionId: string, text: string, options: SuggestionOptions) {
  const index = createCodePointIndex(text);
  return findClaimCandidates(text, options).map((candidate) => {
    const evidence = spanIn(index, candidate);
    const valueSpan = spanIn(index, candidate.valueSpan);
    const key = createHash("sha256")
      .update(JSON.stringify([revisionId, evidence.start, evidence.end, valueSpan.start, valueSpan.end, candidate.value.type]))
      .digest("hex");
    const attribution = candidate.attribution
      ? { ...spanIn(index, candidate.attribution), chain: candidate.attribution.chain, polarity: candidate.attribution.polarity, hedging: candidate.attribution.hedging }
      : null;
    return {
      key,
      ...evidence,
      quote: text.slice(candidate.start, candidate.end),
      valueSpan,
      value: candidate.value,
      ...(candidate.qualifiers ? { qualifiers: candidate.qualifiers } : {}),
      attribution,
      date: candidate.date,
    };
  });
}
