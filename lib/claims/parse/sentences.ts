import type { TextSpan } from "@/lib/claims/parse/normalize";
import { analyse } from "@/lib/claims/parse/nlp";

/** Where each sentence of the text starts and ends; wink-nlp also breaks sentences at blank lines. */
export function sentenceSpans(text: string): TextSpan[] {
  return analyse(text).sentences.map(({ start, end }) => ({ start, end }));
}
