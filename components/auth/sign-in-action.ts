"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { clientAddress } from "@/lib/server/auth/client-address";
import { sessionCookieFor } from "@/lib/server/auth/session-cookie";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { AppError } from "@/lib/server/errors";

export interface SignInState {
  error: string | null;
  email: string;
}

/** Signs in from the form, posted by fetch with JavaScript or as a plain POST without it. */
export async function signInWithPassword(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  let session;
  try {
    const credentials = { email, password: String(form.get("password") ?? "") };
    session = await sessionCookieFor(await verifyCredentials(db(), credentials, clientAddress(await headers())));
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, email };
    throw error;
  }
  (await cookies()).set(session.name, session.value, session.options);
  redirect(safeCallbackPath(form.get("callbackUrl")));
}
