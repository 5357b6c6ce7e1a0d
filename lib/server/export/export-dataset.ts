import "server-only";
import type pg from "pg";
import type { Db } from "@/lib/db/client";
import type { ExportFormat } from "@/lib/db/generated/enums";
import { toReadableStream } from "@/lib/export/byte-stream";
import { downloadFile, type DatasetDescription, type ExportCounts } from "@/lib/export/dataset";
import { exportStream, sha256OfBytes, type FinishedExport } from "@/lib/export/export-stream";
import { filtersDigest, type ExportFilters } from "@/lib/export/filters";
import { buildManifest, type FilterNames } from "@/lib/export/manifest";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { createDatasetReader } from "./dataset-reader";
import { resolveExportFilters } from "./resolve-filters";
import { exportPool, openSnapshot } from "./snapshot";

export interface StartedExport {
  stream: ReadableStream<Uint8Array>;
  filename: string;
  contentType: string;
}

interface ExportPlan {
  actor: Actor;
  format: ExportFormat;
  dataset: DatasetDescription;
  projectSlug: string;
  filterNames: FilterNames;
}

/**
 * Starts an export: checks the caller may export and that the filters name
 * things of this project, then returns a stream that reads the dataset from
 * a database snapshot as the client downloads it. When the last data byte is
 * written the export is recorded (ExportRun with its manifest and zip, next
 * dataset version, audit event) and the stream ends; a download cancelled
 * before that records nothing.
 */
export async function exportDataset(
  db: Db,
  actor: Actor,
  projectId: string,
  request: { format: ExportFormat; filters: ExportFilters },
  pool: pg.Pool = exportPool(),
): Promise<StartedExport> {
  await requireProjectPermission(db, actor, projectId, "export:create");
  const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { name: true, slug: true } });
  const filterNames = await resolveExportFilters(db, projectId, request.filters);
  const plan: ExportPlan = {
    actor,
    format: request.format,
    dataset: { projectId, name: project.name, filters: request.filters, digest: filtersDigest(request.filters) },
    projectSlug: project.slug,
    filterNames,
  };
  // The version is fixed when the export is recorded; the file name uses the one expected now.
  const latest = await db.exportRun.aggregate({ where: { projectId }, _max: { datasetVersion: true } });
  const expectedVersion = (latest._max.datasetVersion ?? 0) + 1;
  const { filename, mediaType } = downloadFile(request.format, project.slug, expectedVersion);
  return { stream: toReadableStream(readAndRecord(db, pool, plan)), filename, contentType: mediaType };
}

/** The snapshot is opened on the first read and closed when the stream ends, fails or is cancelled. */
async function* readAndRecord(db: Db, pool: pg.Pool, plan: ExportPlan): AsyncGenerator<Uint8Array> {
  const snapshot = await openSnapshot(pool);
  try {
    const reader = await createDatasetReader(snapshot.client, plan.dataset.projectId, plan.dataset.filters);
    yield* exportStream({
      format: plan.format,
      dataset: plan.dataset,
      reader,
      complete: (finished) => recordExport(db, plan, reader.counts, finished),
    });
  } finally {
    await snapshot.close();
  }
}

async function recordExport(db: Db, plan: ExportPlan, counts: ExportCounts, finished: FinishedExport): Promise<void> {
  const { actor, dataset } = plan;
  await db.$transaction(
    async (tx) => {
      // Versions are numbered per project: concurrent exports take turns here.
      await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${dataset.projectId} FOR UPDATE`;
      const latest = await tx.exportRun.aggregate({ where: { projectId: dataset.projectId }, _max: { datasetVersion: true } });
      const version = (latest._max.datasetVersion ?? 0) + 1;
      const manifest = buildManifest({
        dataset,
        projectSlug: plan.projectSlug,
        version,
        format: plan.format,
        filterNames: plan.filterNames,
        counts,
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
          format: plan.format,
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
        after: { format: plan.format, datasetVersion: version, filters: dataset.filters, counts: manifest.counts, sha256 },
      });
    },
    { timeout: 60_000 },
  );
}
