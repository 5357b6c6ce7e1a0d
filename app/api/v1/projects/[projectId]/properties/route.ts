import { createPropertyRoute, listPropertiesRoute } from "@/lib/api/contract/teams";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { createProperty, listVocabulary } from "@/lib/server/vocabulary/properties";

export const GET = handle(listPropertiesRoute, async ({ actor, params }) => ({ properties: await listVocabulary(db(), actor, params.projectId) }));

export const POST = handle(createPropertyRoute, async ({ actor, params, body }) => ({
  property: await createProperty(db(), { actor, projectId: params.projectId, input: body }),
}));
