import "server-only";
import { filteredPageHref, readFilterParams, type FilterParams, type SearchParams } from "@/lib/filter-params";
import { claimFiltersSchema } from "@/lib/claims/claim-filters";

export type { SearchParams };

/** The URL parameters the claims page understands: the filters, the search and the page. */
const PARAM_NAMES = ["sourceId", "entityId", "propertyId", "status", "attributedTo", "hasConflict", "needsRecheck", "credibility", "reliability", "q", "page", "pageSize"] as const;

export type ClaimFilterParams = FilterParams<typeof claimFiltersSchema, (typeof PARAM_NAMES)[number]>;

/** Reads the claims page's search parameters; invalid ones are dropped and reported. */
export function readClaimFilterParams(searchParams: SearchParams): ClaimFilterParams {
  return readFilterParams(claimFiltersSchema, PARAM_NAMES, searchParams);
}

/** The claims page with the same filters on another page of results. */
export function claimsPageHref(slug: string, values: ClaimFilterParams["values"], page: number): string {
  return filteredPageHref(`/projects/${slug}/claims`, values, page);
}
