"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { closeCodingRoundRoute, markCodingDoneRoute } from "@/lib/api/contract/coding-rounds";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { CodingRoundView } from "@/lib/server/coding-rounds/coding-round-record";

/**
 * An open round: who codes and who is done. A coder reads whether they code
 * blind and marks their part done; an owner may close the round early, after
 * confirming, since coders who are not done then see everyone's claims.
 */
export function RoundOpenStatus({ round, viewerId, canManage }: { round: CodingRoundView; viewerId: string; canManage: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isConfirmingClose, setConfirmingClose] = useState(false);
  const [isPending, startTransition] = useTransition();
  const me = round.coders.find((coder) => coder.id === viewerId);

  function run(action: () => Promise<unknown>) {
    setError(null);
    startTransition(async () => {
      try {
        await action();
        setConfirmingClose(false);
        router.refresh();
      } catch (caught) {
        setError(caught instanceof ApiRequestError ? caught.message : "That did not work. Try again.");
      }
    });
  }

  return (
    <div className="stack">
      <p>
        <span className="badge">Open</span> {round.isBlind ? "Blind round" : "Round (not blind)"} opened by {round.openedBy.name}.
      </p>
      {me && round.isBlind ? (
        <p role="note" className="form-notice">
          You are coding this source blind: you see only your own highlights and claims until the round closes.
        </p>
      ) : null}
      <ul className="coding-round__coders" aria-label="Coders">
        {round.coders.map((coder) => (
          <li key={coder.id}>
            {coder.name}: {coder.doneAt ? "done" : "coding"}
          </li>
        ))}
      </ul>
      {me ? (
        me.doneAt ? (
          <p className="form-success">Your part is done.</p>
        ) : (
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={isPending} onClick={() => run(() => callApi(markCodingDoneRoute, { params: { roundId: round.id } }))}>
              Mark my part done
            </button>
          </div>
        )
      ) : null}
      {canManage ? (
        isConfirmingClose ? (
          <div role="group" aria-label="Close the round early" className="form-notice">
            <p>Close the round now? Coders who are not done will see everyone&apos;s highlights and claims on this source.</p>
            <div className="form-actions">
              <button type="button" className="button button--primary" disabled={isPending} onClick={() => run(() => callApi(closeCodingRoundRoute, { params: { roundId: round.id } }))}>
                {isPending ? "Closing…" : "Close the round"}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirmingClose(false)}>
                Keep it open
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setConfirmingClose(true)}>
              Close early…
            </button>
          </div>
        )
      ) : null}
      <FormError message={error} />
    </div>
  );
}
