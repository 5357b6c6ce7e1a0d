"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { JobError, JobProgressBar, isJobActive, jobStatusLabel, useWatchedJob, type Job } from "@/components/jobs/job-progress";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { getJobRoute } from "@/lib/api/contract/jobs";
import { callApi } from "@/lib/client/api-client";
import { setDivergenceThresholdAction } from "./divergence-threshold-action";

/** 0.5 → 50, without float noise (0.29 * 100 is 28.999…). */
const toPercent = (fraction: number) => Math.round(fraction * 10_000) / 100;

/** What a finished recomputation changed, in one sentence. */
function recomputedText(job: Job): string | null {
  if (job.status !== "done" || !job.result || !("recomputed" in job.result)) return null;
  const { divergenceThreshold, claimCount, created, closed, reopened } = job.result.recomputed;
  return `Threshold set to ${toPercent(divergenceThreshold)}%. Recomputed ${claimCount} claims: ${created} new, ${closed} closed, ${reopened} reopened.`;
}

/**
 * The project's divergence threshold, for owners: two compatible estimates
 * diverge when the larger exceeds the smaller by at least this much. Saving
 * queues the recomputation of every conflict of the project, even when the
 * value is the same; a progress bar counts the claim groups as a worker goes
 * through them, and the board is refreshed once it is done.
 */
export function DivergenceThresholdForm({ projectId, divergenceThreshold }: { projectId: string; divergenceThreshold: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();
  const { job, setJob, problem } = useWatchedJob();
  const isRunning = isJobActive(job);
  const isDone = job?.status === "done";

  useEffect(() => {
    if (isDone) router.refresh();
  }, [isDone, router]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const percent = Number(new FormData(event.currentTarget).get("percent"));
    setMessage(null);
    setJob(null);
    startTransition(async () => {
      const result = await setDivergenceThresholdAction({ projectId, divergenceThreshold: percent / 100 });
      if (!result.ok) {
        setMessage({ kind: "error", text: result.error.message });
        return;
      }
      try {
        setJob((await callApi(getJobRoute, { params: { jobId: result.data.job.id } })).job);
      } catch (error) {
        setMessage({ kind: "error", text: error instanceof Error ? error.message : String(error) });
      }
    });
  }

  const done = job && recomputedText(job);
  return (
    <form className="form form--inline" onSubmit={onSubmit} aria-label="Divergence threshold">
      <label className="field">
        <span>Divergence threshold (%)</span>
        <input name="percent" type="number" min={1} max={1000} step="any" required defaultValue={toPercent(divergenceThreshold)} aria-describedby="divergence-threshold-hint" />
      </label>
      <button type="submit" className="button" disabled={isPending || isRunning}>
        {isPending || isRunning ? "Recomputing…" : "Save and recompute conflicts"}
      </button>
      <p id="divergence-threshold-hint" className="muted">
        Two compatible estimates diverge when the larger is at least this much above the smaller (at 50%, 30 and 45 diverge; 30 and 44 do not).
      </p>
      {job ? (
        <div className="job-progress" aria-live="polite">
          <p>{jobStatusLabel(job)}</p>
          <JobProgressBar job={job} label="Recomputation progress" />
          <JobError job={job} />
        </div>
      ) : null}
      <FormOutcome outcome={done ? { kind: "success", text: done } : (message ?? (problem ? { kind: "error", text: problem } : null))} />
    </form>
  );
}
