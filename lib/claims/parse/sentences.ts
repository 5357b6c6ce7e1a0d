import type { TextSpan } from "@/lib/claims/parse/normalize";
import { analyse } from "@/lib/claims/parse/nlp";

/**
 * Where each sentence of the text starts and ends. wink-nlp breaks at blank
 * lines; a single line break ends a sentence too, so that each line of an
 * infobox ("- Casualties: 60+ (per IS)") is evidence of its own.
 */
export function sentenceSpans(text: string): TextSpan[] {
  return analyse(text).sentences.flatMap(({ start, end }) => {
    const spans: TextSpan[] = [];
    let from = start;
    for (const line of text.slice(start, end).split("\n")) {
      const lead = line.length - line.trimStart().length;
      const words = line.trim();
      if (words) spans.push({ start: from + lead, end: from + lead + words.length });
      from += line.length + 1;
    }
    return spans;
  });
}
