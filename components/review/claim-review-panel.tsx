"use client";

import { FormError } from "@/components/ui/form-error";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ClaimDetailReviews } from "@/components/claims/claim-detail-reviews";
import { needsReason, type ReasonedVerdict, type ReviewAction } from "@/lib/review/review-rules";
import type { ClaimReviewState } from "@/lib/server/reviews/review-state";
import { ReasonDialog } from "./reason-dialog";
import { ReviewActionButtons } from "./review-action-buttons";
import { ReviewSummary } from "./review-summary";
import { useReviewDecision } from "./use-review-decision";

export interface ClaimReviewPanelProps {
  /** From getClaimReview(db, actor, claimId) (lib/server/reviews/get-claim-review.ts) or GET /api/v1/claims/{claimId}/reviews. */
  review: ClaimReviewState;
  /** Shown in the reason dialog, e.g. "MSA · Casualties: exactly 4". */
  claimLabel: string;
  /** The list of decisions with reviewer and time; turn off where the page already lists them. */
  showDecisions?: boolean;
}

/**
 * A claim's review status and the actions the actor may take on it (submit,
 * approve, reject, request changes), for the claim page. After a decision the
 * page is refreshed so its status and history follow.
 */
export function ClaimReviewPanel({ review: fromServer, claimLabel, showDecisions = true }: ClaimReviewPanelProps) {
  const router = useRouter();
  const headingId = useId();
  const [decided, setDecided] = useState<ClaimReviewState | null>(null);
  // The newer of what the server last rendered and what this panel last decided.
  const review = decided && decided.version > fromServer.version ? decided : fromServer;
  const { decide, pending, error } = useReviewDecision();
  const [asking, setAsking] = useState<ReasonedVerdict | null>(null);

  async function run(action: ReviewAction, reason?: string) {
    setAsking(null);
    const result = await decide(review, action, reason);
    if (!result) return;
    setDecided(result.review);
    router.refresh();
  }

  return (
    <section className="card claim-review-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Review</h2>
      <ReviewSummary review={review} />
      <ReviewActionButtons
        review={review}
        pendingAction={pending?.action}
        onAction={(action) => (needsReason(action) ? setAsking(action) : void run(action))}
      />
      <FormError message={error} />
      {asking ? <ReasonDialog action={asking} claimLabel={claimLabel} onConfirm={(reason) => void run(asking, reason)} onCancel={() => setAsking(null)} /> : null}
      {showDecisions ? <ClaimDetailReviews reviews={review.decisions} /> : null}
    </section>
  );
}
