import { getClaimRoute, updateClaimRoute } from "@/lib/api/contract/claims";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { claimView } from "@/lib/server/claims/claim-view";
import { getClaim } from "@/lib/server/claims/get-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";

export const GET = handle(getClaimRoute, async ({ actor, params }) => {
  const { role: _role, ...detail } = await getClaim(db(), actor, params.claimId);
  return detail;
});

export const PATCH = handle(updateClaimRoute, async ({ actor, params, body }) => ({
  claim: claimView(await updateClaim(db(), { actor, claimId: params.claimId, update: body })),
}));
