import { createHash } from "node:crypto";
import { z } from "zod";
import { calendarDateSchema } from "@/lib/calendar-date";
import { ClaimStatus } from "@/lib/db/generated/enums";

/**
 * Which claims an export holds. Lists are sorted and deduplicated so that
 * the same selection, however it was typed, is the same filter: same digest,
 * same identifiers inside the data files.
 */
export const filterFieldsSchema = z.object({
  statuses: z.array(z.enum(ClaimStatus)).min(1).default(["approved"]),
  sourceIds: z.array(z.string().min(1).max(64)).max(200).default([]),
  propertyKeys: z.array(z.string().min(1).max(100)).max(200).default([]),
  /** Claims about, valued as, or attributed to any of these entities. */
  entityIds: z.array(z.string().min(1).max(64)).max(200).default([]),
  /** Inclusive range of the day a claim was recorded (UTC). */
  recordedFrom: z.iso.date().nullable().default(null),
  recordedTo: z.iso.date().nullable().default(null),
});

export const exportFiltersSchema = filterFieldsSchema
  .transform((f) => ({
    statuses: sortedUnique(f.statuses),
    sourceIds: sortedUnique(f.sourceIds),
    propertyKeys: sortedUnique(f.propertyKeys),
    entityIds: sortedUnique(f.entityIds),
    recordedFrom: f.recordedFrom,
    recordedTo: f.recordedTo,
  }))
  .refine((f) => !f.recordedFrom || !f.recordedTo || f.recordedFrom <= f.recordedTo, {
    message: "The date range must not end before it starts",
    path: ["recordedTo"],
  });
export type ExportFilters = z.output<typeof exportFiltersSchema>;
export type ExportFiltersInput = z.input<typeof exportFiltersSchema>;

/** A comma-separated list in a query string or a CLI flag: "approved,submitted". */
const csvList = z
  .string()
  .max(10_000)
  .transform((s) => s.split(",").map((item) => item.trim()).filter(Boolean));

const optionalDate = calendarDateSchema.optional();

/** The same filters as flat strings, the way a URL or a command line carries them. */
export const exportFilterParamsSchema = z.object({
  status: csvList.optional().describe("Claim statuses, comma-separated (default: approved)"),
  sources: csvList.optional().describe("Source ids, comma-separated"),
  properties: csvList.optional().describe("Property keys, comma-separated"),
  entities: csvList.optional().describe("Entity ids, comma-separated"),
  from: optionalDate.describe("Recorded on or after this day (YYYY-MM-DD)"),
  to: optionalDate.describe("Recorded on or before this day (YYYY-MM-DD)"),
});
export type ExportFilterParams = z.output<typeof exportFilterParamsSchema>;

/** Flat parameters → filters; an invalid combination is reported on the parameter's own name. */
export function filtersFromParams(params: ExportFilterParams) {
  const result = exportFiltersSchema.safeParse({
    ...(params.status?.length ? { statuses: params.status } : {}),
    sourceIds: params.sources ?? [],
    propertyKeys: params.properties ?? [],
    entityIds: params.entities ?? [],
    recordedFrom: params.from ?? null,
    recordedTo: params.to ?? null,
  });
  if (result.success) return result;
  const names: Record<string, string> = {
    statuses: "status",
    sourceIds: "sources",
    propertyKeys: "properties",
    entityIds: "entities",
    recordedFrom: "from",
    recordedTo: "to",
  };
  const issues = result.error.issues.map((issue) => ({
    path: names[String(issue.path[0])] ?? String(issue.path[0] ?? ""),
    message: issue.message,
  }));
  return { success: false as const, issues };
}

/** Filters → flat parameters, for links that repeat an export (the inverse of filtersFromParams). */
export function filtersToParams(filters: ExportFilters): Record<string, string> {
  const params: Record<string, string> = { status: filters.statuses.join(",") };
  if (filters.sourceIds.length) params.sources = filters.sourceIds.join(",");
  if (filters.propertyKeys.length) params.properties = filters.propertyKeys.join(",");
  if (filters.entityIds.length) params.entities = filters.entityIds.join(",");
  if (filters.recordedFrom) params.from = filters.recordedFrom;
  if (filters.recordedTo) params.to = filters.recordedTo;
  return params;
}

/** A short, stable name for a selection, used in the identifiers of the data files. */
export function filtersDigest(filters: ExportFilters): string {
  return createHash("sha256").update(JSON.stringify(filters)).digest("hex").slice(0, 16);
}

function sortedUnique<T extends string>(items: readonly T[]): T[] {
  return [...new Set(items)].sort();
}
