import "server-only";
import type { Db } from "@/lib/db/client";
import { errorCodes } from "@/lib/errors/error-codes";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { ConflictError } from "../errors";
import { enqueueJob, type EnqueuedJob } from "./enqueue-job";
import type { ImportJobInput } from "./job-kinds";

/**
 * Starts an import of a JSON Lines export as a background job. The file is
 * stored with the job (ImportUpload) in the transaction that queues it, so a
 * worker on any machine reads it; a project that is not empty is refused now
 * rather than by a failed job later. The worker checks every line.
 */
export async function startImportJob(db: Db, options: { actor: Actor; projectId: string; text: string }): Promise<EnqueuedJob> {
  const { actor, projectId, text } = options;
  await requireProjectPermission(db, actor, projectId, "project:manage");
  return db.$transaction(async (tx) => {
    const sources = await tx.source.count({ where: { projectId } });
    const claims = await tx.claim.count({ where: { projectId } });
    if (sources + claims > 0) {
      throw new ConflictError("Import into an empty project: this one already has sources or claims.", { sources, claims }, errorCodes.projectNotEmpty);
    }
    const input: ImportJobInput = { bytes: Buffer.byteLength(text) };
    const job = await enqueueJob(tx, { actor, projectId, kind: "import", input });
    await tx.importUpload.create({ data: { jobId: job.id, text } });
    return job;
  });
}
