import "server-only";
import { isDeepStrictEqual } from "node:util";
import type pg from "pg";
import type { Db } from "@/lib/db/client";
import { publicBaseUrl } from "@/lib/env";
import type { ExportFormat } from "@/lib/db/generated/enums";
import type { DatasetDescription, ExportCounts } from "@/lib/export/dataset";
import { writeExportArchive, type ExportProgress, type FinishedExport } from "@/lib/export/export-stream";
import { filtersDigest, type ExportFilters } from "@/lib/export/filters";
import { datasetMetadataFromProject } from "@/lib/export/datapackage-metadata";
import { buildManifest, manifestSchema, type FilterNames, type ManifestCodingRound, type ManifestFile } from "@/lib/export/manifest";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { refuseExportWhileBlind } from "../coding-rounds/blind-visibility";
import { writeAudit } from "../audit";
import { projectLexicon } from "../suggestions/suggestion-options";
import { datasetCodingRounds } from "./dataset-coding-rounds";
import { createDatasetReader } from "./dataset-reader";
import { datasetSettingsSelect } from "./dataset-settings";
import { createArchiveFile, type ArchiveFile } from "../storage/archive-file";
import type { ArchiveStorage } from "../storage/archive-storage";
import { archiveStorage } from "../storage/storage-config";
import { moveLegacyArchive } from "./stored-archives";
import { openVersionFile, type VersionFile } from "./version-file";
import { resolveExportFilters } from "./resolve-filters";
import { exportPool, openSnapshot } from "./snapshot";

export interface ExportedVersion extends VersionFile {
  datasetVersion: number;
  /** False when the data and filters were those of the latest version with these filters, which is reused. */
  isNewVersion: boolean;
}

interface ExportPlan {
  actor: Actor;
  dataset: DatasetDescription;
  projectSlug: string;
  filterNames: FilterNames;
  codingRounds: ManifestCodingRound[];
  onProgress?: (progress: ExportProgress) => Promise<void> | void;
}

export interface RecordedVersion {
  exportId: string;
  datasetVersion: number;
  projectSlug: string;
  /** The zip in storage. */
  archiveKey: string;
  isNewVersion: boolean;
}

interface ExportRequest {
  filters: ExportFilters;
  /** Told after each file of the archive is written (a background export's progress bar). */
  onProgress?: (progress: ExportProgress) => Promise<void> | void;
}

/**
 * Exports the dataset the filters select and answers the requested file of
 * its version, streamed from storage (recordDatasetVersion says how the
 * version is made).
 */
export async function exportDataset(
  db: Db,
  actor: Actor,
  projectId: string,
  request: ExportRequest & { format: ExportFormat },
  pool: pg.Pool = exportPool(),
  storage: ArchiveStorage = archiveStorage(),
): Promise<ExportedVersion> {
  const version = await recordDatasetVersion(db, actor, projectId, request, pool, storage);
  const file = await openVersionFile(storage, version.archiveKey, request.format, version.projectSlug, version.datasetVersion);
  if (!file) throw new Error(`Version ${version.datasetVersion} holds no ${request.format} file.`);
  return { ...file, datasetVersion: version.datasetVersion, isNewVersion: version.isNewVersion };
}

/**
 * The dataset the filters select, as a version: one snapshot of the database
 * written as a zip of every format with its manifest, chunk by chunk into a
 * temporary file (hashed as it goes), then moved into storage under its
 * sha256. When that snapshot's files are byte-identical to the latest version
 * with the same filters, that version is reused (its stored archive is the
 * answer, the new file is thrown away), so downloading one format after
 * another (or the same one twice) gives files of one version. Otherwise the
 * zip is recorded as the project's next version (ExportRun with manifest and
 * archive key, audit event).
 */
