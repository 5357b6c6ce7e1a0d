import { markCodingDoneRoute } from "@/lib/api/contract/coding-rounds";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { markCodingDone } from "@/lib/server/coding-rounds/mark-coding-done";

export const POST = handle(markCodingDoneRoute, async ({ actor, params }) => ({ round: await markCodingDone(db(), { actor, roundId: params.roundId }) }));
