"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { signUpAction, type SignUpState } from "./sign-up-action";

const initialState: SignUpState = { error: null, fields: {}, email: "", name: "" };

function FieldError({ message }: { message: string | undefined }) {
  return message ? <span className="field-error">{message}</span> : null;
}

/** Self-registration, where the instance opens it; a plain POST without JavaScript too. */
export function SignUpForm() {
  const [state, formAction, isSubmitting] = useActionState(signUpAction, initialState);
  return (
    <form action={formAction} className="form" noValidate aria-label="Create an account">
      <label className="field">
        <span>Email</span>
        <input name="email" type="email" autoComplete="username" required autoFocus defaultValue={state.email} key={`e${state.email}`} aria-invalid={state.fields.email ? true : undefined} />
        <FieldError message={state.fields.email} />
      </label>
      <label className="field">
        <span>Your name</span>
        <input name="name" autoComplete="name" required defaultValue={state.name} key={`n${state.name}`} aria-invalid={state.fields.name ? true : undefined} />
        <FieldError message={state.fields.name} />
      </label>
      <label className="field">
        <span>Choose a password</span>
        <input name="password" type="password" autoComplete="new-password" required minLength={12} aria-invalid={state.fields.password ? true : undefined} />
        <span className="muted">At least 12 characters.</span>
        <FieldError message={state.fields.password} />
      </label>
      <FormError message={state.error} />
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}
