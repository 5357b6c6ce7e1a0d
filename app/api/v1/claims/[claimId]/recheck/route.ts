import { confirmRecheckRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { confirmRecheck } from "@/lib/server/claims/recheck";

export const POST = handle(confirmRecheckRoute, async ({ actor, params, body }) => confirmRecheck(db(), actor, params.claimId, body.note));
