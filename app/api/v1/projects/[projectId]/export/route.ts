import { exportDatasetRoute } from "@/lib/api/contract/exports";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { downloadResponse } from "@/lib/server/export/download-response";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { filtersOrThrow } from "@/lib/server/export/export-request";

export const GET = handle(exportDatasetRoute, async ({ actor, params, query }) => {
  const exported = await exportDataset(db(), actor, params.projectId, { format: query.format, filters: filtersOrThrow(query) });
  return downloadResponse(exported, exported.datasetVersion);
});
