"use client";

import { useId } from "react";
import { actionLabels, type ReviewAction } from "@/lib/review/review-rules";
import { ariaKeyShortcuts, type QueueCommand } from "@/lib/review/queue-shortcuts";
import type { ClaimReviewState } from "@/lib/server/reviews/review-state";

/**
 * The transitions the actor may take on a claim. An approval the four-eyes
 * rule forbids stays visible but disabled, with the reason beside it; actions
 * the role or the status rules out are not shown at all.
 */
export function ReviewActionButtons({
  review,
  pendingAction,
  onAction,
  withShortcuts = false,
  subject,
}: {
  review: ClaimReviewState;
  pendingAction?: ReviewAction;
  onAction: (action: ReviewAction) => void;
  /** Show the queue's keys on the buttons and announce them (aria-keyshortcuts). */
  withShortcuts?: boolean;
  /** Completes the accessible name, e.g. "Approve: MSA · Casualties: exactly 4". */
  subject?: string;
}) {
  const noteId = useId();
  const entries = Object.entries(review.actions) as [ReviewAction, ClaimReviewState["actions"][ReviewAction]][];
  const shown = entries.filter(([, availability]) => availability.isAllowed || availability.kind === "four_eyes");
  if (shown.length === 0) return null;
  const blocked = shown.find(([, availability]) => !availability.isAllowed);
  return (
    <div className="review-actions">
      <div className="review-actions__buttons">
        {shown.map(([action, availability]) => {
          const command: QueueCommand | undefined = action === "submit" ? undefined : action;
          const key = withShortcuts && command ? ariaKeyShortcuts(command) : undefined;
          return (
            <button
              key={action}
              type="button"
              className={`button button--small review-actions__${action}${action === "approve" ? " button--primary" : ""}`}
              disabled={!availability.isAllowed || pendingAction !== undefined}
              aria-describedby={!availability.isAllowed ? noteId : undefined}
              aria-keyshortcuts={key}
              aria-label={subject ? `${actionLabels[action]}: ${subject}` : undefined}
              onClick={() => onAction(action)}
            >
              {pendingAction === action ? `${actionLabels[action]}…` : actionLabels[action]}
              {key ? (
                <kbd className="review-actions__key" aria-hidden="true">
                  {key.split(" ")[0]!.toLowerCase()}
                </kbd>
              ) : null}
            </button>
          );
        })}
      </div>
      {blocked && !blocked[1].isAllowed ? (
        <p id={noteId} className="review-actions__note muted">
          {blocked[1].message}
        </p>
      ) : null}
    </div>
  );
}
