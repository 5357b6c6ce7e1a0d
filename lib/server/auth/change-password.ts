import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { UnauthenticatedError } from "../errors";
import { hashPassword, verifyPassword } from "./password";
import { revokeSessionsIn } from "./revoke-sessions";
import { changePasswordSchema } from "@/lib/auth/password-input";

/** Changes a user's password; every session and API token of theirs ends with it. */
export async function changePassword(db: Db, actor: Actor, input: z.output<typeof changePasswordSchema>): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new UnauthenticatedError("The current password is wrong.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    await revokeSessionsIn(tx, actor.userId, actor, "password_change");
  });
}
