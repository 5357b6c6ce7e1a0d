import { startExportJobRoute } from "@/lib/api/contract/jobs";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { exportJobFilters } from "@/lib/server/jobs/export-job-filters";
import { startExportJob } from "@/lib/server/jobs/start-export-job";

export const POST = handle(startExportJobRoute, async ({ actor, params, body }) => ({
  job: await startExportJob(db(), { actor, projectId: params.projectId, filters: exportJobFilters(body) }),
}));
