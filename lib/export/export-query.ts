import { z } from "zod";
import { ExportFormat } from "@/lib/db/generated/enums";
import { exportFilterParamsSchema } from "@/lib/export/filters";

/** The query of an export download: filters plus the format (the zip of every format by default). */
export const exportQuerySchema = exportFilterParamsSchema.extend({
  format: z.enum(ExportFormat).default("zip").describe("webannotation | jsonl | csv | prov | zip"),
});
