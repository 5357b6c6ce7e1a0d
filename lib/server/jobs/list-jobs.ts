import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { jobViewSelect, toJobView, type JobView } from "./job-view";

/** The activity list shows this many of the latest jobs; older ones stay in the audit trail. */
export const JOB_LIST_LIMIT = 50;

/** A project's latest jobs, newest first, for any member; for anyone else the project does not exist. */
export async function listJobs(db: Db, options: { actor: Actor; projectId: string }): Promise<JobView[]> {
  await requireProjectPermission(db, options.actor, options.projectId, "project:read");
  const jobs = await db.job.findMany({
    where: { projectId: options.projectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: JOB_LIST_LIMIT,
    select: jobViewSelect,
  });
  return jobs.map(toJobView);
}
