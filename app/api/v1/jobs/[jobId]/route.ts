import { getJobRoute } from "@/lib/api/contract/jobs";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { getJob } from "@/lib/server/jobs/get-job";

export const GET = handle(getJobRoute, async ({ actor, params }) => ({ job: await getJob(db(), { actor, jobId: params.jobId }) }));
