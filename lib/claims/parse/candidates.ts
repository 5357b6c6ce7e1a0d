import type { AssertionValue, DateValue, QuantityValue, VictimGroup } from "@/lib/claims/value";
import type { TextSpan } from "@/lib/claims/parse/normalize";
import type { AttributionSuggestion } from "@/lib/claims/parse/attribution";
import { sentenceSpans } from "@/lib/claims/parse/sentences";
import { findAttributions } from "@/lib/claims/parse/attribution";
import { findDates } from "@/lib/claims/parse/date";
import { findQuantities } from "@/lib/claims/parse/quantity";
import type { SuggestionOptions } from "@/lib/claims/parse/suggest";
import { propositionFrom } from "@/lib/claims/proposition";

/**
 * A claim the text seems to make, for a researcher to accept, edit or
 * dismiss. `start`/`end` (UTF-16 offsets into the whole text) are the
 * evidence: the sentence the claim is read from.
 */
export interface ClaimCandidate extends TextSpan {
  value: QuantityValue | AssertionValue;
  qualifiers?: { victimGroup: VictimGroup };
  attribution: AttributionSuggestion | null;
  date: DateValue | null;
  /** Where in the evidence the value itself was read (the figure's words), absolute offsets. */
  valueSpan: TextSpan;
}

/**
 * Every candidate claim of a whole text, in reading order: one per figure
 * that counts people, and one assertion per attributed sentence without such
 * a figure.
 */
export function findClaimCandidates(text: string, options: SuggestionOptions = {}): ClaimCandidate[] {
  // "They said…" stands for the last party a sentence before it named.
  let lastParty: string | undefined;
  return sentenceSpans(text).flatMap((sentence): ClaimCandidate[] => {
    const words = text.slice(sentence.start, sentence.end);
    const quantities = findQuantities(words, options);
    const attributions = findAttributions(words, options, lastParty);
    lastParty = attributions.at(-1)?.chain[0]?.partyName ?? lastParty;
    const attribution = attributions[0] ?? null;
    const date = findDates(words, options)[0]?.value ?? null;
    const shift = (span: TextSpan): TextSpan => ({ start: sentence.start + span.start, end: sentence.start + span.end });
    const figures = quantities.filter((q) => q.value.category !== undefined);
    if (figures.length > 0) {
      return figures.map((figure) => ({
        ...sentence,
        value: figure.value,
        ...(figure.qualifiers ? { qualifiers: figure.qualifiers } : {}),
        attribution: attribution ? { ...attribution, ...shift(attribution) } : null,
        date,
        valueSpan: shift(figure),
      }));
    }
    const proposition = attribution ? propositionFrom(words) : null;
    if (!attribution || !proposition) return [];
    const value: AssertionValue = { type: "assertion", proposition, polarity: attribution.polarity ?? "affirmed", text: words };
    return [{ ...sentence, value, attribution: { ...attribution, ...shift(attribution) }, date, valueSpan: { ...sentence } }];
  });
}
