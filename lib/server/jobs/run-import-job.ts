import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { AppError, ConflictError, ForbiddenError, ImportRejectedError } from "../errors";
import { importDataset } from "../export/import-dataset";
import { importReportSchema, type ImportFailure, type ImportJobResult } from "./job-kinds";
import type { JobRun } from "./job-run";

/**
 * An import job: the stored upload through importDataset, as the person who
 * started it, with their permission checked again now. All or nothing, like
 * the import itself: a rejected file writes nothing, and the job's record
 * keeps every refused line (with its number) besides the reason. The upload
 * is removed in the import's own transaction, or once it was refused; an
 * unexpected failure keeps it for pg-boss's retry.
 */
export async function runImportJob(db: Db, run: JobRun): Promise<ImportJobResult> {
  const { job } = run;
  const upload = await db.importUpload.findUnique({ where: { jobId: job.id }, select: { text: true } });
  if (!upload) return { imported: await importedEarlier(db, run) };
  try {
    const creator = await db.user.findUniqueOrThrow({ where: { id: job.createdById }, select: { id: true, email: true, name: true, isDisabled: true } });
    if (creator.isDisabled) throw new ForbiddenError("The account that started this import has been disabled.");
    const actor: Actor = { userId: creator.id, email: creator.email, name: creator.name };
    const imported = await importDataset(db, actor, job.projectId, upload.text, {
      onProgress: run.reportProgress,
      auditDetails: { jobId: job.id },
      beforeCommit: async (tx) => {
        await tx.importUpload.delete({ where: { jobId: job.id } });
      },
    });
    return { imported };
  } catch (error) {
    if (error instanceof AppError) {
      const failure: ImportFailure | undefined = error instanceof ImportRejectedError ? { problems: error.problems } : undefined;
      await db.$transaction([
        db.importUpload.deleteMany({ where: { jobId: job.id } }),
        ...(failure ? [db.job.update({ where: { id: job.id }, data: { result: failure } })] : []),
      ]);
    }
    throw error;
  }
}

/**
 * A second delivery of a job whose import committed (the worker stopped
 * before recording it done): the upload went with that commit, and the
 * import's audit event, which names the job, holds its report.
 */
async function importedEarlier(db: Db, run: JobRun) {
  const event = await db.auditEvent.findFirst({
    where: { projectId: run.job.projectId, action: "dataset.import", after: { path: ["jobId"], equals: run.job.id } },
    select: { after: true },
  });
  if (!event) throw new ConflictError("This import's file is gone: an earlier attempt refused it.");
  return importReportSchema.parse(event.after);
}
