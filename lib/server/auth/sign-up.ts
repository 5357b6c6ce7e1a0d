import "server-only";
import type { Db } from "@/lib/db/client";
import { readEnv } from "@/lib/env";
import { errorCodes } from "@/lib/errors/error-codes";
import type { SignUpInput } from "@/lib/auth/account-input";
import { ForbiddenError } from "../errors";
import { createAccountIn } from "./create-account";
import { hashPassword } from "./password";
import { admitSignUpAttempt } from "./sign-in-throttle";
import type { VerifiedUser } from "./verify-credentials";

export const SIGN_UP_CLOSED_MESSAGE = "This instance is invitation-only: ask a project owner to invite you.";

/** Self-registration, only where the instance opens it (ALLOW_SIGNUP=true), and slowed per address. */
export async function signUp(db: Db, input: SignUpInput, address: string): Promise<VerifiedUser> {
  if (!readEnv().ALLOW_SIGNUP) throw new ForbiddenError(SIGN_UP_CLOSED_MESSAGE, errorCodes.signUpClosed);
  await admitSignUpAttempt(db, address);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction((tx) => createAccountIn(tx, { email: input.email, name: input.name, passwordHash }, "sign_up"));
}
