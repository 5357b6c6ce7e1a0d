"use client";

import { useState } from "react";
import { JobProgress, isJobActive, useWatchedJob } from "@/components/jobs/job-progress";
import { cancelJobRoute, getJobRoute, startExportJobRoute } from "@/lib/api/contract/jobs";
import type { ExportFilters } from "@/lib/export/filters";
import { callApi } from "@/lib/client/api-client";

/**
 * "Export in the background": starts an export job for the selection, shows
 * its progress as it runs (polling GET /api/v1/jobs/{id}), then the link to
 * the version's zip, or why it failed. The page can be left meanwhile; the
 * version appears under Versions either way.
 */
export function BackgroundExport({ projectId, filters, isEmpty }: { projectId: string; filters: ExportFilters; isEmpty: boolean }) {
  const { job, setJob, problem, setProblem } = useWatchedJob();
  const [isStarting, setIsStarting] = useState(false);
  const jobId = job?.id;
  const isActive = isJobActive(job);

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
      {job ? <JobProgress job={job} label="Background export progress" /> : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
