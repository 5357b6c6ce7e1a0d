import { suggestClaimsRoute } from "@/lib/api/contract/suggestions";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listCandidates } from "@/lib/server/suggestions/list-candidates";

export const POST = handle(suggestClaimsRoute, ({ actor, params, body }) => listCandidates(db(), actor, params.sourceId, body?.revisionId));
