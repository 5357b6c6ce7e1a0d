/** Case, accents, spacing and surrounding punctuation do not change what a phrase says. */
export function normalizePhrase(phrase: string): string {
  return phrase
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[\s"'“”‘’.,;:]+|[\s"'“”‘’.,;:]+$/g, "");
}
