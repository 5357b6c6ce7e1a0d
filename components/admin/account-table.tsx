"use client";

import { useState, useTransition } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { updateAccountRoute } from "@/lib/api/contract/teams";
import type { ResponseOf } from "@/lib/api/define-route";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { formatTimestamp } from "@/lib/format/timestamp";
import { ActionsHeader } from "@/components/ui/actions-header";
import { TableFrame } from "@/components/ui/table-frame";

type Account = ResponseOf<typeof updateAccountRoute>["user"];

/** Every account; an administrator disables one (its sessions and tokens end at once) or enables it again. */
export function AccountTable({ initialAccounts, selfId }: { initialAccounts: Account[]; selfId: string }) {
  const [accounts, setAccounts] = useState(initialAccounts);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function setDisabled(account: Account, isDisabled: boolean) {
    setOutcome(null);
    startTransition(async () => {
      try {
        const { user } = await callApi(updateAccountRoute, { params: { userId: account.id }, body: { isDisabled } });
        setAccounts((current) => current.map((a) => (a.id === user.id ? user : a)));
        setOutcome({ kind: "success", text: isDisabled ? `${user.email} is disabled; their sessions and API tokens have ended.` : `${user.email} may sign in again.` });
      } catch (caught) {
        setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The change could not be saved. Try again." });
      }
    });
  }

  return (
    <div className="stack">
      <FormOutcome outcome={outcome} />
      <TableFrame>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Created</th>
              <th scope="col" className="num">Projects</th>
              <th scope="col">Status</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <td>
                  {account.name} <span className="muted">{account.email}</span>
                  {account.isAdmin ? <span className="badge">Administrator</span> : null}
                </td>
                <td>{formatTimestamp(account.createdAt)}</td>
                <td className="num">{account.projectCount}</td>
                <td>{account.isDisabled ? "Disabled" : "Active"}</td>
                <td>
                  {account.id === selfId ? (
                    <span className="muted">You</span>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      disabled={isPending}
                      onClick={() => setDisabled(account, !account.isDisabled)}
                      aria-label={`${account.isDisabled ? "Enable" : "Disable"} ${account.email}`}
                    >
                      {account.isDisabled ? "Enable" : "Disable"}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </div>
  );
}
