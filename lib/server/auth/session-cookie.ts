import "server-only";
import { encode } from "next-auth/jwt";
import { authOptions } from "./auth-options";
import type { VerifiedUser } from "./verify-credentials";

const SESSION_MAX_AGE_SECONDS = authOptions.session?.maxAge ?? 30 * 24 * 60 * 60;

/**
 * The session cookie next-auth itself would set after a credentials sign-in: the same JWT
 * claims (read back by the jwt/session callbacks), name, secret and flags. Issuing it from a
 * server action lets the sign-in form work as a plain POST, without JavaScript.
 */
export async function sessionCookieFor(user: VerifiedUser) {
  const isSecure = authOptions.useSecureCookies === true;
  const value = await encode({
    token: { sub: user.userId, name: user.name, email: user.email, userId: user.userId, sessionVersion: user.sessionVersion },
    secret: authOptions.secret as string,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return {
    name: `${isSecure ? "__Secure-" : ""}next-auth.session-token`,
    value,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: isSecure, maxAge: SESSION_MAX_AGE_SECONDS },
  };
}
