"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { formProblemOf } from "@/lib/errors/field-messages";
import { signUpSchema } from "@/lib/auth/account-input";
import { runPublicAction } from "@/lib/server/action";
import { clientAddress } from "@/lib/server/auth/client-address";
import { sessionCookieFor } from "@/lib/server/auth/session-cookie";
import { signUp } from "@/lib/server/auth/sign-up";

export interface SignUpState {
  error: string | null;
  fields: Record<string, string>;
  email: string;
  name: string;
}

/** Registers from the sign-up form (with or without JavaScript) and signs the new account in. */
export async function signUpAction(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const input = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), password: String(form.get("password") ?? "") };
  const address = clientAddress(await headers());
  const result = await runPublicAction(signUpSchema, input, (_actor, data) => signUp(db(), data, address));
  if (!result.ok) {
    const problem = formProblemOf(result.error);
    return { error: problem.message, fields: problem.fields, email: input.email, name: input.name };
  }
  const session = await sessionCookieFor(result.data);
  (await cookies()).set(session.name, session.value, session.options);
  redirect("/projects");
}
