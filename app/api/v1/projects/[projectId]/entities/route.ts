import { createEntityRoute, listEntitiesRoute } from "@/lib/api/contract/claims";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { createEntity, listEntities } from "@/lib/server/entities/entities";

export const GET = handle(listEntitiesRoute, async ({ actor, params, query }) => ({
  entities: await listEntities(db(), actor, params.projectId, query),
}));

export const POST = handle(createEntityRoute, async ({ actor, params, body }) => ({
  entity: await createEntity(db(), actor, params.projectId, body),
}));
