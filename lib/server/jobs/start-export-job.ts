import "server-only";
import type { Db } from "@/lib/db/client";
import type { ExportFilters } from "@/lib/export/filters";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { refuseExportWhileBlind } from "../coding-rounds/blind-visibility";
import { resolveExportFilters } from "../export/resolve-filters";
import { enqueueJob, type EnqueuedJob } from "./enqueue-job";
import type { ExportJobInput } from "./job-kinds";

/**
 * Starts an export of the dataset the filters select as a background job.
 * The filters are checked now (unknown sources, properties or entities are a
 * 400 here, not a failed job later); the worker makes the version.
 */
export async function startExportJob(db: Db, options: { actor: Actor; projectId: string; filters: ExportFilters }): Promise<EnqueuedJob> {
  const { actor, projectId, filters } = options;
  await requireProjectPermission(db, actor, projectId, "export:create");
  await refuseExportWhileBlind(db, actor, projectId);
  await resolveExportFilters(db, projectId, filters);
  const input: ExportJobInput = { filters };
  return db.$transaction((tx) => enqueueJob(tx, { actor, projectId, kind: "export", input }));
}
