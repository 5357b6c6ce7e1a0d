"use client";

import { useState } from "react";
import type { ResponseOf } from "@/lib/api/define-route";
import { acceptCandidateRoute, dismissCandidateRoute, suggestClaimsRoute } from "@/lib/api/contract/suggestions";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";

export type Candidate = ResponseOf<typeof suggestClaimsRoute>["candidates"][number];

interface Shown {
  revisionId: string;
  candidates: Candidate[];
  dismissedCount: number;
}

const messageOf = (caught: unknown, fallback: string) => (caught instanceof ApiRequestError ? caught.message : fallback);

/**
 * The source's suggested claims, once asked for: read by the server over the
 * whole revision, then accepted, edited or dismissed one by one. `focusedKey`
 * is the one the reader outlines and the keyboard steps from.
 */
export function useClaimCandidates(sourceId: string) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | undefined>();
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function suggest() {
    setIsLoading(true);
    setError(null);
    try {
      const answer = await callApi(suggestClaimsRoute, { params: { sourceId }, body: {} });
      setShown({ revisionId: answer.revision.id, candidates: answer.candidates, dismissedCount: answer.dismissedCount });
      setFocusedKey(answer.candidates[0]?.key);
    } catch (caught) {
      setError(messageOf(caught, "Suggestions could not be read. Try again."));
    } finally {
      setIsLoading(false);
    }
  }

  /** Takes a settled candidate off the list; the focus moves to the one after it. */
  function settle(key: string) {
    const remaining = shown?.candidates ?? [];
    const index = remaining.findIndex((c) => c.key === key);
    const after = remaining.filter((c) => c.key !== key);
    setShown((current) => current && { ...current, candidates: current.candidates.filter((c) => c.key !== key), dismissedCount: current.dismissedCount + 1 });
    if (focusedKey === key) setFocusedKey(after[Math.min(index, after.length - 1)]?.key);
  }

  async function dismiss(candidate: Candidate, claimId?: string): Promise<boolean> {
    if (!shown) return false;
    setError(null);
    try {
      await callApi(dismissCandidateRoute, { params: { sourceId, key: candidate.key }, body: { revisionId: shown.revisionId, ...(claimId ? { claimId } : {}) } });
      settle(candidate.key);
      return true;
    } catch (caught) {
      setError(messageOf(caught, "The suggestion could not be dismissed. Try again."));
      return false;
    }
  }

  async function accept(candidate: Candidate, choice: { subjectId: string; propertyId: string }) {
    if (!shown) return null;
    setError(null);
    try {
      const recorded = await callApi(acceptCandidateRoute, { params: { sourceId, key: candidate.key }, body: { revisionId: shown.revisionId, ...choice } });
      settle(candidate.key);
      return recorded;
    } catch (caught) {
      setError(messageOf(caught, "The suggestion could not be recorded. Try again."));
      return null;
    }
  }

  function step(direction: 1 | -1) {
    const candidates = shown?.candidates ?? [];
    if (candidates.length === 0) return;
    const current = candidates.findIndex((c) => c.key === focusedKey);
    const next = current === -1 ? (direction === 1 ? 0 : candidates.length - 1) : (current + direction + candidates.length) % candidates.length;
    setFocusedKey(candidates[next]!.key);
  }

  return {
    candidates: shown?.candidates ?? null,
    dismissedCount: shown?.dismissedCount ?? 0,
    focusedKey,
    setFocusedKey,
    isLoading,
    error,
    suggest,
    dismiss,
    accept,
    step,
    close: () => {
      setShown(null);
      setFocusedKey(undefined);
      setError(null);
    },
  };
}

export type ClaimCandidates = ReturnType<typeof useClaimCandidates>;
export type AcceptedCandidate = NonNullable<Awaited<ReturnType<ClaimCandidates["accept"]>>>;
