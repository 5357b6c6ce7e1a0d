"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { JobProgress, isJobActive, useWatchedJob } from "@/components/jobs/job-progress";
import { importDatasetRoute } from "@/lib/api/contract/exports";
import { getJobRoute } from "@/lib/api/contract/jobs";
import { apiUrl, callApi } from "@/lib/client/api-client";
import { apiFetch } from "@/lib/client/api-fetch";
import type { ResponseOf } from "@/lib/api/define-route";

/**
 * Imports a JSON Lines export into the (empty) project as a background job:
 * the file is read in the browser and sent as {"jsonl": …} (a request the
 * session cookie authenticates must be JSON), then a progress bar counts the
 * claims as a worker writes them, and the outcome says what was created or
 * which lines were refused.
 */
export function ImportDatasetForm({ projectId, projectSlug }: { projectId: string; projectSlug: string }) {
  const { job, setJob, problem, setProblem } = useWatchedJob();
  const [isStarting, setIsStarting] = useState(false);
  const isActive = isJobActive(job);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setProblem("Choose a JSON Lines export (.jsonl) to import.");
      return;
    }
    setIsStarting(true);
    setProblem(null);
    try {
      const started = await apiFetch<ResponseOf<typeof importDatasetRoute>>(apiUrl(importDatasetRoute, { params: { projectId } }), {
        method: "POST",
        body: { jsonl: await file.text() },
      });
      setJob((await callApi(getJobRoute, { params: { jobId: started.job.id } })).job);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setIsStarting(false);
    }
  }

  return (
    <section aria-labelledby="import-dataset-title" className="card">
      <h2 id="import-dataset-title">Import a dataset</h2>
      <form className="form" onSubmit={onSubmit} aria-label="Import a dataset">
        <label className="field">
          <span>JSON Lines export</span>
          <input name="file" type="file" accept=".jsonl,.ndjson,application/x-ndjson,application/jsonl" required />
        </label>
        <div>
          <button type="submit" className="button button--primary" disabled={isStarting || isActive}>
            {isStarting ? "Uploading…" : "Import"}
          </button>
        </div>
      </form>
      {job ? <JobProgress job={job} label="Import progress" /> : null}
      {job?.status === "done" ? (
        <p>
          <Link href={`/projects/${projectSlug}`}>Open the project&apos;s sources</Link>
        </p>
      ) : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
