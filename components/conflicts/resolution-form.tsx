"use client";

import { FormError } from "@/components/ui/form-error";
import { useId, useState, type FormEvent } from "react";
import { ClaimRank } from "@/lib/db/generated/enums";
import { rankHints, rankLabels } from "./conflict-labels";
import { useResolution, type ResolutionTarget } from "./use-resolution";

/**
 * Resolve a conflict by ranking each of its claims (preferred, normal,
 * deprecated), or dismiss it. The decision's reason is required; a claim's
 * own reason is optional and the decision's reason stands in for it.
 */
export function ResolutionForm({ target, claims }: { target: ResolutionTarget; claims: { id: string; label: string }[] }) {
  const id = useId();
  const [decision, setDecision] = useState<"resolved" | "dismissed">("resolved");
  const { submit, error, isPending } = useResolution(target);
  const isGroup = "conflictIds" in target;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = String(form.get("reason") ?? "");
    if (decision === "dismissed") {
      submit({ status: "dismissed", reason });
      return;
    }
    submit({
      status: "resolved",
      reason,
      ranks: claims.map((claim) => ({
        claimId: claim.id,
        rank: String(form.get(`rank-${claim.id}`)) as ClaimRank,
        reason: String(form.get(`reason-${claim.id}`) ?? "").trim() || undefined,
      })),
    });
  }

  return (
    <details className="conflict-decision">
      <summary className="button button--small">{isGroup ? "Resolve or dismiss the group…" : "Resolve or dismiss…"}</summary>
      <form className="form conflict-decision__form" onSubmit={onSubmit} aria-label={isGroup ? "Decide on every open conflict of this group" : "Decide on this conflict"}>
        <fieldset className="conflict-decision__choice">
          <legend>Decision</legend>
          <label>
            <input type="radio" name="decision" value="resolved" checked={decision === "resolved"} onChange={() => setDecision("resolved")} /> Resolve: rank
            the claims
          </label>
          <label>
            <input type="radio" name="decision" value="dismissed" checked={decision === "dismissed"} onChange={() => setDecision("dismissed")} /> Dismiss:
            not a real disagreement
          </label>
        </fieldset>
        {decision === "resolved"
          ? claims.map((claim) => (
              <fieldset key={claim.id} className="conflict-decision__claim">
                <legend>{claim.label}</legend>
                <label className="field">
                  <span>Rank</span>
                  <select name={`rank-${claim.id}`} defaultValue={ClaimRank.normal}>
                    {Object.values(ClaimRank).map((rank) => (
                      <option key={rank} value={rank}>
                        {rankLabels[rank]} — {rankHints[rank]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span>Reason for this rank (optional)</span>
                  <input name={`reason-${claim.id}`} maxLength={2000} />
                </label>
              </fieldset>
            ))
          : null}
        <label className="field">
          <span>{decision === "resolved" ? "Reason for the decision" : "Why this is not a real disagreement"}</span>
          <textarea name="reason" required maxLength={2000} rows={2} aria-describedby={`${id}-hint`} />
          <small id={`${id}-hint`} className="muted">
            Recorded in the audit trail{decision === "resolved" ? "; used for every rank given no reason of its own" : ""}.
          </small>
        </label>
        <button type="submit" className="button button--primary" disabled={isPending}>
          {isPending ? "Saving…" : `${decision === "resolved" ? "Resolve" : "Dismiss"} ${isGroup ? `${target.conflictIds.length} conflicts` : "conflict"}`}
        </button>
        <FormError message={error} />
      </form>
    </details>
  );
}
