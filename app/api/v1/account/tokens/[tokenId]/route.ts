import { revokeTokenRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { revokeApiToken } from "@/lib/server/auth/api-tokens";

export const DELETE = handle(revokeTokenRoute, async ({ actor, params }) => {
  await revokeApiToken(db(), actor, params.tokenId);
  return new Response(null, { status: 204 });
});
