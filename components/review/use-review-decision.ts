"use client";

import { useState } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { ReviewAction } from "@/lib/review/review-rules";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import type { ClaimReviewState } from "@/lib/server/reviews/review-state";
import { callApi } from "@/lib/client/api-client";
import { reviewClaimRoute, submitClaimRoute } from "@/lib/api/contract/reviews";

export type DecisionResult = { claim: ClaimView; review: ClaimReviewState };

/**
 * Sends one review transition through the JSON API, naming the version the
 * reviewer looked at, so a claim changed meanwhile is never decided blindly.
 */
export function useReviewDecision() {
  const [pending, setPending] = useState<{ claimId: string; action: ReviewAction } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function decide(review: Pick<ClaimReviewState, "claimId" | "version">, action: ReviewAction, reason?: string) {
    const withReason = reason?.trim() ? { reason: reason.trim() } : {};
    setPending({ claimId: review.claimId, action });
    setError(null);
    try {
      const params = { claimId: review.claimId };
      return action === "submit"
        ? await callApi(submitClaimRoute, { params, body: { version: review.version, ...withReason } })
        : await callApi(reviewClaimRoute, { params, body: { decision: action, version: review.version, ...withReason } });
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : "The decision could not be saved. Try again.");
      return null;
    } finally {
      setPending(null);
    }
  }

  return { decide, pending, error, clearError: () => setError(null) };
}
