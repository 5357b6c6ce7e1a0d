import { downloadExportRoute } from "@/lib/api/contract/exports";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { downloadResponse } from "@/lib/server/export/download-response";
import { getExportArchive } from "@/lib/server/export/get-export-archive";

export const GET = handle(downloadExportRoute, async ({ actor, params }) => {
  const { archive, filename, mediaType } = await getExportArchive(db(), actor, params.exportId);
  return downloadResponse(archive, filename, mediaType);
});