export async function recordDatasetVersion(
  db: Db,
  actor: Actor,
  projectId: string,
  request: ExportRequest,
  pool: pg.Pool = exportPool(),
  storage: ArchiveStorage = archiveStorage(),
): Promise<RecordedVersion> {
  await requireProjectPermission(db, actor, projectId, "export:create");
  await refuseExportWhileBlind(db, actor, projectId);
  const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { name: true, ...datasetSettingsSelect } });
  const metadata = datasetMetadataFromProject({ ...project, vagueQuantities: await projectLexicon(db, projectId) });
  const filterNames = await resolveExportFilters(db, projectId, request.filters);
  const plan: ExportPlan = {
    actor,
    dataset: { projectId, name: project.name, filters: request.filters, digest: filtersDigest(request.filters), baseUrl: publicBaseUrl(), metadata },
    projectSlug: project.slug,
    filterNames,
    codingRounds: await datasetCodingRounds(db, actor, projectId, request.filters),
    onProgress: request.onProgress,
  };
  const snapshot = await openSnapshot(pool);
  const file = await createArchiveFile(storage);
  try {
    const reader = await createDatasetReader(snapshot.client, projectId, request.filters);
    let recorded: RecordedVersion | undefined;
    await writeExportArchive({
      dataset: plan.dataset,
      reader,
      sink: file,
      onFileWritten: plan.onProgress,
      complete: async (finished) => void (recorded = await recordVersion(db, storage, plan, reader.counts, finished, file)),
    });
    if (!recorded) throw new Error("The export ended without recording its version.");
    return recorded;
  } finally {
    await file.discard();
    await snapshot.close();
  }
}

async function recordVersion(
  db: Db,
  storage: ArchiveStorage,
  plan: ExportPlan,
  counts: ExportCounts,
  finished: FinishedExport,
  file: ArchiveFile,
): Promise<RecordedVersion> {
  const { actor, dataset } = plan;
  return db.$transaction(
    async (tx) => {
      // Versions are numbered per project: concurrent exports take turns here.
      await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${dataset.projectId} FOR UPDATE`;
      const sameFilters = await tx.exportRun.findFirst({
        where: { projectId: dataset.projectId, filters: { equals: dataset.filters } },
        orderBy: { datasetVersion: "desc" },
        select: { id: true, datasetVersion: true, manifest: true, archiveKey: true },
      });
      if (sameFilters && isSameSnapshot(sameFilters.manifest, finished.files, plan.codingRounds)) {
        // A version recorded before archives went to storage is moved there now, to be served like any other.
        const storedKey = sameFilters.archiveKey ?? (await moveLegacyArchive(tx, storage, sameFilters.id));
        if (storedKey) {
          return { exportId: sameFilters.id, datasetVersion: sameFilters.datasetVersion, projectSlug: plan.projectSlug, archiveKey: storedKey, isNewVersion: false };
        }
      }
      const latest = await tx.exportRun.aggregate({ where: { projectId: dataset.projectId }, _max: { datasetVersion: true } });
      const version = (latest._max.datasetVersion ?? 0) + 1;
      const manifest = buildManifest({
        dataset,
        projectSlug: plan.projectSlug,
        version,
        filterNames: plan.filterNames,
        counts,
        codingRounds: plan.codingRounds,
        files: finished.files,
        exportedBy: { id: actor.userId, name: actor.name },
        exportedAt: new Date(),
      });
      await finished.seal(manifest);
      // Stored before the row commits, so no row ever names a missing archive; a rollback leaves an unnamed object, never a broken version.
      const stored = await file.store();
      const run = await tx.exportRun.create({
        data: {
          projectId: dataset.projectId,
          createdById: actor.userId,
          format: "zip",
          filters: dataset.filters,
          counts: manifest.counts,
          manifest,
          datasetVersion: version,
          sha256: stored.sha256,
          archiveKey: stored.key,
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        projectId: dataset.projectId,
        actor,
        action: "export.create",
        objectType: "ExportRun",
        objectId: run.id,
        after: { format: "zip", datasetVersion: version, filters: dataset.filters, counts: manifest.counts, sha256: stored.sha256 },
      });
      return { exportId: run.id, datasetVersion: version, projectSlug: plan.projectSlug, archiveKey: stored.key, isNewVersion: true };
    },
    // Sealing writes the manifest and the central directory, and storing may upload the archive to S3: minutes for a very large one.
    { timeout: 10 * 60_000 },
  );
}

/**
 * The same files as a stored version's manifest lists: byte for byte (by sha256), apart from a timed end (reproducibleSha256),
 * and the same coding rounds: a round that closed since is news for the dataset's users even when no claim changed.
 */
function isSameSnapshot(storedManifest: unknown, files: readonly ManifestFile[], codingRounds: readonly ManifestCodingRound[]): boolean {
  const stored = manifestSchema.safeParse(storedManifest);
  if (!stored.success) return false;
  const digests = (list: readonly ManifestFile[]) => list.map((file) => `${file.path}:${file.reproducibleSha256 ?? file.sha256}`).sort().join("\n");
  return digests(stored.data.files) === digests(files) && isDeepStrictEqual(stored.data.codingRounds, codingRounds);
}
