"use client";

import { getJobRoute } from "@/lib/api/contract/jobs";
import type { ResponseOf } from "@/lib/api/define-route";
import { callApi } from "@/lib/client/api-client";
import { usePolledValue } from "./use-polled-value";

export type Job = ResponseOf<typeof getJobRoute>["job"];

export function isJobActive(job: Pick<Job, "status"> | null | undefined): boolean {
  return job?.status === "queued" || job?.status === "running";
}

const kindNouns: Record<Job["kind"], string> = { export: "export", import: "import", recompute: "recomputation" };
const runningLabels: Record<Job["kind"], string> = { export: "Exporting…", import: "Importing…", recompute: "Recomputing conflicts…" };
/** What the bar counts, per kind. */
const units: Record<Job["kind"], string> = { export: "files", import: "claims", recompute: "claim groups" };

/** The job's status in words. */
export function jobStatusLabel(job: Pick<Job, "kind" | "status">): string {
  switch (job.status) {
    case "queued":
      return "Waiting for a worker…";
    case "running":
      return runningLabels[job.kind];
    case "done":
      return "Done.";
    case "failed":
      return `The ${kindNouns[job.kind]} failed.`;
    case "cancelled":
      return `The ${kindNouns[job.kind]} was cancelled.`;
  }
}

/**
 * A job as it runs: the job given, then what GET /api/v1/jobs/{id} says every
 * second until it has ended. `setJob` starts watching another one (a new job,
 * or the answer of a cancel).
 */
export function useWatchedJob(initial: Job | null = null) {
  const { value, setValue, problem, setProblem } = usePolledValue(initial, {
    isActive: isJobActive,
    load: async (job, signal) => (job ? (await callApi(getJobRoute, { params: { jobId: job.id }, signal })).job : null),
  });
  return { job: value, setJob: setValue, problem, setProblem };
}

/** A progress bar with its counts in words, in the units the job's kind counts. */
export function JobProgressBar({ job, label }: { job: Job; label: string }) {
  const { done, total } = job.progress;
  return (
    <p>
      <progress aria-label={label} max={total || 1} value={total ? done : 0} />{" "}
      <span>{total ? `${done} of ${total} ${units[job.kind]}` : `No ${units[job.kind]} counted yet`}</span>
    </p>
  );
}

/** A finished job's outcome: the export's download, what the import created, what the recomputation changed. */
export function JobResult({ job }: { job: Job }) {
  const result = job.status === "done" ? job.result : undefined;
  if (!result) return null;
  if ("archiveUrl" in result) {
    return (
      <p>
        {/* The link stays on this host, whatever public address the API names the archive under. */}
        <a className="button button--primary" href={new URL(result.archiveUrl).pathname} download>
          Download version {result.datasetVersion} (zip)
        </a>
      </p>
    );
  }
  if ("imported" in result) {
    const { imported } = result;
    return (
      <p>
        Imported {imported.claims} claims, {imported.sources} sources ({imported.revisions} revisions), {imported.annotations} annotations,{" "}
        {imported.entities.created} new entities, {imported.properties.created} new properties and {imported.conflicts} conflicts.
      </p>
    );
  }
  const { recomputed } = result;
  return (
    <p>
      Recomputed {recomputed.claimCount} claims at a {Math.round(recomputed.divergenceThreshold * 10_000) / 100}% threshold: {recomputed.created} new,{" "}
      {recomputed.closed} closed, {recomputed.reopened} reopened.
    </p>
  );
}

/** Why a job failed, was cancelled, or (still queued) why its last attempt failed; a refused import lists its lines. */
export function JobError({ job }: { job: Job }) {
  if (!job.error || job.status === "running" || job.status === "done") return null;
  return (
    <>
      <p className={job.status === "queued" ? "muted" : "form-error"}>{job.error}</p>
      {job.problems?.length ? (
        // Focusable so that a keyboard can scroll a long list (it scrolls inside the job).
        <ul className="job-problems" aria-label="Refused lines" tabIndex={0}>
          {job.problems.map((problem) => (
            <li key={`${problem.line}:${problem.reason}`}>
              Line {problem.line}: {problem.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** A job's status, progress bar and outcome, announced as they change. */
export function JobProgress({ job, label }: { job: Job; label: string }) {
  return (
    <div className="job-progress" aria-live="polite">
      <p>{jobStatusLabel(job)}</p>
      <JobProgressBar job={job} label={label} />
      <JobResult job={job} />
      <JobError job={job} />
    </div>
  );
}
