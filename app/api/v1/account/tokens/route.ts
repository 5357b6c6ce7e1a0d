import { createOwnTokenRoute, listTokensRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { createOwnApiToken, listApiTokens } from "@/lib/server/auth/api-tokens";

export const GET = handle(listTokensRoute, async ({ actor }) => ({ tokens: await listApiTokens(db(), actor) }));

export const POST = handle(createOwnTokenRoute, ({ actor, body }) => createOwnApiToken(db(), actor, body));
