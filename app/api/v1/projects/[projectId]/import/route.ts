import { importDatasetRoute } from "@/lib/api/contract/exports";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { readImportBody } from "@/lib/server/export/import-body";
import { startImportJob } from "@/lib/server/jobs/start-import-job";

export const POST = handle(importDatasetRoute, async ({ actor, params, request }) => ({
  job: await startImportJob(db(), { actor, projectId: params.projectId, text: await readImportBody(request) }),
}));
