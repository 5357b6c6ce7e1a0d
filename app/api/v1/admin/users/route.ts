import { listAccountsRoute } from "@/lib/api/contract/teams";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listUsers } from "@/lib/server/admin/accounts";

export const GET = handle(listAccountsRoute, async ({ actor }) => ({ users: await listUsers(db(), actor) }));
