"use client";

import { useEffect, useState } from "react";
import { cancelJobRoute, getJobRoute, startExportJobRoute } from "@/lib/api/contract/jobs";
import type { ResponseOf } from "@/lib/api/define-route";
import type { ExportFilters } from "@/lib/export/filters";
import { callApi } from "@/lib/client/api-client";

type Job = ResponseOf<typeof getJobRoute>["job"];

/** How often a running job is asked about: often enough for the bar to move, rarely enough to cost nothing. */
const POLL_INTERVAL_MS = 1_000;

const statusLabels: Record<Job["status"], string> = {
  queued: "Waiting for a worker…",
  running: "Exporting…",
  done: "Done.",
  failed: "The export failed.",
  cancelled: "The export was cancelled.",
};

/**
 * "Export in the background": starts an export job for the selection, shows
 * its progress as it runs (polling GET /api/v1/jobs/{id}), then the link to
 * the version's zip, or why it failed. The page can be left meanwhile; the
 * version appears under Versions either way.
 */
export function BackgroundExport({ projectId, filters, isEmpty }: { projectId: string; filters: ExportFilters; isEmpty: boolean }) {
  const [job, setJob] = useState<Job | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isStarting, setIsStarting] = useState(false);
  const jobId = job?.id;
  const isActive = job?.status === "queued" || job?.status === "running";

  useEffect(() => {
    if (!jobId || !isActive) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      callApi(getJobRoute, { params: { jobId }, signal: controller.signal }).then(
        (answer) => setJob(answer.job),
        (error: unknown) => {
          if (!controller.signal.aborted) setProblem(error instanceof Error ? error.message : String(error));
        },
      );
    }, POLL_INTERVAL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [jobId, isActive, job]);

  async function start() {
    setIsStarting(true);
    setProblem(null);
    try {
      const { statuses, ...rest } = filters;
      const started = await callApi(startExportJobRoute, { params: { projectId }, body: { status: statuses, filters: rest } });
      setJob((await callApi(getJobRoute, { params: { jobId: started.job.id } })).job);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setIsStarting(false);
    }
  }

  async function cancel() {
    if (!jobId) return;
    try {
      setJob((await callApi(cancelJobRoute, { params: { jobId } })).job);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section aria-labelledby="background-export-title" className="card background-export">
      <h2 id="background-export-title">Export in the background</h2>
      <p className="muted">
        For large datasets: a worker makes the same version as the download above, and this page shows how far it got.
      </p>
      <p>
        <button type="button" className="button" onClick={start} disabled={isStarting || isActive || isEmpty}>
          {isStarting ? "Starting…" : "Export in the background"}
        </button>{" "}
        {isActive ? (
          <button type="button" className="button button--small" onClick={cancel}>
            Cancel export
          </button>
        ) : null}
      </p>
      {job ? <JobProgress job={job} /> : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

/** A job's progress bar with its counts in words, then its outcome: the download link, or the reason it failed. */
function JobProgress({ job }: { job: Job }) {
  const { done, total } = job.progress;
  return (
    <div className="background-export__job" aria-live="polite">
      <p>{statusLabels[job.status]}</p>
      <p>
        <progress aria-label="Background export progress" max={total || 1} value={total ? done : 0} />{" "}
        <span>{total ? `${done} of ${total} files` : "No files written yet"}</span>
      </p>
      {job.status === "done" && job.result ? (
        <p>
          {/* The link stays on this host, whatever public address the API names the archive under. */}
          <a className="button button--primary" href={new URL(job.result.archiveUrl).pathname} download>
            Download version {job.result.datasetVersion} (zip)
          </a>
        </p>
      ) : null}
      {(job.status === "failed" || job.status === "cancelled" || job.status === "queued") && job.error ? (
        <p className={job.status === "queued" ? "muted" : "form-error"}>{job.error}</p>
      ) : null}
    </div>
  );
}
