import "server-only";
import type { Db } from "@/lib/db/client";
import { downloadFile } from "@/lib/export/dataset";
import { filterFieldsSchema } from "@/lib/export/filters";
import { countsSchema } from "@/lib/export/manifest";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";

/** Past exports of a project, newest first, without their archives. */
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
      datasetVersion: true,
      sha256: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
      project: { select: { slug: true } },
    },
  });
  return runs.map(({ project, ...run }) => ({
    id: run.id,
    datasetVersion: run.datasetVersion,
    format: run.format,
    filters: filterFieldsSchema.parse(run.filters),
    counts: countsSchema.parse(run.counts),
    sha256: run.sha256,
    createdAt: run.createdAt.toISOString(),
    createdBy: run.createdBy,
    archiveName: downloadFile("zip", project.slug, run.datasetVersion).filename,
  }));
}
export type ExportRunView = Awaited<ReturnType<typeof listExportRuns>>[number];
