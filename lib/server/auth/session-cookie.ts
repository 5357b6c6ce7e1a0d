import "server-only";
import { decode, encode } from "next-auth/jwt";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { actorFromSessionClaims } from "./session-check";
import { authOptions } from "./auth-options";
import type { VerifiedUser } from "./verify-credentials";

const SESSION_MAX_AGE_SECONDS = authOptions.session?.maxAge ?? 30 * 24 * 60 * 60;

/**
 * The session cookie next-auth itself would set after a credentials sign-in: the same JWT
 * claims (read back by the jwt/session callbacks), name, secret and flags. Issuing it from a
 * server action lets the sign-in form work as a plain POST, without JavaScript.
 */
function sessionCookieName(): string {
  return `${authOptions.useSecureCookies === true ? "__Secure-" : ""}next-auth.session-token`;
}

export async function sessionCookieFor(user: VerifiedUser) {
  const isSecure = authOptions.useSecureCookies === true;
  const value = await encode({
    token: { sub: user.userId, name: user.name, email: user.email, userId: user.userId, sessionVersion: user.sessionVersion },
    secret: authOptions.secret as string,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return {
    name: sessionCookieName(),
    value,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: isSecure, maxAge: SESSION_MAX_AGE_SECONDS },
  };
}

/**
 * The signed-in user of an API request, from its own Cookie header: the
 * same JWT, secret and checks as next-auth's session, without needing
 * Next's request scope.
 */
export async function actorFromSessionCookie(db: Db, request: Request): Promise<Actor | null> {
  const name = sessionCookieName();
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`));
  if (!cookie) return null;
  const claims = await decode({ token: decodeURIComponent(cookie.slice(name.length + 1)), secret: authOptions.secret as string }).catch(() => null);
  return actorFromSessionClaims(db, claims);
}
