import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import type { Prisma } from "@/lib/db/generated/client";
import { ForbiddenError } from "../errors";

export interface AccountView {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  isDisabled: boolean;
  createdAt: string;
  projectCount: number;
}

/** Only instance administrators administer accounts. */
export async function requireInstanceAdmin(db: Db | Prisma.TransactionClient, actor: Actor): Promise<void> {
  if (!(await isInstanceAdmin(db, actor))) throw new ForbiddenError("Only instance administrators manage accounts.");
}

export function accountView(user: { id: string; email: string; name: string; isAdmin: boolean; isDisabled: boolean; createdAt: Date }, projectCount: number): AccountView {
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, isDisabled: user.isDisabled, createdAt: user.createdAt.toISOString(), projectCount };
}

/** Every account of the instance, for its administrators, by address. */
export async function listUsers(db: Db, actor: Actor): Promise<AccountView[]> {
  await requireInstanceAdmin(db, actor);
  const users = await db.user.findMany({ orderBy: { email: "asc" }, include: { _count: { select: { memberships: true } } } });
  return users.map((user) => accountView(user, user._count.memberships));
}

/** Whether to show the administration link: a hint for the header, never an authorization. */
export async function isInstanceAdmin(db: Db | Prisma.TransactionClient, actor: Actor): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { isAdmin: true } });
  return user?.isAdmin === true;
}
