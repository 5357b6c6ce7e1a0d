"use client";

import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { useState, useTransition, type FormEvent } from "react";
import { setDivergenceThresholdAction } from "./divergence-threshold-action";

/** 0.5 → 50, without float noise (0.29 * 100 is 28.999…). */
const toPercent = (fraction: number) => Math.round(fraction * 10_000) / 100;

/**
 * The project's divergence threshold, for owners: two compatible estimates
 * diverge when the larger exceeds the smaller by at least this much. Saving
 * recomputes every conflict of the project, even when the value is the same;
 * the action revalidates the project's pages, so the board shows the result.
 */
export function DivergenceThresholdForm({ projectId, divergenceThreshold }: { projectId: string; divergenceThreshold: number }) {
  const [message, setMessage] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const percent = Number(new FormData(event.currentTarget).get("percent"));
    setMessage(null);
    startTransition(async () => {
      const result = await setDivergenceThresholdAction({ projectId, divergenceThreshold: percent / 100 });
      if (!result.ok) {
        setMessage({ kind: "error", text: result.error.message });
        return;
      }
      const { claimCount, created, closed, reopened } = result.data;
      setMessage({
        kind: "success",
        text: `Threshold set to ${toPercent(result.data.divergenceThreshold)}%. Recomputed ${claimCount} claims: ${created} new, ${closed} closed, ${reopened} reopened.`,
      });
    });
  }

  return (
    <form className="form form--inline" onSubmit={onSubmit} aria-label="Divergence threshold">
      <label className="field">
        <span>Divergence threshold (%)</span>
        <input name="percent" type="number" min={1} max={1000} step="any" required defaultValue={toPercent(divergenceThreshold)} aria-describedby="divergence-threshold-hint" />
      </label>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Recomputing…" : "Save and recompute conflicts"}
      </button>
      <p id="divergence-threshold-hint" className="muted">
        Two compatible estimates diverge when the larger is at least this much above the smaller (at 50%, 30 and 45 diverge; 30 and 44 do not).
      </p>
      <FormOutcome outcome={message} />
    </form>
  );
}
