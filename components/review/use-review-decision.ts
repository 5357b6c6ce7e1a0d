"use client";

import { useState } from "react";
import { apiFetch, ApiRequestError } from "@/lib/client/api-fetch";
import type { ReviewAction } from "@/lib/review/review-rules";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import type { ClaimReviewState } from "@/lib/server/reviews/review-state";

export type DecisionResult = { claim: ClaimView; review: ClaimReviewState };

/**
 * Sends one review transition through the JSON API, naming the version the
 * reviewer looked at, so a claim changed meanwhile is never decided blindly.
 */
export function useReviewDecision() {
  const [pending, setPending] = useState<{ claimId: string; action: ReviewAction } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function decide(review: Pick<ClaimReviewState, "claimId" | "version">, action: ReviewAction, reason?: string) {
    const claimPath = `/api/v1/claims/${encodeURIComponent(review.claimId)}`;
    const withReason = reason?.trim() ? { reason: reason.trim() } : {};
    setPending({ claimId: review.claimId, action });
    setError(null);
    try {
      return action === "submit"
        ? await apiFetch<DecisionResult>(`${claimPath}/submit`, { body: { version: review.version, ...withReason } })
        : await apiFetch<DecisionResult>(`${claimPath}/reviews`, { body: { decision: action, version: review.version, ...withReason } });
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : "The decision could not be saved. Try again.");
      return null;
    } finally {
      setPending(null);
    }
  }

  return { decide, pending, error, clearError: () => setError(null) };
}
