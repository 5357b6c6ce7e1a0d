import { statusLabels } from "@/components/source-workspace/highlight-model";
import { formatTimestamp } from "@/lib/format/timestamp";
import type { ClaimReviewState } from "@/lib/server/reviews/review-state";

const outcomeWords: Record<string, string> = {
  submit: "Submitted",
  approve: "Approved",
  reject: "Rejected",
  request_changes: "Changes requested",
};

/** The claim's status, its approvals so far when several are needed, and who took the last step and when. */
export function ReviewSummary({ review }: { review: ClaimReviewState }) {
  const last = review.decisions.at(-1);
  const isWaitingForMore = review.status === "submitted" && review.requiredApprovals > 1;
  return (
    <p className="review-summary" data-testid="review-summary">
      <span className={`badge badge--${review.status}`} data-testid="review-status">
        {statusLabels[review.status]}
      </span>
      {isWaitingForMore ? (
        <span className="muted">
          {" "}
          {review.approvals} of {review.requiredApprovals} approvals
        </span>
      ) : null}
      {last ? (
        <span>
          {" "}
          {last.decision === "approve" && last.toStatus === "submitted" ? "Approved (more approvals needed)" : outcomeWords[last.decision]} by{" "}
          <strong>{last.reviewer.name}</strong>{" "}
          <time dateTime={last.createdAt} className="muted">
            {formatTimestamp(last.createdAt)}
          </time>
        </span>
      ) : null}
    </p>
  );
}
