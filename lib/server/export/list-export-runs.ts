import "server-only";
import type { Db } from "@/lib/db/client";
import { DATA_FORMATS, dataFiles, downloadFile } from "@/lib/export/dataset";
import { filterFieldsSchema } from "@/lib/export/filters";
import { countsSchema, manifestSchema } from "@/lib/export/manifest";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";

/** Past versions of a project's dataset, newest first, without their archives: each with the formats its archive holds. */
export async function listExportRuns(db: Db, actor: Actor, projectId: string) {
  await requireProjectPermission(db, actor, projectId, "export:create");
  const runs = await db.exportRun.findMany({
    where: { projectId },
    orderBy: { datasetVersion: "desc" },
    select: {
      id: true,
      format: true,
      filters: true,
      counts: true,
      manifest: true,
      datasetVersion: true,
      sha256: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
      project: { select: { slug: true } },
    },
  });
  return runs.map(({ project, manifest, ...run }) => ({
    id: run.id,
    datasetVersion: run.datasetVersion,
    format: run.format,
    filters: filterFieldsSchema.parse(run.filters),
    counts: countsSchema.parse(run.counts),
    sha256: run.sha256,
    createdAt: run.createdAt.toISOString(),
    createdBy: run.createdBy,
    archiveName: downloadFile("zip", project.slug, run.datasetVersion).filename,
    formats: formatsIn(manifest),
  }));
}
export type ExportRunView = Awaited<ReturnType<typeof listExportRuns>>[number];

/** Versions recorded before every version held every format may hold only one. */
function formatsIn(manifest: unknown) {
  const paths = new Set((manifestSchema.safeParse(manifest).data?.files ?? []).map((file) => file.path));
  return DATA_FORMATS.filter((format) => paths.has(dataFiles[format].path));
}
