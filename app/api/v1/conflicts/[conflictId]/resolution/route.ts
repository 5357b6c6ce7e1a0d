import { resolveConflictRoute } from "@/lib/api/contract/conflicts";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { resolveConflict } from "@/lib/server/conflicts/resolve-conflict";

export const POST = handle(resolveConflictRoute, async ({ actor, params, body }) => ({ conflict: await resolveConflict(db(), actor, params.conflictId, body) }));
