import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";

type RevocationReason = "sign_out" | "password_change" | "disable";

/**
 * Ends every session and API token of a user at once by bumping the session
 * version that JWTs and tokens must match. Runs inside the caller's
 * transaction, so the change that causes it and the revocation land together.
 */
export async function revokeSessionsIn(tx: Prisma.TransactionClient, userId: string, actor: Actor | null, reason: RevocationReason) {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await writeAudit(tx, { projectId: null, actor, action: "user.sessions_revoked", objectType: "User", objectId: userId, after: { reason } });
}

export async function revokeSessions(db: Db, actor: Actor, reason: RevocationReason): Promise<void> {
  await db.$transaction((tx) => revokeSessionsIn(tx, actor.userId, actor, reason));
}
