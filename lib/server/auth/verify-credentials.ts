import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { UnauthenticatedError, ValidationError } from "../errors";
import { admitSignInAttempt, recordSignInSuccess } from "./sign-in-throttle";
import { verifyPasswordOf } from "./password";

export const credentialsSchema = z.object({
  email: z.email("Enter a valid email address").transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1, "Enter your password").max(200),
});
export type Credentials = z.input<typeof credentialsSchema>;

export interface VerifiedUser extends Actor {
  sessionVersion: number;
}

/**
 * Checks an email and password for a request from `address`. Every attempt
 * is counted before the password is checked (see sign-in-throttle), and the
 * same work is done for an unknown email as for a known one.
 */
export async function verifyCredentials(db: Db, input: Credentials, address: string): Promise<VerifiedUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(
      "Enter an email address and a password.",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  const { email, password } = parsed.data;
  await admitSignInAttempt(db, email, address);
  const user = await db.user.findUnique({ where: { email } });
  const isPasswordRight = await verifyPasswordOf(user?.passwordHash ?? null, password);
  if (!user || !isPasswordRight) throw new UnauthenticatedError("Wrong email or password.");
  await recordSignInSuccess(db, email, address);
  // Only someone who knows the password learns that the account is disabled.
  if (user.isDisabled) throw new UnauthenticatedError("This account is disabled. Ask a project owner.");
  return { userId: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
