import { revokeInvitationRoute } from "@/lib/api/contract/teams";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { revokeInvitation } from "@/lib/server/invitations/invitations";

export const DELETE = handle(revokeInvitationRoute, async ({ actor, params }) => {
  await revokeInvitation(db(), { actor, ...params });
  return new Response(null, { status: 204 });
});
