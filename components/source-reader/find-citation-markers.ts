/** "[13]", "[a]", "[note 2]": the footnote markers Wikipedia leaves in copied text. */
const CITATION_MARKER = /\[(?:\d{1,4}|[a-z]|note \d{1,3})\]/g;

/** UTF-16 ranges of the citation markers in `text`. */
export function findCitationMarkers(text: string): Array<{ from: number; to: number }> {
  return Array.from(text.matchAll(CITATION_MARKER), (match) => ({ from: match.index, to: match.index + match[0].length }));
}
