"use client";

import { FormError } from "@/components/ui/form-error";
import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { callApi } from "@/lib/client/api-client";
import { changePasswordRoute } from "@/lib/api/contract/foundation";

/** Changing the password ends every session, so the user signs in again with the new one. */
export function ChangePasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    setIsSaving(true);
    try {
      await callApi(changePasswordRoute, {
        body: { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") },
      });
      await signOut({ callbackUrl: "/sign-in?changed=1" });
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : "The password could not be changed.");
      setIsSaving(false);
    }
  }

  return (
    <form className="form card" onSubmit={onSubmit} aria-label="Change your password">
      <h2>Change your password</h2>
      <label className="field">
        <span>Current password</span>
        <input name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label className="field">
        <span>New password (at least 12 characters)</span>
        <input name="newPassword" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <p className="muted">Every session and API token of yours ends: you sign in again with the new password.</p>
      <FormError message={error} />
      <div>
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
