import { z } from "zod";
import type PgBoss from "pg-boss";
import type { JobKind } from "@/lib/db/generated/enums";
import type { JobQueueName } from "@/lib/db/job-queue-schema";
import { exportFiltersSchema } from "@/lib/export/filters";
import type { Permission } from "@/lib/permissions";

export {
  importFailureSchema,
  importJobResultSchema,
  importReportSchema,
  recomputeJobResultSchema,
  type ImportFailure,
  type ImportJobResult,
  type ImportReport,
  type RecomputeJobResult,
} from "@/lib/jobs/job-results";

/** What an export job is asked for: the filters, already normalised, of the dataset version it makes. */
export const exportJobInputSchema = z.object({ filters: exportFiltersSchema });
export type ExportJobInput = z.output<typeof exportJobInputSchema>;

/** What a finished export job produced: the dataset version (ExportRun) its archive is. */
export const exportJobResultSchema = z.object({ exportId: z.string(), datasetVersion: z.number().int() });
export type ExportJobResult = z.output<typeof exportJobResultSchema>;

/** What an import job reads besides its upload (ImportUpload, the file itself): how large the file is, for the activity list. */
export const importJobInputSchema = z.object({ bytes: z.number().int().nonnegative() });
export type ImportJobInput = z.output<typeof importJobInputSchema>;

/** Why a recomputation was asked for: the setting whose change it follows. */
export const recomputeJobInputSchema = z.object({ reason: z.enum(["divergence_threshold", "property_cardinality"]) });
export type RecomputeJobInput = z.output<typeof recomputeJobInputSchema>;

/** The message pg-boss carries: only the id of our Job record, which holds everything else. */
export const jobMessageSchema = z.object({ jobId: z.uuid() });
export type JobMessage = z.output<typeof jobMessageSchema>;

interface JobKindDefinition {
  queue: JobQueueName;
  /** Who may start and cancel it; any member of the project may watch it. */
  permission: Permission;
}

/** Every kind, with its queue and who may start it. */
export const jobKinds = {
  export: { queue: "export", permission: "export:create" },
  import: { queue: "import", permission: "project:manage" },
  recompute: { queue: "recompute", permission: "project:manage" },
} as const satisfies Record<JobKind, JobKindDefinition>;
export type RunnableJobKind = keyof typeof jobKinds;

export function jobKindDefinition(kind: JobKind): JobKindDefinition | undefined {
  return (jobKinds as Partial<Record<JobKind, JobKindDefinition>>)[kind];
}

/**
 * Retries: a failure that is not the job's own fault (a dropped connection, a
 * worker stopped mid-way) is tried again after 2 s, then 4 s, then 8 s; the
 * handlers are idempotent, so a second run finishes what the first started.
 * A job that runs for an hour is taken to be stuck and fails (and retries).
 */
export const jobSendOptions: PgBoss.SendOptions = {
  retryLimit: 3,
  retryDelay: 2,
  retryBackoff: true,
  expireInSeconds: 60 * 60,
};
