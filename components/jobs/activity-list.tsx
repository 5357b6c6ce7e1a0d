"use client";

import { TableFrame } from "@/components/ui/table-frame";
import { listProjectJobsRoute } from "@/lib/api/contract/jobs";
import { callApi } from "@/lib/client/api-client";
import { formatTimestamp } from "@/lib/format/timestamp";
import { usePolledValue } from "./use-polled-value";
import { JobError, JobProgressBar, JobResult, isJobActive, jobStatusLabel, type Job } from "./job-progress";

const kindLabels: Record<Job["kind"], string> = { export: "Export", import: "Import", recompute: "Conflict recomputation" };

/**
 * The project's background jobs, newest first: what, who, when, how it
 * stands (a progress bar while it runs), and how it ended (the export's
 * download, what the import created, why it failed). While any job is
 * queued or running the list asks again every second.
 */
export function ActivityList({ projectId, initial }: { projectId: string; initial: Job[] }) {
  const { value: jobs, problem } = usePolledValue(initial, {
    isActive: (listed) => listed.some(isJobActive),
    load: async (_listed, signal) => (await callApi(listProjectJobsRoute, { params: { projectId }, signal })).jobs,
  });

  if (jobs.length === 0) return <p className="empty">No background jobs yet: exports in the background, imports and conflict recomputations appear here.</p>;
  return (
    <>
      <TableFrame>
        <table className="table activity-list">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Started</th>
              <th scope="col">Status</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id} data-testid="activity-job">
                <td data-label="Job">{kindLabels[job.kind]}</td>
                <td data-label="Started">
                  {formatTimestamp(job.createdAt)} <span className="muted">by {job.createdBy.name}</span>
                </td>
                <td data-label="Status">
                  {jobStatusLabel(job)}
                  {isJobActive(job) ? <JobProgressBar job={job} label={`Progress of the ${kindLabels[job.kind].toLowerCase()}`} /> : null}
                </td>
                <td data-label="Outcome">
                  <JobResult job={job} />
                  <JobError job={job} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
