import { updateAccountRoute } from "@/lib/api/contract/teams";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { setUserDisabledByAdmin } from "@/lib/server/auth/disable-user";

export const PATCH = handle(updateAccountRoute, async ({ actor, params, body }) => ({
  user: await setUserDisabledByAdmin(db(), { actor, userId: params.userId, isDisabled: body.isDisabled }),
}));
