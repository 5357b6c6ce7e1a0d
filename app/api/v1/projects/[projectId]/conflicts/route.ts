import { flagConflictRoute, listConflictsRoute } from "@/lib/api/contract/conflicts";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { flagConflict } from "@/lib/server/conflicts/flag-conflict";
import { listConflicts } from "@/lib/server/conflicts/list-conflicts";

export const GET = handle(listConflictsRoute, ({ actor, params, query }) => listConflicts(db(), actor, params.projectId, query));

export const POST = handle(flagConflictRoute, async ({ actor, params, body }) => ({ conflict: await flagConflict(db(), actor, params.projectId, body) }));
