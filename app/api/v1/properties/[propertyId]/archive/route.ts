import { archivePropertyRoute, restorePropertyRoute } from "@/lib/api/contract/teams";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { setPropertyArchived } from "@/lib/server/vocabulary/properties";

export const POST = handle(archivePropertyRoute, async ({ actor, params }) => ({
  property: await setPropertyArchived(db(), { actor, propertyId: params.propertyId, isArchived: true }),
}));

export const DELETE = handle(restorePropertyRoute, async ({ actor, params }) => ({
  property: await setPropertyArchived(db(), { actor, propertyId: params.propertyId, isArchived: false }),
}));
