import "server-only";
import type { Db } from "@/lib/db/client";
import { exportFilterParamsSchema, exportFiltersSchema, filtersFromParams, type ExportFilters } from "@/lib/export/filters";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { ValidationError } from "../errors";
import { listExportRuns } from "./list-export-runs";
import { previewExport } from "./preview-export";

export type SearchParams = Record<string, string | string[] | undefined>;

const PARAM_NAMES = ["status", "sources", "properties", "entities", "from", "to"] as const;

/**
 * Everything the export page shows: the filters read from its address (a
 * filter that is not valid is reported and the defaults are used), the
 * preview of that selection, past exports, and what the filters can choose.
 */
export async function exportPageData(db: Db, actor: Actor, projectId: string, search: SearchParams) {
  await requireProjectPermission(db, actor, projectId, "export:create");
  const { filters, problem } = readFilters(search);
  const [preview, runs, options] = await Promise.all([
    previewExport(db, actor, projectId, filters).catch((error: unknown) => {
      if (error instanceof ValidationError) return { error: error.message };
      throw error;
    }),
    listExportRuns(db, actor, projectId),
    filterOptions(db, projectId),
  ]);
  if ("error" in preview) {
    const defaults = exportFiltersSchema.parse({});
    return { filters: defaults, problem: preview.error, preview: await previewExport(db, actor, projectId, defaults), runs, options };
  }
  return { filters, problem, preview, runs, options };
}

/** Repeated parameters (a multiple select) are joined into the comma lists the API takes. */
function readFilters(search: SearchParams): { filters: ExportFilters; problem: string | null } {
  const flat = Object.fromEntries(
    PARAM_NAMES.flatMap((name) => {
      const value = [search[name] ?? []].flat().join(",").trim();
      return value ? [[name, value]] : [];
    }),
  );
  const params = exportFilterParamsSchema.safeParse(flat);
  const result = params.success ? filtersFromParams(params.data) : null;
  if (result?.success) return { filters: result.data, problem: null };
  const issues = result ? result.issues : params.error!.issues.map((issue) => ({ path: String(issue.path[0]), message: issue.message }));
  return {
    filters: exportFiltersSchema.parse({}),
    problem: `These filters are not valid and were ignored: ${issues.map((i) => `${i.path} (${i.message})`).join(", ")}.`,
  };
}

async function filterOptions(db: Db, projectId: string) {
  const [sources, properties, entities] = await Promise.all([
    db.source.findMany({ where: { projectId }, select: { id: true, title: true }, orderBy: { title: "asc" } }),
    db.property.findMany({ where: { projectId }, select: { key: true, label: true }, orderBy: { label: "asc" } }),
    db.entity.findMany({ where: { projectId, mergedIntoId: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { sources, properties, entities };
}

export type ExportPageData = Awaited<ReturnType<typeof exportPageData>>;
