import { changePasswordRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { changePassword } from "@/lib/server/auth/change-password";

export const POST = handle(changePasswordRoute, async ({ actor, body }) => {
  await changePassword(db(), actor, body);
  return new Response(null, { status: 204 });
});
