import "server-only";
import type { Db } from "@/lib/db/client";
import { downloadFile } from "@/lib/export/dataset";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";

/** The stored zip of a past export; the project comes from the export itself. */
export async function getExportArchive(db: Db, actor: Actor, exportId: string) {
  const run = await db.exportRun.findUnique({
    where: { id: exportId },
    select: { projectId: true, datasetVersion: true, sha256: true, archive: true, project: { select: { slug: true } } },
  });
  if (!run) throw new NotFoundError("Export");
  await requireProjectPermission(db, actor, run.projectId, "export:create", "Export");
  if (!run.archive) throw new NotFoundError("Export archive");
  const { filename, mediaType } = downloadFile("zip", run.project.slug, run.datasetVersion);
  return { archive: run.archive, sha256: run.sha256, filename, mediaType };
}
