import type { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface FilterParams<S extends z.ZodType, N extends string> {
  /** The parameters as they are written back into the form and links. */
  values: Partial<Record<N, string>>;
  filters: z.output<S>;
  /** Parameters that were not valid and were left out, so the page can say so. */
  ignored: N[];
}

/**
 * Reads a filter page's search parameters with its zod schema. An empty form
 * field means "any"; an invalid parameter is dropped and reported rather than
 * failing the page.
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
  const ignored: N[] = [];
  const first = schema.safeParse(values);
  if (first.success) return { values, filters: first.data, ignored };
  for (const issue of first.error.issues) {
    const name = String(issue.path[0]) as N;
    if (name in values && !ignored.includes(name)) ignored.push(name);
    delete values[name];
  }
  return { values, filters: schema.parse(values), ignored };
}

/** The same page with the same filters, some values changed (a page number, a cursor); null removes one. */
export function filterHref<N extends string>(path: string, values: Partial<Record<N, string>>, change: Partial<Record<N, string | null>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...values, ...change })) if (value) query.set(name, value as string);
  const search = query.toString();
  return `${path}${search ? `?${search}` : ""}`;
}

/** The same filtered list on another page of results (page 1 is the bare list). */
export function filteredPageHref<N extends string>(path: string, values: Partial<Record<N, string>>, page: number): string {
  return filterHref<string>(path, values, { page: page > 1 ? String(page) : null });
}
