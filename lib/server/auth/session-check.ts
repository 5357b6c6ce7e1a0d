import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";

/** A JWT is only as good as the user's current session version and status. */
export async function actorFromSessionClaims(
  db: Db,
  claims: { userId?: unknown; sessionVersion?: unknown } | null | undefined,
): Promise<Actor | null> {
  if (!claims || typeof claims.userId !== "string" || typeof claims.sessionVersion !== "number") return null;
  const user = await db.user.findUnique({ where: { id: claims.userId } });
  if (!user || user.isDisabled || user.sessionVersion !== claims.sessionVersion) return null;
  return { userId: user.id, email: user.email, name: user.name };
}
