import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { actorFromToken } from "./api-tokens";
import { authOptions } from "./auth-options";
import { actorFromSessionCookie } from "./session-cookie";
import { actorFromSessionClaims } from "./session-check";

/** The signed-in user of the current request, checked against the database. */
export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  return actorFromSessionClaims(db(), session);
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For API routes: a bearer token when the request carries one, else the session cookie. */
export async function actorFromRequest(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    return match?.[1] ? actorFromToken(db(), match[1]) : null;
  }
  return actorFromSessionCookie(db(), request);
}
