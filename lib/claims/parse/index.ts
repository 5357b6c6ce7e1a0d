export { findAttributions, parseAttribution } from "@/lib/claims/parse/attribution";
export type { AttributionSuggestion, ParsedAttributionLink } from "@/lib/claims/parse/attribution";
export { findDates, parseDate } from "@/lib/claims/parse/date";
export type { DateParseOptions } from "@/lib/claims/parse/date";
export { findQuantities, parseQuantity } from "@/lib/claims/parse/quantity";
export type { QuantitySuggestion } from "@/lib/claims/parse/quantity";
export { suggestFromSelection } from "@/lib/claims/parse/suggest";
export type { SelectionOptions, SelectionSuggestions } from "@/lib/claims/parse/suggest";
