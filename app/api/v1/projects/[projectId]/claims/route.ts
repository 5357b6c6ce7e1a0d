import { createClaimRoute, listClaimsRoute } from "@/lib/api/contract/claims";
import { handle } from "@/lib/api/handle";
import { db, replicaDb } from "@/lib/db/client";
import { claimView } from "@/lib/server/claims/claim-view";
import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaims } from "@/lib/server/claims/list-claims";

export const GET = handle(listClaimsRoute, ({ actor, params, query }) => listClaims(db(), actor, params.projectId, query, replicaDb()));

export const POST = handle(createClaimRoute, async ({ actor, params, body }) => ({
  claim: claimView(await createClaim(db(), { actor, projectId: params.projectId, input: body })),
}));
