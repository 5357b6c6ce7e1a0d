import "server-only";
import { isDeepStrictEqual } from "node:util";
import type pg from "pg";
import type { Db } from "@/lib/db/client";
import { publicBaseUrl } from "@/lib/env";
import type { ExportFormat } from "@/lib/db/generated/enums";
import type { DatasetDescription, ExportCounts } from "@/lib/export/dataset";
import { exportStream, sha256OfBytes, type ExportProgress, type FinishedExport } from "@/lib/export/export-stream";
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
import { versionFile, type VersionFile } from "./version-file";
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

interface RecordedVersion {
  datasetVersion: number;
  archive: Uint8Array<ArrayBuffer>;
  isNewVersion: boolean;
}

/**
 * Exports the dataset the filters select, as a version: one snapshot of the
 * database read into a zip of every format with its manifest. When that
 * snapshot's files are byte-identical to the latest version with the same
 * filters, that version is reused, so downloading one format after another
 * (or the same one twice) gives files of one version. Otherwise the zip is
 * recorded as the project's next version (ExportRun with manifest and
 * archive, audit event). Either way the answer is the requested file, taken
 * from the version's archive.
 */
export async function exportDataset(
  db: Db,
  actor: Actor,
  projectId: string,
  /** `onProgress`: told after each file of the archive is written (a background export's progress bar). */
  request: { format: ExportFormat; filters: ExportFilters; onProgress?: (progress: ExportProgress) => Promise<void> | void },
  pool: pg.Pool = exportPool(),
): Promise<ExportedVersion> {
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
  const version = await readVersion(db, pool, plan);
  const file = versionFile(version.archive, request.format, project.slug, version.datasetVersion);
  if (!file) throw new Error(`Version ${version.datasetVersion} holds no ${request.format} file.`);
  return {
    ...file,
    datasetVersion: version.datasetVersion,
    isNewVersion: version.isNewVersion,
  };
}

async function readVersion(db: Db, pool: pg.Pool, plan: ExportPlan): Promise<RecordedVersion> {
  const snapshot = await openSnapshot(pool);
  let recorded: RecordedVersion | undefined;
  try {
    const reader = await createDatasetReader(snapshot.client, plan.dataset.projectId, plan.dataset.filters);
    const stream = exportStream({
      dataset: plan.dataset,
      reader,
      onFileWritten: plan.onProgress,
      complete: async (finished) => void (recorded = await recordVersion(db, plan, reader.counts, finished)),
    });
    // The archive is collected by the stream itself; its pieces need not be kept twice.
    for await (const piece of stream) void piece;
  } finally {
    await snapshot.close();
  }
  if (!recorded) throw new Error("The export ended without recording its version.");
  return recorded;
}

async function recordVersion(db: Db, plan: ExportPlan, counts: ExportCounts, finished: FinishedExport): Promise<RecordedVersion> {
  const { actor, dataset } = plan;
  return db.$transaction(
    async (tx) => {
      // Versions are numbered per project: concurrent exports take turns here.
      await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${dataset.projectId} FOR UPDATE`;
      const sameFilters = await tx.exportRun.findFirst({
        where: { projectId: dataset.projectId, filters: { equals: dataset.filters } },
        orderBy: { datasetVersion: "desc" },
        select: { datasetVersion: true, manifest: true, archive: true },
      });
      if (sameFilters?.archive && isSameSnapshot(sameFilters.manifest, finished.files, plan.codingRounds)) {
        // The snapshot is the stored version: its archive, manifest and all, is what is served.
        finished.seal(manifestSchema.parse(sameFilters.manifest));
        return { datasetVersion: sameFilters.datasetVersion, archive: new Uint8Array(sameFilters.archive), isNewVersion: false };
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
      const archive = finished.seal(manifest);
      const sha256 = sha256OfBytes(archive);
      const run = await tx.exportRun.create({
        data: {
          projectId: dataset.projectId,
          createdById: actor.userId,
          format: "zip",
          filters: dataset.filters,
          counts: manifest.counts,
          manifest,
          datasetVersion: version,
          sha256,
          archive,
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        projectId: dataset.projectId,
        actor,
        action: "export.create",
        objectType: "ExportRun",
        objectId: run.id,
        after: { format: "zip", datasetVersion: version, filters: dataset.filters, counts: manifest.counts, sha256 },
      });
      return { datasetVersion: version, archive, isNewVersion: true };
    },
    { timeout: 60_000 },
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
