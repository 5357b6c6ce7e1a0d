import { resolveConflictGroupRoute } from "@/lib/api/contract/conflicts";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { resolveConflictGroup } from "@/lib/server/conflicts/resolve-conflict-group";

export const POST = handle(resolveConflictGroupRoute, async ({ actor, body }) => ({ conflicts: await resolveConflictGroup(db(), actor, body) }));
