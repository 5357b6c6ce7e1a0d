import { filtersFromParams, type ExportFilterParams, type ExportFilters } from "@/lib/export/filters";
import { ValidationError } from "../errors";

/** Flat filter parameters → filters; a bad combination names the parameter, as any other invalid input. */
export function filtersOrThrow(params: ExportFilterParams, where = "query"): ExportFilters {
  const result = filtersFromParams(params);
  if (result.success) return result.data;
  const fields = result.issues.map((issue) => ({ path: `${where}.${issue.path}`, message: issue.message }));
  throw new ValidationError(`Invalid request (${fields.map((f) => `${f.path}: ${f.message}`).join("; ")})`, fields);
}
