import { mergeEntityRoute, unmergeEntityRoute } from "@/lib/api/contract/claims";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { mergeEntities } from "@/lib/server/entities/merge-entities";
import { unmergeEntity } from "@/lib/server/entities/unmerge-entity";

export const POST = handle(mergeEntityRoute, ({ actor, params, body }) =>
  mergeEntities(db(), actor, { sourceId: params.entityId, targetId: body.intoEntityId }),
);

export const DELETE = handle(unmergeEntityRoute, ({ actor, params }) => unmergeEntity(db(), actor, params.entityId));
