import "server-only";
import type { Db } from "@/lib/db/client";
import type { ExportFormat } from "@/lib/db/generated/enums";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { refuseExportWhileBlind } from "../coding-rounds/blind-visibility";
import { NotFoundError } from "../errors";
import type { ArchiveStorage } from "../storage/archive-storage";
import { archiveStorage } from "../storage/storage-config";
import { moveLegacyArchive } from "./stored-archives";
import { openVersionFile } from "./version-file";

/** A past version's zip, or one of its formats, as it was made, streamed from storage; the project comes from the version itself. */
export async function getVersionFile(db: Db, actor: Actor, exportId: string, format: ExportFormat = "zip", storage: ArchiveStorage = archiveStorage()) {
  const run = await db.exportRun.findUnique({
    where: { id: exportId },
    select: { projectId: true, datasetVersion: true, sha256: true, archiveKey: true, project: { select: { slug: true } } },
  });
  if (!run) throw new NotFoundError("Export");
  await requireProjectPermission(db, actor, run.projectId, "export:create", "Export");
  await refuseExportWhileBlind(db, actor, run.projectId);
  // A version whose zip is still in the database (the worker has not moved it yet) is moved now and served from storage.
  const key = run.archiveKey ?? (await moveLegacyArchive(db, storage, exportId));
  if (!key) throw new NotFoundError("Export archive");
  const file = await openVersionFile(storage, key, format, run.project.slug, run.datasetVersion);
  if (!file) throw new NotFoundError(`The ${format} file of version ${run.datasetVersion}`);
  return { ...file, datasetVersion: run.datasetVersion, archiveSha256: run.sha256 };
}
