import { submitClaimRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { submitClaim } from "@/lib/server/reviews/submit-claim";

export const POST = handle(submitClaimRoute, ({ actor, params, body }) => submitClaim(db(), actor, params.claimId, body));
