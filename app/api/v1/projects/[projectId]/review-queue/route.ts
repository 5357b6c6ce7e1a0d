import { reviewQueueRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { reviewQueue } from "@/lib/server/reviews/review-queue";

export const GET = handle(reviewQueueRoute, ({ actor, params, query }) => reviewQueue(db(), actor, params.projectId, query));
