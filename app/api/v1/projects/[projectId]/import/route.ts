import { importDatasetRoute } from "@/lib/api/contract/exports";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { importDataset } from "@/lib/server/export/import-dataset";
import { readImportBody } from "@/lib/server/export/import-body";

export const POST = handle(importDatasetRoute, async ({ actor, params, request }) => ({
  imported: await importDataset(db(), actor, params.projectId, await readImportBody(request)),
}));
