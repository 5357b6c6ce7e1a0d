import { updateEntityRoute } from "@/lib/api/contract/claims";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { updateEntity } from "@/lib/server/entities/entities";

export const PATCH = handle(updateEntityRoute, async ({ actor, params, body }) => ({
  entity: await updateEntity(db(), actor, params.entityId, body),
}));
