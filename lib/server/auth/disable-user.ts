import "server-only";
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "../errors";
import { revokeSessionsIn } from "./revoke-sessions";

/**
 * Disables (or re-enables) an account, an administrator's act from the
 * command line: a disabled user's sessions and tokens end at once and sign-in
 * is refused.
 */
export async function setUserDisabled(db: Db, email: string, isDisabled: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: email.trim().toLowerCase() } });
    if (!user) throw new NotFoundError(`A user with the email ${email}`);
    await tx.user.update({ where: { id: user.id }, data: { isDisabled } });
    if (isDisabled) await revokeSessionsIn(tx, user.id, null, "disable");
  });
}
