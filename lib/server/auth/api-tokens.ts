import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { tokenExpiry, type ApiTokenView, type TokenOptions } from "@/lib/auth/token-input";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { NotFoundError, UnauthenticatedError } from "../errors";
import type { VerifiedUser } from "./verify-credentials";

const TOKEN_PREFIX = "pe_";
/** lastUsedAt is a hint for the token list, not a log: one write a minute at most. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const tokenSelect = { id: true, name: true, createdAt: true, lastUsedAt: true, expiresAt: true } as const;

function tokenView(row: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null }): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** Issues a personal bearer token; only its hash is stored, so it is shown this once. */
export async function createApiToken(db: Db, user: VerifiedUser, options: TokenOptions = {}) {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const name = options.name ?? "api";
  const expiresAt = tokenExpiry(options);
  return db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: user.userId, name, tokenHash: hashToken(token), sessionVersion: user.sessionVersion, expiresAt },
      select: tokenSelect,
    });
    await writeAudit(tx, {
      projectId: null,
      actor: user,
      action: "api_token.create",
      objectType: "ApiToken",
      objectId: created.id,
      after: { name, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { token, ...tokenView(created) };
  });
}

/** A token for the signed-in user, who proved who they are by their session. */
export async function createOwnApiToken(db: Db, actor: Actor, options: TokenOptions) {
  const user = await db.user.findUnique({ where: { id: actor.userId } });
  if (!user || user.isDisabled) throw new UnauthenticatedError();
  return createApiToken(db, { ...actor, sessionVersion: user.sessionVersion }, options);
}

/** The caller's tokens that still work, newest first. */
export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenView[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { sessionVersion: true } });
  const rows = await db.apiToken.findMany({
    where: { userId: actor.userId, revokedAt: null, sessionVersion: user.sessionVersion, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    select: tokenSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(tokenView);
}

/** Revokes one of the caller's own tokens; anyone else's is "not found", like one that does not exist. */
export async function revokeApiToken(db: Db, actor: Actor, tokenId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new NotFoundError("API token");
    await writeAudit(tx, { projectId: null, actor, action: "api_token.revoke", objectType: "ApiToken", objectId: tokenId });
  });
}

/**
 * Resolves a bearer token to its user. Tokens die with their expiry, their
 * revocation and the user's session version: signing out everywhere, a
 * password change or disabling the account.
 */
export async function actorFromToken(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (row.user.isDisabled || row.user.sessionVersion !== row.sessionVersion) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so parallel requests of the same minute write once.
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { userId: row.user.id, email: row.user.email, name: row.user.name };
}
