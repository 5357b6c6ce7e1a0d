import { listMembersRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listMembers } from "@/lib/server/projects/members";

export const GET = handle(listMembersRoute, async ({ actor, params }) => ({ members: await listMembers(db(), actor, params.projectId) }));
