import { acceptCandidateRoute } from "@/lib/api/contract/suggestions";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { acceptCandidate } from "@/lib/server/suggestions/accept-candidate";

export const POST = handle(acceptCandidateRoute, ({ actor, params, body }) => acceptCandidate(db(), actor, params.sourceId, params.key, body));
