import { createInvitationRoute, listInvitationsRoute } from "@/lib/api/contract/teams";
import { handle } from "@/lib/api/handle";
import { publicOrigin } from "@/lib/api/public-origin";
import { db } from "@/lib/db/client";
import { createInvitation, listPendingInvitations } from "@/lib/server/invitations/invitations";

export const GET = handle(listInvitationsRoute, async ({ actor, params }) => ({ invitations: await listPendingInvitations(db(), actor, params.projectId) }));

export const POST = handle(createInvitationRoute, async ({ actor, params, body, request }) => ({
  invitation: await createInvitation(db(), { actor, projectId: params.projectId, input: body, origin: publicOrigin(request) }),
}));
