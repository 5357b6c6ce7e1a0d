import { listExportRunsRoute } from "@/lib/api/contract/exports";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listExportRuns } from "@/lib/server/export/list-export-runs";

export const GET = handle(listExportRunsRoute, async ({ actor, params }) => ({ exports: await listExportRuns(db(), actor, params.projectId) }));
