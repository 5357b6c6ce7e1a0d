import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { writeAudit } from "../audit";
import type { Actor } from "../actor";
import { accountView, requireInstanceAdmin } from "../admin/accounts";
import { ConflictError, NotFoundError } from "../errors";
import { revokeSessionsIn } from "./revoke-sessions";

type Tx = Prisma.TransactionClient;
type UserWhere = { email: string } | { id: string };

async function lockedUser(tx: Tx, where: UserWhere) {
  const user = await tx.user.findUnique({ where: "email" in where ? { email: where.email.trim().toLowerCase() } : where });
  if (!user) throw new NotFoundError("email" in where ? `A user with the email ${where.email}` : "That user");
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
  return user;
}

async function disableIn(tx: Tx, where: UserWhere, isDisabled: boolean, actor: Actor | null) {
  const user = await lockedUser(tx, where);
  if (user.isDisabled === isDisabled) return user;
  await tx.user.update({ where: { id: user.id }, data: { isDisabled } });
  await writeAudit(tx, { projectId: null, actor, action: isDisabled ? "user.disable" : "user.enable", objectType: "User", objectId: user.id, before: { isDisabled: user.isDisabled }, after: { isDisabled } });
  if (isDisabled) await revokeSessionsIn(tx, user.id, actor, "disable");
  return { ...user, isDisabled };
}

/**
 * Disables (or re-enables) an account from the command line: a disabled
 * user's sessions and tokens end at once and sign-in is refused.
 */
export async function setUserDisabled(db: Db, email: string, isDisabled: boolean): Promise<void> {
  await db.$transaction((tx) => disableIn(tx, { email }, isDisabled, null));
}

/** The same from the admin page, by an administrator, who cannot lock themselves out. */
export async function setUserDisabledByAdmin(db: Db, { actor, userId, isDisabled }: { actor: Actor; userId: string; isDisabled: boolean }) {
  return db.$transaction(async (tx) => {
    await requireInstanceAdmin(tx, actor);
    if (isDisabled && userId === actor.userId) throw new ConflictError("You cannot disable your own account: ask another administrator.");
    const user = await disableIn(tx, { id: userId }, isDisabled, actor);
    return accountView(user, await tx.membership.count({ where: { userId } }));
  });
}

/** Makes an account an instance administrator (or no longer one), from the command line; audited. */
export async function setUserAdmin(db: Db, email: string, isAdmin: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await lockedUser(tx, { email });
    if (user.isAdmin === isAdmin) return;
    await tx.user.update({ where: { id: user.id }, data: { isAdmin } });
    await writeAudit(tx, { projectId: null, actor: null, action: "user.admin", objectType: "User", objectId: user.id, before: { isAdmin: user.isAdmin }, after: { isAdmin } });
  });
}
