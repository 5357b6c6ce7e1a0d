import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import type { VerifiedUser } from "./verify-credentials";

const TOKEN_PREFIX = "pe_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Issues a personal bearer token; only its hash is stored. */
export async function createApiToken(db: Db, user: VerifiedUser, name = "api"): Promise<string> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: user.userId, name, tokenHash: hashToken(token), sessionVersion: user.sessionVersion },
    });
    await writeAudit(tx, {
      projectId: null,
      actor: user,
      action: "api_token.create",
      objectType: "ApiToken",
      objectId: created.id,
      after: { name },
    });
  });
  return token;
}

/**
 * Resolves a bearer token to its user. Tokens die with the user's session
 * version: signing out everywhere, a password change or disabling the account.
 */
export async function actorFromToken(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt < new Date())) return null;
  if (row.user.isDisabled || row.user.sessionVersion !== row.sessionVersion) return null;
  return { userId: row.user.id, email: row.user.email, name: row.user.name };
}
