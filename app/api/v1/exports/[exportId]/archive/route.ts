import { downloadExportRoute } from "@/lib/api/contract/exports";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { downloadResponse } from "@/lib/server/export/download-response";
import { getVersionFile } from "@/lib/server/export/get-version-file";

export const GET = handle(downloadExportRoute, async ({ actor, params, query }) => {
  const file = await getVersionFile(db(), actor, params.exportId, query.format);
  return downloadResponse(file, file.datasetVersion);
});
