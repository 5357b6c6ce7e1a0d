import { changeMemberRoleRoute, removeMemberRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { changeMemberRole, removeMember } from "@/lib/server/projects/members";

export const PATCH = handle(changeMemberRoleRoute, async ({ actor, params, body }) => ({
  member: await changeMemberRole(db(), { actor, ...params, role: body.role }),
}));

export const DELETE = handle(removeMemberRoute, async ({ actor, params }) => {
  await removeMember(db(), { actor, ...params });
  return new Response(null, { status: 204 });
});
