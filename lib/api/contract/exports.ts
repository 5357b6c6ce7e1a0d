import { ClaimStatus, ExportFormat } from "@/lib/db/generated/enums";
import { exportFilterParamsSchema, filterFieldsSchema } from "@/lib/export/filters";
import { countsSchema, filterNamesSchema } from "@/lib/export/manifest";
import { DATA_FORMATS, dataFiles, ZIP_MEDIA_TYPE, type DataFormat } from "@/lib/export/dataset";
import { EXPORT_SCHEMA_VERSION } from "@/lib/export/records";
import { exportQuerySchema } from "@/lib/export/export-query";
import { queuedJobSchema } from "./jobs";
import { defineRoute } from "../define-route";
import { idSchema, z } from "../schemas";

const fileSchemas: Record<DataFormat, z.ZodType> = {
  jsonl: z.string().meta({ description: "One JSON record per line: properties, entities, sources, claims (with evidence and attribution) and conflicts." }),
  csv: z.string().meta({ description: "A header row, then one row per claim." }),
  webannotation: z.looseObject({ "@context": z.unknown(), type: z.literal("AnnotationCollection") }),
  prov: z.looseObject({ "@context": z.unknown(), "@graph": z.array(z.unknown()) }),
};

/** What a download sends: the zip, or one data file in its own media type (`format` chooses). */
const exportFiles = {
  [ZIP_MEDIA_TYPE]: z.string().meta({ format: "binary", description: "Every data file, the JSON-LD context and manifest.json." }),
  ...Object.fromEntries(DATA_FORMATS.map((format) => [dataFiles[format].mediaType, fileSchemas[format]])),
};

export const exportDatasetRoute = defineRoute({
  operationId: "exportDataset",
  method: "get",
  path: "/api/v1/projects/{projectId}/export",
  summary:
    `Export the dataset (schema ${EXPORT_SCHEMA_VERSION}), streamed as it is read. format=zip (default) holds every format, ` +
    "our JSON-LD context and manifest.json; jsonl, csv, webannotation (W3C Web Annotation JSON-LD) and prov (W3C PROV-O JSON-LD) " +
    "return that one file. Filters: status (default approved), sources, properties (keys), entities, from/to (day recorded). " +
    "Each export is recorded as the next dataset version, its zip kept for download.",
  tag: "Exports",
  params: z.object({ projectId: idSchema }),
  query: exportQuerySchema,
  response: { status: 200, description: "The export file (Content-Disposition names it).", files: exportFiles },
  errors: [403, 404],
});

const claimRecordSchema = z.looseObject({ kind: z.literal("claim"), id: z.string(), valueText: z.string(), status: z.enum(ClaimStatus) });

export const previewExportRoute = defineRoute({
  operationId: "previewExport",
  method: "get",
  path: "/api/v1/projects/{projectId}/export/preview",
  summary: "What an export with these filters holds: counts and the first claim records, exactly as exported.",
  tag: "Exports",
  params: z.object({ projectId: idSchema }),
  query: exportFilterParamsSchema,
  response: {
    status: 200,
    description: "Counts and the first records.",
    schema: z.object({ counts: countsSchema, claims: z.array(claimRecordSchema), filters: filterFieldsSchema, filterNames: filterNamesSchema }),
  },
  errors: [403, 404],
});

const exportRunSchema = z
  .object({
    id: z.string(),
    datasetVersion: z.number().int(),
    format: z.enum(ExportFormat),
    filters: filterFieldsSchema,
    counts: countsSchema,
    sha256: z.string().meta({ description: "sha256 of the stored zip" }),
    createdAt: z.string(),
    createdBy: z.object({ id: z.string(), name: z.string() }),
    archiveName: z.string(),
    formats: z.array(z.enum(DATA_FORMATS)).meta({ description: "The data formats this version's archive holds" }),
  })
  .meta({ id: "ExportRun" });

export const listExportRunsRoute = defineRoute({
  operationId: "listExportRuns",
  method: "get",
  path: "/api/v1/projects/{projectId}/export/runs",
  summary: "Past exports of the project, newest version first.",
  tag: "Exports",
  params: z.object({ projectId: idSchema }),
  response: { status: 200, description: "Past exports.", schema: z.object({ exports: z.array(exportRunSchema) }) },
  errors: [403, 404],
});

export const downloadExportRoute = defineRoute({
  operationId: "downloadExport",
  method: "get",
  path: "/api/v1/exports/{exportId}/archive",
  summary: "A past version's zip (data files, context and manifest), or with format one file of it, byte for byte as it was made.",
  tag: "Exports",
  params: z.object({ exportId: idSchema }),
  query: exportQuerySchema.pick({ format: true }),
  response: { status: 200, description: "The zip, or the one file `format` names.", files: exportFiles },
  errors: [403, 404],
});

/** The import's file wrapped in JSON, as the app's pages send it (a cookie-authenticated request must be JSON). */
export const importJsonBodySchema = z.strictObject({ jsonl: z.string().meta({ description: "The JSON Lines export, as text." }) });

export const importDatasetRoute = defineRoute({
  operationId: "importDataset",
  method: "post",
  path: "/api/v1/projects/{projectId}/import",
  summary:
    "Import a JSON Lines export (request body, Content-Type application/x-ndjson) into a project without sources or claims, " +
    "as a background job: sources, annotations, entities, claims, attribution chains and conflicts. Poll GET /api/v1/jobs/{jobId}: " +
    "progress counts the claims written; a done job's result.imported says what was created. All or nothing: a file with bad lines " +
    "fails the job and writes nothing, and the job's problems list one {line, reason} per bad line. Owners only.",
  tag: "Exports",
  params: z.object({ projectId: idSchema }),
  upload: {
    description: "A JSON Lines export, as format=jsonl writes it; or the same text as {\"jsonl\": \"…\"} in JSON.",
    content: { "application/x-ndjson": fileSchemas.jsonl, "application/json": importJsonBodySchema },
  },
  response: { status: 202, description: "The import, queued; its file is stored with it.", schema: queuedJobSchema },
  errors: [403, 404, 409, 413],
});
