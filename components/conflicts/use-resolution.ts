"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { ResolutionInput } from "@/lib/conflicts/conflict-input";
import { callApi } from "@/lib/client/api-client";
import { resolveConflictGroupRoute, resolveConflictRoute } from "@/lib/api/contract/conflicts";

/** What a decision is about: one conflict, or every open conflict of a group on the board. */
export type ResolutionTarget = { conflictId: string } | { conflictIds: string[] };

async function send(target: ResolutionTarget, decision: ResolutionInput): Promise<void> {
  if ("conflictId" in target) await callApi(resolveConflictRoute, { params: { conflictId: target.conflictId }, body: decision });
  // A group is only decided; its decided conflicts are reopened one by one.
  else if (decision.status !== "open") await callApi(resolveConflictGroupRoute, { body: { ...decision, conflictIds: target.conflictIds } });
  else throw new Error("A group of conflicts is reopened one conflict at a time.");
}

/** Sends a decision to the API, then reloads the board's data; failures become a message. */
export function useResolution(target: ResolutionTarget) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function submit(decision: ResolutionInput) {
    setError(null);
    startTransition(async () => {
      try {
        await send(target, decision);
        router.refresh();
      } catch (caught) {
        setError(caught instanceof ApiRequestError ? caught.message : "The decision could not be saved. Try again.");
      }
    });
  }

  return { submit, error, isPending };
}
