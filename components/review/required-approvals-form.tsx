"use client";

import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { useState, useTransition, type FormEvent } from "react";
import { setRequiredApprovalsAction } from "./set-required-approvals-action";

/** For owners: how many different reviewers must approve a claim before it is approved. */
export function RequiredApprovalsForm({ projectId, requiredApprovals }: { projectId: string; requiredApprovals: number }) {
  const [message, setMessage] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = Number(new FormData(event.currentTarget).get("requiredApprovals"));
    startTransition(async () => {
      const result = await setRequiredApprovalsAction({ projectId, requiredApprovals: value });
      setMessage(
        result.ok
          ? { kind: "success", text: `Claims now need ${result.data.requiredApprovals} approval${result.data.requiredApprovals === 1 ? "" : "s"}.` }
          : { kind: "error", text: result.error.message },
      );
    });
  }

  return (
    <form className="form form--inline" onSubmit={onSubmit} aria-label="Approvals required">
      <label className="field">
        <span>Approvals a claim needs</span>
        <select name="requiredApprovals" defaultValue={String(requiredApprovals)}>
          <option value="1">One reviewer</option>
          <option value="2">Two different reviewers</option>
          <option value="3">Three different reviewers</option>
        </select>
      </label>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save"}
      </button>
      <FormOutcome outcome={message} />
    </form>
  );
}
