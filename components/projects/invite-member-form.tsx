"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { createInvitationRoute } from "@/lib/api/contract/teams";
import type { ResponseOf } from "@/lib/api/define-route";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { Role } from "@/lib/db/generated/enums";
import { formatTimestamp } from "@/lib/format/timestamp";
import { roleLabels } from "@/lib/permissions";

type Issued = ResponseOf<typeof createInvitationRoute>["invitation"];

const ROLES = Object.keys(roleLabels) as Role[];

/** Owners invite anyone by address; the link is shown once to copy, and mailed too where the instance can mail. */
export function InviteMemberForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const [issued, setIssued] = useState<Issued | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setOutcome(null);
    startTransition(async () => {
      try {
        const { invitation } = await callApi(createInvitationRoute, {
          params: { projectId },
          body: { email: String(form.get("email") ?? ""), role: String(form.get("role")) as Role },
        });
        setIssued(invitation);
        formElement.reset();
        router.refresh();
      } catch (caught) {
        setIssued(null);
        setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The invitation could not be created. Try again." });
      }
    });
  }

  async function copyLink(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: "success", text: "The link is copied." });
    } catch {
      setOutcome({ kind: "error", text: "Copying was refused by the browser: select the link and copy it by hand." });
    }
  }

  return (
    <div className="stack">
      <form className="form form--inline" onSubmit={onSubmit} aria-label="Invite a member">
        <label className="field">
          <span>Email</span>
          <input name="email" type="email" required autoComplete="off" />
        </label>
        <label className="field">
          <span>Role</span>
          <select name="role" defaultValue="researcher">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        </label>
        <button className="button button--primary" type="submit" disabled={isPending}>
          {isPending ? "Inviting…" : "Invite"}
        </button>
      </form>
      {issued ? (
        <div className="token-issued" role="status" aria-label="Invitation link">
          <p>
            Send this link to {issued.email} ({roleLabels[issued.role].toLowerCase()}). It works once, until {formatTimestamp(issued.expiresAt)}, and is
            shown only now.{issued.mailed ? " It was also mailed to them." : ""}
          </p>
          <input className="token-issued__value" readOnly value={issued.url} aria-label={`Invitation link for ${issued.email}`} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button" onClick={() => void copyLink(issued.url)}>
            Copy link
          </button>
        </div>
      ) : null}
      <FormOutcome outcome={outcome} />
    </div>
  );
}
