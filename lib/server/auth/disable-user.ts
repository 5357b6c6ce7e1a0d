import "server-only";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "../audit";
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

/** Makes an account an instance administrator (or no longer one), from the command line; audited. */
export async function setUserAdmin(db: Db, email: string, isAdmin: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: email.trim().toLowerCase() } });
    if (!user) throw new NotFoundError(`A user with the email ${email}`);
    if (user.isAdmin === isAdmin) return;
    await tx.user.update({ where: { id: user.id }, data: { isAdmin } });
    await writeAudit(tx, { projectId: null, actor: null, action: "user.admin", objectType: "User", objectId: user.id, before: { isAdmin: user.isAdmin }, after: { isAdmin } });
  });
}
