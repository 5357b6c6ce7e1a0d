import { listProjectJobsRoute } from "@/lib/api/contract/jobs";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listJobs } from "@/lib/server/jobs/list-jobs";

export const GET = handle(listProjectJobsRoute, async ({ actor, params }) => ({ jobs: await listJobs(db(), { actor, projectId: params.projectId }) }));
