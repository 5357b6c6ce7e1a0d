import { z } from "zod";
import { ExportFormat } from "@/lib/db/generated/enums";
import { exportFilterParamsSchema, filtersFromParams, type ExportFilterParams, type ExportFilters } from "@/lib/export/filters";
import { ValidationError } from "../errors";

/** The query of an export download: filters plus the format (the zip of every format by default). */
export const exportQuerySchema = exportFilterParamsSchema.extend({
  format: z.enum(ExportFormat).default("zip").describe("webannotation | jsonl | csv | prov | zip"),
});

/** Flat filter parameters → filters; a bad combination names the parameter, as any other invalid input. */
export function filtersOrThrow(params: ExportFilterParams, where = "query"): ExportFilters {
  const result = filtersFromParams(params);
  if (result.success) return result.data;
  const fields = result.issues.map((issue) => ({ path: `${where}.${issue.path}`, message: issue.message }));
  throw new ValidationError(`Invalid request (${fields.map((f) => `${f.path}: ${f.message}`).join("; ")})`, fields);
}
