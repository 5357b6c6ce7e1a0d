import type { TextSpan } from "@/lib/claims/parse/normalize";

/**
 * Where one statement ends and the next begins: sentence ends, line breaks and
 * contrasting conjunctions after a comma ("…, while an MSA official claimed",
 * "…, but CSP denied"). Figures take their category from their own clause and
 * each clause carries at most one speaker.
 */
const CLAUSE_BREAK = /[.;!?](?=\s|$)|\n|,\s*(?=(?:but|while|although|though|whereas)\b)/g;

export function clauseSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const end = match.index + match[0].length;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

export function clauseAround(text: string, offset: number): TextSpan {
  return clauseSpans(text).find((span) => offset >= span.start && offset < span.end) ?? { start: 0, end: text.length };
}
