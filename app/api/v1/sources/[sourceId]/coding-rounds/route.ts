import { openCodingRoundRoute } from "@/lib/api/contract/coding-rounds";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { openCodingRound } from "@/lib/server/coding-rounds/open-coding-round";

export const POST = handle(openCodingRoundRoute, async ({ actor, params, body }) => ({
  round: await openCodingRound(db(), { actor, sourceId: params.sourceId, input: body }),
}));
