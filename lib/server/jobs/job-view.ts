import "server-only";
import type { Job } from "@/lib/db/generated/client";
import type { JobKind, JobStatus } from "@/lib/db/generated/enums";
import { publicBaseUrl } from "@/lib/env";
import { exportJobResultSchema, importFailureSchema, importJobResultSchema, recomputeJobResultSchema, type ImportFailure, type ImportJobResult, type RecomputeJobResult } from "./job-kinds";

/** A job as the API and the UI show it. */
export interface JobView {
  id: string;
  kind: JobKind;
  status: JobStatus;
  progress: { done: number; total: number };
  /**
   * What a finished job produced: an export's dataset version and where that version's zip downloads
   * from, what an import created, what a recomputation changed.
   */
  result?: { exportId: string; datasetVersion: number; archiveUrl: string } | ImportJobResult | RecomputeJobResult;
  /** Why it failed or was cancelled. */
  error?: string;
  /** A refused import: every line it refused and why. */
  problems?: ImportFailure["problems"];
  createdBy: { id: string; name: string };
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const jobViewSelect = {
  id: true,
  projectId: true,
  kind: true,
  status: true,
  progressDone: true,
  progressTotal: true,
  result: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

type SelectedJob = Pick<Job, Exclude<keyof typeof jobViewSelect, "createdBy">> & { createdBy: { id: string; name: string } };

/** The archive download route of an export version (GET /api/v1/exports/{exportId}/archive), under the public base URL. */
export function archiveUrl(exportId: string): string {
  return new URL(`/api/v1/exports/${encodeURIComponent(exportId)}/archive`, publicBaseUrl()).toString();
}

export function toJobView(job: SelectedJob): JobView {
  const problems = job.status === "failed" && job.kind === "import" ? importFailureSchema.safeParse(job.result) : undefined;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: { done: job.progressDone, total: job.progressTotal },
    ...(job.status === "done" ? resultView(job) : {}),
    ...(job.error ? { error: job.error } : {}),
    ...(problems?.success ? { problems: problems.data.problems } : {}),
    createdBy: job.createdBy,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** A finished job's result as its kind's schema reads it; a record that does not fit shows none. */
function resultView(job: SelectedJob): Pick<JobView, "result"> {
  switch (job.kind) {
    case "export": {
      const parsed = exportJobResultSchema.safeParse(job.result);
      return parsed.success ? { result: { ...parsed.data, archiveUrl: archiveUrl(parsed.data.exportId) } } : {};
    }
    case "import": {
      const parsed = importJobResultSchema.safeParse(job.result);
      return parsed.success ? { result: parsed.data } : {};
    }
    case "recompute": {
      const parsed = recomputeJobResultSchema.safeParse(job.result);
      return parsed.success ? { result: parsed.data } : {};
    }
  }
}
