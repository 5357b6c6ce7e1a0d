import { ClaimStatus, JobKind, JobStatus } from "@/lib/db/generated/enums";
import { exportFilterParamsSchema, filterFieldsSchema } from "@/lib/export/filters";
import { importReportSchema, recomputeJobResultSchema } from "@/lib/jobs/job-results";
import { defineRoute } from "../define-route";
import { idSchema, z } from "../schemas";

const importReportMeta = importReportSchema.meta({ id: "ImportReport", description: "What an import created." });

const jobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(JobKind),
    status: z.enum(JobStatus),
    progress: z
      .object({ done: z.number().int(), total: z.number().int() })
      .meta({ description: "An export counts the files of its archive, an import the claims written, a recomputation the subject + property groups." }),
    result: z
      .union([
        z.object({
          exportId: z.string(),
          datasetVersion: z.number().int(),
          archiveUrl: z.string().meta({ description: "GET /api/v1/exports/{exportId}/archive: the version's zip." }),
        }),
        z.object({ imported: importReportMeta }),
        recomputeJobResultSchema,
      ])
      .optional()
      .meta({ description: "A finished job's outcome: an export's dataset version, what an import created (imported), what a recomputation changed (recomputed)." }),
    error: z.string().optional().meta({ description: "Why it failed or was cancelled; on a queued job, why its last attempt failed before the retry." }),
    problems: z
      .array(z.object({ line: z.number().int(), reason: z.string() }))
      .optional()
      .meta({ description: "A refused import: every line of the file it refused, and why; nothing was written." }),
    createdBy: z.object({ id: z.string(), name: z.string() }),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: "Job" });

export const queuedJobSchema = z.object({ job: z.object({ id: z.string(), status: z.literal("queued") }) });

/**
 * The filters of an export, as JSON: `status` as a list (or comma-separated, as in the
 * download's query) and `filters` named as an export version records them, so the filters
 * GET …/export/runs lists can be posted back as they are.
 */
const startExportBodySchema = z
  .strictObject({
    status: z.union([z.array(z.enum(ClaimStatus)).min(1), exportFilterParamsSchema.shape.status.unwrap()]).optional().meta({
      description: "Claim statuses to export (default: approved): a list, or comma-separated.",
      example: ["approved"],
    }),
    filters: filterFieldsSchema.omit({ statuses: true }).strict().optional().meta({ description: "Sources, properties (keys), entities and the recorded-day range." }),
  })
  .default({});

export const startExportJobRoute = defineRoute({
  operationId: "startExportJob",
  method: "post",
  path: "/api/v1/projects/{projectId}/exports",
  summary:
    "Export the dataset in the background: the job makes the same dataset version GET …/export would (reusing the latest " +
    "version when the files are byte-identical). Poll GET /api/v1/jobs/{jobId}; when done its result names the version's archive.",
  tag: "Jobs",
  params: z.object({ projectId: idSchema }),
  body: startExportBodySchema,
  response: { status: 202, description: "The job, queued.", schema: queuedJobSchema },
  errors: [403, 404],
});

export const getJobRoute = defineRoute({
  operationId: "getJob",
  method: "get",
  path: "/api/v1/jobs/{jobId}",
  summary: "A background job's status, progress and result (or why it failed), for members of its project.",
  tag: "Jobs",
  params: z.object({ jobId: idSchema }),
  response: { status: 200, description: "The job.", schema: z.object({ job: jobSchema }) },
  errors: [404],
});

export const cancelJobRoute = defineRoute({
  operationId: "cancelJob",
  method: "post",
  path: "/api/v1/jobs/{jobId}/cancel",
  summary: "Cancel a queued or running job (whoever may start its kind): a running one stops at its next step. A job that already ended is a 409.",
  tag: "Jobs",
  params: z.object({ jobId: idSchema }),
  response: { status: 200, description: "The job, cancelled.", schema: z.object({ job: jobSchema }) },
  errors: [403, 404, 409],
});

export const listProjectJobsRoute = defineRoute({
  operationId: "listProjectJobs",
  method: "get",
  path: "/api/v1/projects/{projectId}/jobs",
  summary: "The project's latest 50 background jobs (exports, imports, recomputations), newest first, for its members.",
  tag: "Jobs",
  params: z.object({ projectId: idSchema }),
  response: { status: 200, description: "The jobs.", schema: z.object({ jobs: z.array(jobSchema) }) },
  errors: [404],
});
