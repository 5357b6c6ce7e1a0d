import type { AttributionSuggestion } from "@/lib/claims/parse/attribution";
import { findAttributions } from "@/lib/claims/parse/attribution";
import { findDates, type DateSuggestion } from "@/lib/claims/parse/date";
import { findQuantities, type QuantitySuggestion } from "@/lib/claims/parse/quantity";
import type { VagueQuantity } from "@/lib/claims/parse/vague-quantities";

export interface SuggestionOptions {
  /**
   * The source's publication date (YYYY-MM-DD). Dates written without a year,
   * weekdays ("on Sunday") and "yesterday" are resolved against it, always
   * towards the past: "Nov. 3" in an article of May is the November before.
   */
  publishedAt?: string;
  language?: "en" | "fr";
  /** The project's reading of vague amounts ("dozens"); the default follows ACLED's codebook. */
  vagueQuantities?: readonly VagueQuantity[];
}

/**
 * What the words suggest, each with where it was read (UTF-16 offsets into
 * the text given). The user picks and confirms; nothing is applied on its own.
 * `attributions[0]` governs the text when it is one clause.
 */
export interface TextSuggestions {
  quantities: QuantitySuggestion[];
  dates: DateSuggestion[];
  attributions: AttributionSuggestion[];
}

export function suggestFromSelection(text: string, options: SuggestionOptions = {}): TextSuggestions {
  return {
    quantities: findQuantities(text, options),
    dates: findDates(text, options),
    attributions: findAttributions(text, options),
  };
}
