import type { TextSpan } from "@/lib/claims/parse/normalize";

/**
 * Where one statement ends and the next begins: sentence ends, line breaks and
 * contrasting conjunctions after a comma ("…, while an MSA official claimed",
 * "…, but CSP denied"). Figures take their category from their own clause and
 * each clause carries at most one speaker. The stop of an abbreviation ("U.S.",
 * "Maj.", "Nov.") ends no sentence.
 */
const CLAUSE_BREAK =
  /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Maj|Gen|Col|Lt|Capt|Sgt|Brig|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Co|Jr|Sr))\.(?=\s|$)|[;!?](?=\s|$)|\n|,\s*(?=(?:but|while|although|though|whereas)\b)/gu;

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
