import { z } from "zod";

/** One rule for every new password: at sign-up, on accepting an invitation, and on a change. */
export const newPasswordSchema = z.string().min(12, "Use at least 12 characters").max(200, "Use at most 200 characters");

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address, like name@example.org").max(320));

export const accountNameSchema = z.string().trim().min(1, "Enter your name").max(200);

/** Self-registration, when the instance allows it (ALLOW_SIGNUP=true). */
export const signUpSchema = z.object({
  email: emailSchema,
  name: accountNameSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.output<typeof signUpSchema>;
