import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";
import { jobViewSelect, toJobView, type JobView } from "./job-view";

/** A job, for any member of its project; the project comes from the job itself, and for anyone else it does not exist. */
export async function getJob(db: Db, options: { actor: Actor; jobId: string }): Promise<JobView> {
  const job = await db.job.findUnique({ where: { id: options.jobId }, select: jobViewSelect });
  if (!job) throw new NotFoundError("Job");
  await requireProjectPermission(db, options.actor, job.projectId, "project:read", "Job");
  return toJobView(job);
}
