import "server-only";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { exportFiltersSchema, type ExportFilters, type ExportFiltersInput } from "@/lib/export/filters";
import { ValidationError } from "../errors";

export interface ExportJobBody {
  status?: string[];
  filters?: Omit<ExportFiltersInput, "statuses">;
}

/**
 * A start-export body → the normalised filters of the version it makes. The body's schema has
 * checked each field; this checks them together (a date range that ends before it starts) and
 * the statuses given as text, naming the field as the body spells it.
 */
export function exportJobFilters(body: ExportJobBody): ExportFilters {
  const result = exportFiltersSchema.safeParse({ ...body.filters, ...(body.status?.length ? { statuses: body.status as ClaimStatus[] } : {}) });
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: issue.path[0] === "statuses" ? "body.status" : `body.filters.${issue.path.join(".")}`,
    message: issue.message,
  }));
  throw new ValidationError(`Invalid request (${fields.map((f) => `${f.path}: ${f.message}`).join("; ")})`, fields);
}
