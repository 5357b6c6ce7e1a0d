"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormError } from "@/components/ui/form-error";
import { openCodingRoundRoute } from "@/lib/api/contract/coding-rounds";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";

/** An owner opens a round on the source for the coders they tick; blind unless they untick it. */
export function RoundOpenForm({ sourceId, coderChoices }: { sourceId: string; coderChoices: { id: string; name: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const coderIds = form.getAll("coderIds").map(String);
    if (coderIds.length < 2) {
      setError("Choose at least two coders.");
      return;
    }
    setError(null);
    startTransition(async () => {
      try {
        await callApi(openCodingRoundRoute, { params: { sourceId }, body: { coderIds, isBlind: form.get("isBlind") === "on" } });
        router.refresh();
      } catch (caught) {
        setError(caught instanceof ApiRequestError ? caught.message : "The round could not be opened. Try again.");
      }
    });
  }

  return (
    <details className="coding-round__open">
      <summary>Open a coding round…</summary>
      <form className="form stack" aria-label="Open a coding round" onSubmit={open}>
        <fieldset className="fieldset">
          <legend>Coders</legend>
          {coderChoices.map((coder) => (
            <label key={coder.id} className="coding-round__check">
              <input type="checkbox" name="coderIds" value={coder.id} />
              <span>{coder.name}</span>
            </label>
          ))}
        </fieldset>
        <label className="coding-round__check">
          <input type="checkbox" name="isBlind" defaultChecked />
          <span>Blind</span>
        </label>
        <p className="muted">While a blind round is open, each coder sees only their own highlights and claims on this source.</p>
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isPending}>
            {isPending ? "Opening…" : "Open the round"}
          </button>
        </div>
      </form>
    </details>
  );
}
