import "server-only";
import type { Db } from "@/lib/db/client";
import type { ExportFilters } from "@/lib/export/filters";
import type { FilterNames } from "@/lib/export/manifest";
import { ValidationError, type FieldIssue } from "../errors";

/**
 * Checks that every source, property and entity a filter names belongs to
 * the project, and returns their names for the manifest. An unknown id is a
 * validation error naming it, never an empty export that looks complete.
 */
export async function resolveExportFilters(db: Db, projectId: string, filters: ExportFilters): Promise<FilterNames> {
  const [sources, properties, entities] = await Promise.all([
    db.source.findMany({ where: { projectId, id: { in: filters.sourceIds } }, select: { id: true, title: true }, orderBy: { id: "asc" } }),
    db.property.findMany({ where: { projectId, key: { in: filters.propertyKeys } }, select: { key: true, label: true }, orderBy: { key: "asc" } }),
    db.entity.findMany({ where: { projectId, id: { in: filters.entityIds } }, select: { id: true, name: true }, orderBy: { id: "asc" } }),
  ]);
  const issues: FieldIssue[] = [];
  const missing = (path: string, wanted: string[], found: string[], what: string) => {
    const unknown = wanted.filter((item) => !found.includes(item));
    if (unknown.length) issues.push({ path, message: `Unknown ${what} in this project: ${unknown.join(", ")}` });
  };
  missing("sources", filters.sourceIds, sources.map((s) => s.id), "sources");
  missing("properties", filters.propertyKeys, properties.map((p) => p.key), "properties");
  missing("entities", filters.entityIds, entities.map((e) => e.id), "entities");
  if (issues.length) throw new ValidationError(`The export filters are not valid: ${issues.map((i) => i.message).join("; ")}.`, issues);
  return { sources, properties, entities };
}
