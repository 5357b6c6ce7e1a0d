import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { authSecret, readEnv } from "@/lib/env";
import { AppError } from "../errors";
import { clientAddress } from "./client-address";
import { verifyCredentials } from "./verify-credentials";

const isProduction = readEnv().NODE_ENV === "production";

/**
 * next-auth 4 with a credentials provider, hence JWT sessions. A JWT cannot be
 * revoked by itself, so it carries the user's session version and every
 * request checks it (lib/server/auth/session-check.ts).
 */
export const authOptions: NextAuthOptions = {
  // Read per request, not at import: `next build` loads this module without production secrets.
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  useSecureCookies: isProduction,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        try {
          const user = await verifyCredentials(
            db(),
            { email: credentials?.email ?? "", password: credentials?.password ?? "" },
            clientAddress(request.headers ?? {}),
          );
          return { id: user.userId, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        } catch (error) {
          // next-auth hands this message to the sign-in form as `error`.
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.userId;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
};
