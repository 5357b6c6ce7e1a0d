import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { ForbiddenError } from "../errors";
import { recordDatasetVersion } from "../export/export-dataset";
import { exportJobInputSchema, type ExportJobResult } from "./job-kinds";
import type { JobRun } from "./job-run";

/**
 * An export job: the dataset version of its filters, made as the person who
 * started it, with their permission checked again now (they may have lost it
 * since), its zip written to storage. Idempotent: a run that repeats an
 * earlier one (a retry, a second delivery) finds the same files and reuses
 * that version instead of minting another.
 */
export async function runExportJob(db: Db, run: JobRun): Promise<ExportJobResult> {
  const { job } = run;
  const input = exportJobInputSchema.parse(job.input);
  const creator = await db.user.findUniqueOrThrow({ where: { id: job.createdById }, select: { id: true, email: true, name: true, isDisabled: true } });
  if (creator.isDisabled) throw new ForbiddenError("The account that started this export has been disabled.");
  const actor: Actor = { userId: creator.id, email: creator.email, name: creator.name };
  const version = await recordDatasetVersion(db, actor, job.projectId, { filters: input.filters, onProgress: run.reportProgress });
  return { exportId: version.exportId, datasetVersion: version.datasetVersion };
}
