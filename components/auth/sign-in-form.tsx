"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { signInWithPassword, type SignInState } from "./sign-in-action";

const initialState: SignInState = { error: null, email: "" };

/** A server-action form: it posts (never puts the password in a URL) and works without JavaScript. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, isSubmitting] = useActionState(signInWithPassword, initialState);
  return (
    <form action={formAction} className="form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label className="field">
        <span>Email</span>
        <input name="email" type="email" autoComplete="username" required autoFocus defaultValue={state.email} key={state.email} />
      </label>
      <label className="field">
        <span>Password</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <FormError message={state.error} />
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
