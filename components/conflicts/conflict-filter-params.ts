import "server-only";
import type { z } from "zod";
import { conflictFiltersSchema } from "@/lib/server/conflicts/conflict-input";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface FilterParams<S extends z.ZodType, N extends string> {
  /** The parameters as they will be written back into links (form values, pagination). */
  values: Partial<Record<N, string>>;
  filters: z.output<S>;
  /** Parameters that were not valid and were left out, so the page can say so. */
  ignored: string[];
}

/**
 * Reads a filtered page's search parameters with its zod schema. An empty
 * form field means "any"; an invalid parameter is dropped and reported, so a
 * stale link still shows the page. Generic over the schema: any list page
 * with GET filters can use it.
 */
export function readFilterParams<S extends z.ZodType, N extends string>(
  schema: S,
  names: readonly N[],
  searchParams: SearchParams,
): FilterParams<S, N> {
  const values: Partial<Record<N, string>> = {};
  for (const name of names) {
    const raw = searchParams[name];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) values[name] = value;
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { values, filters: parsed.data, ignored: [] };
  const ignored = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
  for (const name of ignored) delete values[name as N];
  return { values, filters: schema.parse(values), ignored };
}

/** A filtered page with the same filters on another page of results. */
export function filteredPageHref(path: string, values: Partial<Record<string, string>>, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value && name !== "page") query.set(name, value);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return `${path}${search ? `?${search}` : ""}`;
}

const CONFLICT_PARAMS = ["conflictId", "status", "kind", "entityId", "propertyId", "sourceId", "claimId", "page", "pageSize"] as const;
export type ConflictParamValues = Partial<Record<(typeof CONFLICT_PARAMS)[number], string>>;

/** The conflicts board's parameters. */
export function readConflictFilterParams(searchParams: SearchParams) {
  return readFilterParams(conflictFiltersSchema, CONFLICT_PARAMS, searchParams);
}
