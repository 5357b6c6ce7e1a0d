import type { PlacePrecision } from "@/lib/db/generated/enums";

/** How a place reads at each precision, around its name: "near Talataye", "somewhere in Mali". */
const placeWords: Record<PlacePrecision, { before: string; after: string; option: string }> = {
  exact: { before: "", after: " (exact)", option: "Exact: at the place itself" },
  near: { before: "near ", after: "", option: "Near: close to the place" },
  region: { before: "in the region of ", after: "", option: "Region: somewhere in its region" },
  country: { before: "somewhere in ", after: " (only the country is known)", option: "Country: only the country is known" },
};

export function placePhrase(precision: PlacePrecision): { before: string; after: string } {
  const { before, after } = placeWords[precision];
  return { before, after };
}

export const placePrecisionOptions = Object.entries(placeWords).map(([value, { option }]) => ({ value: value as PlacePrecision, label: option }));
