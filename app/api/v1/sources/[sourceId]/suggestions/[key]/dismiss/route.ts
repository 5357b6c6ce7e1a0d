import { dismissCandidateRoute } from "@/lib/api/contract/suggestions";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { dismissCandidate } from "@/lib/server/suggestions/dismiss-candidate";

export const POST = handle(dismissCandidateRoute, ({ actor, params, body }) => dismissCandidate(db(), actor, params.sourceId, params.key, body));
