import type { DateValue } from "@/lib/claims/value";
import { type AttributionSuggestion, findAttributions } from "@/lib/claims/parse/attribution";
import { type DateParseOptions, findDates } from "@/lib/claims/parse/date";
import { findQuantities, type QuantitySuggestion } from "@/lib/claims/parse/quantity";

export type SelectionOptions = DateParseOptions;

/** What the selected words suggest; the user picks and confirms, nothing is applied on its own. */
export interface SelectionSuggestions {
  quantities: QuantitySuggestion[];
  dates: DateValue[];
  attributions: AttributionSuggestion[];
}

export function suggestFromSelection(text: string, options: SelectionOptions = {}): SelectionSuggestions {
  return {
    quantities: findQuantities(text),
    dates: findDates(text, options),
    attributions: findAttributions(text),
  };
}
