import { listEstimatesRoute } from "@/lib/api/contract/estimates";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listEstimates } from "@/lib/server/estimates/list-estimates";

export const GET = handle(listEstimatesRoute, async ({ actor, params, query }) => ({
  estimates: await listEstimates(db(), actor, params.projectId, { subjectId: query.subjectId, propertyId: query.propertyId, statuses: query.status }),
}));
