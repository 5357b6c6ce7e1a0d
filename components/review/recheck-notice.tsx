"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { confirmRecheckRoute } from "@/lib/api/contract/reviews";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { FormError } from "@/components/ui/form-error";

/**
 * A claim a new revision left uncertain: why, and a way to confirm that it
 * still holds (editing it clears the mark as well).
 */
export function RecheckNotice({ claimId, reason, canConfirm }: { claimId: string; reason: string; canConfirm: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function confirm() {
    setError(null);
    startTransition(async () => {
      try {
        await callApi(confirmRecheckRoute, { params: { claimId }, body: {} });
        router.refresh();
      } catch (caught) {
        setError(caught instanceof ApiRequestError ? caught.message : "The confirmation could not be saved. Try again.");
      }
    });
  }

  return (
    <div className="recheck-notice" data-testid="recheck-notice">
      <p>
        <span className="badge badge--changes_requested">Needs re-check</span> {reason}
      </p>
      {canConfirm ? (
        <button type="button" className="button button--small" onClick={confirm} disabled={isPending}>
          {isPending ? "Confirming…" : "Confirm it still holds"}
        </button>
      ) : null}
      <FormError message={error} />
    </div>
  );
}
