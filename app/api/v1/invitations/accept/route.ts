import { acceptInvitationRoute } from "@/lib/api/contract/teams";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";

export const POST = handle(acceptInvitationRoute, ({ actor, body }) => acceptInvitation(db(), actor, body));
