import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { RateLimitedError, UnauthenticatedError, ValidationError } from "../errors";
import { verifyPasswordOf } from "./password";

export const credentialsSchema = z.object({
  email: z.email("Enter a valid email address").transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1, "Enter your password").max(200),
});
export type Credentials = z.input<typeof credentialsSchema>;

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILED_SIGN_INS = 5;

export interface VerifiedUser extends Actor {
  sessionVersion: number;
}

/**
 * Checks an email and password. Failures are counted per email; after
 * MAX_FAILED_SIGN_INS within the window further attempts are refused, even
 * with the right password, until the window has passed.
 */
export async function verifyCredentials(db: Db, input: Credentials): Promise<VerifiedUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(
      "Enter an email address and a password.",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  const { email, password } = parsed.data;
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const failures = await db.signInFailure.count({ where: { email, createdAt: { gte: since } } });
  if (failures >= MAX_FAILED_SIGN_INS) {
    throw new RateLimitedError(
      `Too many failed sign-ins for this account. Wait ${SIGN_IN_WINDOW_MINUTES} minutes and try again.`,
    );
  }
  const user = await db.user.findUnique({ where: { email } });
  const isPasswordRight = await verifyPasswordOf(user?.passwordHash ?? null, password);
  if (!user || !isPasswordRight) {
    await db.signInFailure.create({ data: { email } });
    throw new UnauthenticatedError("Wrong email or password.");
  }
  // Only someone who knows the password learns that the account is disabled.
  if (user.isDisabled) throw new UnauthenticatedError("This account is disabled. Ask a project owner.");
  await db.signInFailure.deleteMany({ where: { email } });
  return { userId: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
