import { closeCodingRoundRoute } from "@/lib/api/contract/coding-rounds";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { closeCodingRound } from "@/lib/server/coding-rounds/close-coding-round";

export const POST = handle(closeCodingRoundRoute, async ({ actor, params }) => ({ round: await closeCodingRound(db(), { actor, roundId: params.roundId }) }));
