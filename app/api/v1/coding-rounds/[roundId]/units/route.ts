import { getCurationUnitsRoute } from "@/lib/api/contract/curation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { getCurationUnits } from "@/lib/server/coding-rounds/curation-units";

export const GET = handle(getCurationUnitsRoute, ({ actor, params }) => getCurationUnits(db(), { actor, roundId: params.roundId }));
