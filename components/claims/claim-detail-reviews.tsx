import { statusLabels } from "@/components/source-workspace/highlight-model";
import type { getClaim } from "@/lib/server/claims/get-claim";
import { formatTimestamp } from "@/lib/format/timestamp";

type Review = Awaited<ReturnType<typeof getClaim>>["reviews"][number];

const decisionLabels: Record<string, string> = {
  submit: "Submitted for review",
  approve: "Approved",
  reject: "Rejected",
  request_changes: "Requested changes",
};

/** The review decisions on a claim, oldest first, with the status each one moved it between. */
export function ClaimDetailReviews({ reviews }: { reviews: Review[] }) {
  if (reviews.length === 0) return <p className="muted">No review decisions yet.</p>;
  return (
    <ol className="claim-reviews">
      {reviews.map((review) => (
        <li key={review.id} className="claim-reviews__item">
          <p className="claim-history__head">
            <strong>{decisionLabels[review.decision] ?? review.decision}</strong> by {review.reviewer.name}{" "}
            <time dateTime={review.createdAt} className="muted">
              {formatTimestamp(review.createdAt)}
            </time>
          </p>
          <p className="muted">
            {statusLabels[review.fromStatus]} → {statusLabels[review.toStatus]}
          </p>
          {review.reason ? <p className="claim-reviews__reason">{review.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
