import { curateUnitRoute } from "@/lib/api/contract/curation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { curateUnit } from "@/lib/server/coding-rounds/curate-unit";

export const POST = handle(curateUnitRoute, async ({ actor, params, body }) => {
  const decision = await curateUnit(db(), { actor, roundId: params.roundId, input: body });
  return { decision, claim: decision.claim };
});
