"use client";

import { FormError } from "@/components/ui/form-error";
import type { FormEvent } from "react";
import { useResolution } from "./use-resolution";

/** Reopen a conflict a person resolved or dismissed; its ranks are withdrawn until it is decided again. */
export function ReopenForm({ conflictId }: { conflictId: string }) {
  const { submit, error, isPending } = useResolution({ conflictId });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ status: "open", reason: String(new FormData(event.currentTarget).get("reason") ?? "") });
  }

  return (
    <details className="conflict-decision">
      <summary className="button button--small">Reopen…</summary>
      <form className="form conflict-decision__form" onSubmit={onSubmit} aria-label="Reopen this conflict">
        <label className="field">
          <span>Why reopen it</span>
          <textarea name="reason" required maxLength={2000} rows={2} />
        </label>
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Reopening…" : "Reopen conflict"}
        </button>
        <FormError message={error} />
      </form>
    </details>
  );
}
