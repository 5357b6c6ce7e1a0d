import { getClaimReviewRoute, reviewClaimRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { getClaimReview } from "@/lib/server/reviews/get-claim-review";
import { reviewClaim } from "@/lib/server/reviews/review-claim";

export const GET = handle(getClaimReviewRoute, async ({ actor, params }) => ({ review: await getClaimReview(db(), actor, params.claimId) }));

export const POST = handle(reviewClaimRoute, ({ actor, params, body }) => reviewClaim(db(), actor, params.claimId, body));
