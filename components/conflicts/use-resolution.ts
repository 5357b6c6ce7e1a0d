"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { ResolutionInput } from "@/lib/conflicts/conflict-input";
import { callApi } from "@/lib/client/api-client";
import { resolveConflictRoute } from "@/lib/api/contract/conflicts";

/** Sends a decision on a conflict to the API, then reloads the board's data; failures become a message. */
export function useResolution(conflictId: string) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function submit(decision: ResolutionInput) {
    setError(null);
    startTransition(async () => {
      try {
        await callApi(resolveConflictRoute, { params: { conflictId }, body: decision });
        router.refresh();
      } catch (caught) {
        setError(caught instanceof ApiRequestError ? caught.message : "The decision could not be saved. Try again.");
      }
    });
  }

  return { submit, error, isPending };
}
