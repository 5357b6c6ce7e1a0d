"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { acceptInvitationAction, type AcceptState } from "./accept-invitation-action";

const initialState: AcceptState = { error: null, fields: {}, name: "" };

/**
 * Joining by a link: someone signed in as the invited address joins with one
 * click; someone without an account picks a name and a password.
 */
export function AcceptInvitationForm({ token, email, needsAccount, projectName }: { token: string; email: string; needsAccount: boolean; projectName: string }) {
  const [state, formAction, isSubmitting] = useActionState(acceptInvitationAction, initialState);
  return (
    <form action={formAction} className="form" noValidate aria-label="Accept the invitation">
      <input type="hidden" name="token" value={token} />
      {needsAccount ? (
        <>
          <label className="field">
            <span>Email</span>
            <input type="email" value={email} readOnly autoComplete="username" />
          </label>
          <label className="field">
            <span>Your name</span>
            <input name="name" required autoComplete="name" autoFocus defaultValue={state.name} key={state.name} aria-invalid={state.fields.name ? true : undefined} />
            {state.fields.name ? <span className="field-error">{state.fields.name}</span> : null}
          </label>
          <label className="field">
            <span>Choose a password</span>
            <input name="password" type="password" required minLength={12} autoComplete="new-password" aria-invalid={state.fields.password ? true : undefined} aria-describedby="password-hint" />
            <span id="password-hint" className="muted">
              At least 12 characters.
            </span>
            {state.fields.password ? <span className="field-error">{state.fields.password}</span> : null}
          </label>
        </>
      ) : null}
      <FormError message={state.error} />
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? "Joining…" : needsAccount ? `Create my account and join ${projectName}` : `Join ${projectName}`}
      </button>
    </form>
  );
}
