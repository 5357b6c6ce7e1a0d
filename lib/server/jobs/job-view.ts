import "server-only";
import type { Job } from "@/lib/db/generated/client";
import type { JobKind, JobStatus } from "@/lib/db/generated/enums";
import { publicBaseUrl } from "@/lib/env";
import { exportJobResultSchema } from "./job-kinds";

/** A job as the API and the UI show it. */
export interface JobView {
  id: string;
  kind: JobKind;
  status: JobStatus;
  progress: { done: number; total: number };
  /** A finished export: its dataset version and where that version's zip downloads from. */
  result?: { exportId: string; datasetVersion: number; archiveUrl: string };
  /** Why it failed or was cancelled. */
  error?: string;
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
} as const;

type SelectedJob = Pick<Job, keyof typeof jobViewSelect>;

/** The archive download route of an export version (GET /api/v1/exports/{exportId}/archive), under the public base URL. */
export function archiveUrl(exportId: string): string {
  return new URL(`/api/v1/exports/${encodeURIComponent(exportId)}/archive`, publicBaseUrl()).toString();
}

export function toJobView(job: SelectedJob): JobView {
  const exportResult = job.status === "done" && job.kind === "export" ? exportJobResultSchema.safeParse(job.result) : undefined;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: { done: job.progressDone, total: job.progressTotal },
    ...(exportResult?.success ? { result: { ...exportResult.data, archiveUrl: archiveUrl(exportResult.data.exportId) } } : {}),
    ...(job.error ? { error: job.error } : {}),
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
