import "server-only";
import { readFilterParams, type SearchParams } from "@/lib/filter-params";
import { conflictFiltersSchema } from "@/lib/conflicts/conflict-input";

export type { SearchParams };

const CONFLICT_PARAMS = ["conflictId", "status", "kind", "entityId", "propertyId", "sourceId", "claimId", "page", "pageSize"] as const;
export type ConflictParamValues = Partial<Record<(typeof CONFLICT_PARAMS)[number], string>>;

/** The conflicts board's parameters. */
export function readConflictFilterParams(searchParams: SearchParams) {
  return readFilterParams(conflictFiltersSchema, CONFLICT_PARAMS, searchParams);
}
