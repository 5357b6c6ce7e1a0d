import { signUpRoute } from "@/lib/api/contract/teams";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/server/auth/client-address";
import { signUp } from "@/lib/server/auth/sign-up";

export const POST = handle(signUpRoute, async ({ body, request }) => {
  const account = await signUp(db(), body, clientAddress(request.headers));
  return { user: { id: account.userId, email: account.email, name: account.name } };
});
