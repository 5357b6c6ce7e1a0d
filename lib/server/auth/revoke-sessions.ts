import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";

/**
 * Ends every session and API token of a user at once by bumping the session
 * version that JWTs and tokens must match.
 */
export async function revokeSessions(db: Db, actor: Actor, reason: "sign_out" | "password_change" | "disable"): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    await tx.apiToken.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await writeAudit(tx, {
      projectId: null,
      actor,
      action: "user.sessions_revoked",
      objectType: "User",
      objectId: actor.userId,
      after: { reason },
    });
  });
}
