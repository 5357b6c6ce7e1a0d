import { updatePropertyRoute } from "@/lib/api/contract/teams";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { updateProperty } from "@/lib/server/vocabulary/properties";

export const PATCH = handle(updatePropertyRoute, async ({ actor, params, body }) => ({
  property: await updateProperty(db(), { actor, propertyId: params.propertyId, input: body }),
}));
