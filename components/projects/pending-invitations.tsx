"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { revokeInvitationRoute } from "@/lib/api/contract/teams";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { formatTimestamp } from "@/lib/format/timestamp";
import { roleLabels } from "@/lib/permissions";
import type { PendingInvitation } from "@/lib/server/invitations/invitations";
import { ActionsHeader } from "@/components/ui/actions-header";
import { TableFrame } from "@/components/ui/table-frame";

/** Links that are out and unused; an owner withdraws one, and its holder then reads that it was withdrawn. */
export function PendingInvitations({ projectId, invitations }: { projectId: string; invitations: PendingInvitation[] }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function withdraw(invitation: PendingInvitation) {
    setOutcome(null);
    startTransition(async () => {
      try {
        await callApi(revokeInvitationRoute, { params: { projectId, invitationId: invitation.id } });
        setOutcome({ kind: "success", text: `The invitation of ${invitation.email} is withdrawn.` });
        router.refresh();
      } catch (caught) {
        setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The invitation could not be withdrawn. Try again." });
      }
    });
  }

  return (
    <section aria-labelledby="invitations-title" className="stack">
      <h2 id="invitations-title">Pending invitations</h2>
      {invitations.length === 0 ? (
        <p className="empty">No invitation is waiting to be accepted.</p>
      ) : (
        <TableFrame>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Invited by</th>
                <th scope="col">Expires</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <td>{invitation.email}</td>
                  <td>{roleLabels[invitation.role]}</td>
                  <td>{invitation.invitedBy}</td>
                  <td>{formatTimestamp(invitation.expiresAt)}</td>
                  <td>
                    <button type="button" className="button" disabled={isPending} onClick={() => withdraw(invitation)} aria-label={`Withdraw the invitation of ${invitation.email}`}>
                      Withdraw
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <FormOutcome outcome={outcome} />
    </section>
  );
}
