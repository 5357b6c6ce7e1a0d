import { getCodingRoundRoute } from "@/lib/api/contract/coding-rounds";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { getCodingRound } from "@/lib/server/coding-rounds/get-coding-round";

export const GET = handle(getCodingRoundRoute, async ({ actor, params }) => ({ round: await getCodingRound(db(), { actor, roundId: params.roundId }) }));
