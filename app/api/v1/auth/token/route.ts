import { createTokenRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { clientAddress } from "@/lib/server/auth/client-address";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";

export const POST = handle(createTokenRoute, async ({ body, request }) => {
  const { email, password, ...options } = body;
  const user = await verifyCredentials(db(), { email, password }, clientAddress(request.headers));
  return createApiToken(db(), user, options);
});
