import "server-only";
import { claimFiltersSchema, type ClaimFilters } from "@/lib/server/claims/list-claims";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The URL parameters the claims page understands: the filters, the search and the page. */
const PARAM_NAMES = ["sourceId", "entityId", "propertyId", "status", "attributedTo", "hasConflict", "q", "page", "pageSize"] as const;

export interface ClaimFilterParams {
  /** The parameters as they will be written back into links (form values, pagination). */
  values: Partial<Record<(typeof PARAM_NAMES)[number], string>>;
  filters: ClaimFilters;
  /** Parameters that were not valid and were left out, so the page can say so. */
  ignored: string[];
}

/**
 * Reads the claims page's search parameters. An empty form field means "any";
 * an invalid parameter is dropped (and reported) rather than failing the page.
 */
export function readClaimFilterParams(searchParams: SearchParams): ClaimFilterParams {
  const values: ClaimFilterParams["values"] = {};
  for (const name of PARAM_NAMES) {
    const raw = searchParams[name];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) values[name] = value;
  }
  const ignored: string[] = [];
  const first = claimFiltersSchema.safeParse(values);
  if (first.success) return { values, filters: first.data, ignored };
  for (const issue of first.error.issues) {
    const name = String(issue.path[0]) as keyof typeof values;
    if (name in values && !ignored.includes(name)) ignored.push(name);
    delete values[name];
  }
  const filters = claimFiltersSchema.parse(values);
  return { values, filters, ignored };
}

/** The claims page with the same filters on another page of results. */
export function claimsPageHref(slug: string, values: ClaimFilterParams["values"], page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value && name !== "page") query.set(name, value);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return `/projects/${slug}/claims${search ? `?${search}` : ""}`;
}
