import { previewExportRoute } from "@/lib/api/contract/exports";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { filtersOrThrow } from "@/lib/server/export/export-request";
import { previewExport } from "@/lib/server/export/preview-export";

export const GET = handle(previewExportRoute, ({ actor, params, query }) => previewExport(db(), actor, params.projectId, filtersOrThrow(query)));
