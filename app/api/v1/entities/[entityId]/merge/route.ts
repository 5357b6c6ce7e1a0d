import { mergeEntityRoute } from "@/lib/api/contract/claims";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { mergeEntities } from "@/lib/server/entities/merge-entities";

export const POST = handle(mergeEntityRoute, ({ actor, params, body }) =>
  mergeEntities(db(), actor, { sourceId: params.entityId, targetId: body.intoEntityId }),
);
