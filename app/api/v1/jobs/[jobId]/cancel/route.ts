import { cancelJobRoute } from "@/lib/api/contract/jobs";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { cancelJob } from "@/lib/server/jobs/cancel-job";

export const POST = handle(cancelJobRoute, async ({ actor, params }) => ({ job: await cancelJob(db(), { actor, jobId: params.jobId }) }));
