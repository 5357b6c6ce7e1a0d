import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { errorCodes } from "@/lib/errors/error-codes";
import { writeAudit } from "../audit";
import { ConflictError } from "../errors";
import type { VerifiedUser } from "./verify-credentials";

export interface NewAccount {
  email: string;
  name: string;
  /** Hashed before the transaction: argon2 is slow on purpose, and no lock need wait for it. */
  passwordHash: string;
}

/** Creates an account in the caller's transaction; an address that has one already is refused with what to do. */
export async function createAccountIn(tx: Prisma.TransactionClient, account: NewAccount, how: "sign_up" | "invitation"): Promise<VerifiedUser> {
  const existing = await tx.user.findUnique({ where: { email: account.email }, select: { id: true } });
  if (existing) {
    throw new ConflictError(`An account for ${account.email} exists already: sign in with it instead.`, undefined, errorCodes.accountExists);
  }
  const user = await tx.user.create({ data: account, select: { id: true, email: true, name: true, sessionVersion: true } });
  const actor = { userId: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
  await writeAudit(tx, { projectId: null, actor, action: "user.create", objectType: "User", objectId: user.id, after: { email: user.email, how } });
  return actor;
}
