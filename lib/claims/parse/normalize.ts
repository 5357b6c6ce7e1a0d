/**
 * Maps typographic variants to their ASCII forms one character for one
 * character, so that every offset found in the normalised text is also an
 * offset in the original and the user's own words can be sliced from it.
 */
const REPLACEMENTS: Record<string, string> = {
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "-", // figure dash
  "\u2013": "-", // en dash, as in "6–7 September" and "30–45+"
  "\u2014": "-", // em dash
  "\u2212": "-", // minus sign
  "\u2018": "'",
  "\u2019": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u00A0": " ",
  "\u202F": " ",
};

export function normalizeForMatching(text: string): string {
  return text.replace(/[\u2010-\u2014\u2212\u2018\u2019\u201C\u201D\u00A0\u202F]/g, (c) => REPLACEMENTS[c] ?? c);
}

/** Half-open range of UTF-16 offsets in the text that was searched. */
export interface TextSpan {
  start: number;
  end: number;
}

export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
