"use client";

import Link from "next/link";
import { useId, useState, type Ref } from "react";
import { CommentThread } from "@/components/comments/comment-thread";
import { AttributionChain } from "@/components/claims/attribution-chain";
import { ClaimValue } from "@/components/claims/claim-value";
import { EvidenceQuote } from "@/components/claims/evidence-quote";
import type { ReviewAction } from "@/lib/review/review-rules";
import type { ReviewQueueItem as Item } from "@/lib/server/reviews/review-queue";
import { ReviewActionButtons } from "./review-action-buttons";
import { ReviewSummary } from "./review-summary";

export function claimLabel(claim: Item["claim"]): string {
  return `${claim.subject.name} · ${claim.property.label}: ${claim.valueText}`;
}

/**
 * One claim of the queue: its value, the evidence quote in its context and
 * the attribution chain side by side, with the decision buttons.
 */
export function ReviewQueueItem({
  ref,
  slug,
  item,
  isActive,
  isSelected,
  pendingAction,
  onActivate,
  onToggleSelected,
  onAction,
}: {
  ref: Ref<HTMLElement>;
  slug: string;
  item: Item;
  isActive: boolean;
  isSelected: boolean;
  pendingAction?: ReviewAction;
  onActivate: () => void;
  onToggleSelected: () => void;
  onAction: (action: ReviewAction) => void;
}) {
  const id = useId();
  const [isDiscussing, setIsDiscussing] = useState(false);
  const { claim, review } = item;
  const label = claimLabel(claim);
  const canApprove = review.actions.approve.isAllowed;
  const hasOpenConflict = claim.conflicts.some((c) => c.status === "open");
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`queue-item${isActive ? " queue-item--active" : ""}`}
      aria-labelledby={`${id}-title`}
      aria-current={isActive ? "true" : undefined}
      onFocusCapture={onActivate}
      data-testid="queue-item"
    >
      <header className="queue-item__head">
        {canApprove ? (
          <input
            type="checkbox"
            className="queue-item__select"
            checked={isSelected}
            onChange={onToggleSelected}
            aria-label={`Select for bulk approval: ${label}`}
          />
        ) : null}
        <h2 id={`${id}-title`} className="queue-item__title">
          <Link href={`/projects/${slug}/claims/${claim.id}`}>
            {claim.subject.name} · {claim.property.label}
          </Link>
          : <span className="queue-item__value">{claim.valueText}</span>
        </h2>
        {hasOpenConflict ? <span className="badge badge--conflict">conflict</span> : null}
        <ReviewSummary review={review} />
      </header>
      <div className="queue-item__grid">
        <section aria-label="Value" className="queue-item__cell">
          <h3>Value</h3>
          <ClaimValue value={claim.value} valueText={claim.valueText} qualifiers={claim.qualifiers} hedging={claim.hedging} />
          {claim.note ? <p className="claim-detail__note">{claim.note}</p> : null}
          <p className="muted">Recorded by {claim.createdBy.name}</p>
        </section>
        <section aria-label="Evidence in context" className="queue-item__cell">
          <h3>Evidence</h3>
          <ul className="claim-evidence">
            {claim.evidence.map((evidence) => (
              <li key={evidence.annotationId}>
                <EvidenceQuote evidence={evidence} slug={slug} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Attribution chain" className="queue-item__cell">
          <h3>Attribution</h3>
          <AttributionChain claim={claim} slug={slug} />
        </section>
      </div>
      <ReviewActionButtons review={review} pendingAction={pendingAction} onAction={onAction} withShortcuts={isActive} subject={label} />
      <details className="queue-item__comments" onToggle={(event) => setIsDiscussing(event.currentTarget.open)}>
        <summary>Discuss this claim</summary>
        {/* Loaded on opening, so a long queue does not fetch every thread. */}
        {isDiscussing ? <CommentThread target={{ type: "claim", id: claim.id }} /> : null}
      </details>
    </article>
  );
}
