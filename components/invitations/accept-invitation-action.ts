"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { formProblemOf } from "@/lib/errors/field-messages";
import { acceptInvitationSchema } from "@/lib/invitations/invitation-input";
import { runPublicAction } from "@/lib/server/action";
import { sessionCookieFor } from "@/lib/server/auth/session-cookie";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";

export interface AcceptState {
  error: string | null;
  fields: Record<string, string>;
  name: string;
}

/**
 * Accepts from the invitation page, with or without JavaScript. A new
 * account is signed in at once, and everyone lands in the project.
 */
export async function acceptInvitationAction(_previous: AcceptState, form: FormData): Promise<AcceptState> {
  const name = form.get("name");
  const password = form.get("password");
  const input = {
    token: String(form.get("token") ?? ""),
    ...(typeof name === "string" ? { name } : {}),
    ...(typeof password === "string" ? { password } : {}),
  };
  const result = await runPublicAction(acceptInvitationSchema, input, (actor, data) => acceptInvitation(db(), actor, data));
  if (!result.ok) {
    const problem = formProblemOf(result.error);
    return { error: problem.message, fields: problem.fields, name: typeof name === "string" ? name : "" };
  }
  if (result.data.newAccount) {
    const session = await sessionCookieFor(result.data.newAccount);
    (await cookies()).set(session.name, session.value, session.options);
  }
  redirect(`/projects/${result.data.project.slug}`);
}
