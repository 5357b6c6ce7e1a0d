"use client";

import { memo } from "react";
import type { WorkspaceAnnotation } from "@/lib/annotations/workspace-annotation";
import { anchorStatusLabels, highlightStatus, statusLabels } from "./highlight-model";

interface AnnotationRowProps {
  annotation: WorkspaceAnnotation;
  isActive: boolean;
  onActivate: (id: string) => void;
  onNewClaim?: (annotation: WorkspaceAnnotation) => void;
  onComments: (annotation: WorkspaceAnnotation) => void;
  onDelete?: (annotation: WorkspaceAnnotation) => void;
  /** Offered on a lost or approximate highlight of the current revision: place it again by selecting text. */
  onReattach?: (annotation: WorkspaceAnnotation) => void;
}

/** One annotation in the side panel; memoised so a new highlight re-renders only its own row. */
export const AnnotationRow = memo(function AnnotationRow({ annotation, isActive, onActivate, onNewClaim, onComments, onDelete, onReattach }: AnnotationRowProps) {
  const status = highlightStatus(annotation);
  return (
    <li>
      <button
        type="button"
        className={`annotation-item${isActive ? " annotation-item--active" : ""}`}
        aria-current={isActive ? "true" : undefined}
        disabled={annotation.start === null}
        onClick={() => onActivate(annotation.id)}
        data-testid="annotation-item"
      >
        <span className="annotation-item__quote">“{annotation.exact || "…"}”</span>
        <span className="annotation-item__badges">
          <span className={`badge badge--${status}`}>{statusLabels[status]}</span>
          {annotation.status !== "anchored" ? (
            <span className={`badge badge--anchor-${annotation.status}`} data-testid="anchor-status">
              {anchorStatusLabels[annotation.status]}
            </span>
          ) : null}
          {annotation.claims.some((c) => c.hasConflict) ? <span className="badge badge--conflict">conflict</span> : null}
        </span>
        {annotation.claims.length > 0 ? (
          <span className="annotation-item__claims">
            {annotation.claims.map((claim) => (
              <span key={claim.id}>{claim.label}</span>
            ))}
          </span>
        ) : null}
      </button>
      {/* A lost highlight cannot be shown in the text, so its actions stay open. */}
      {isActive || annotation.start === null ? (
        <div className="annotation-item__actions">
          {onNewClaim && annotation.start !== null ? (
            <button type="button" className="button button--small" onClick={() => onNewClaim(annotation)}>
              New claim from this span
            </button>
          ) : null}
          <button type="button" className="button button--small" onClick={() => onComments(annotation)}>
            Comments
          </button>
          {onReattach && (annotation.status === "orphaned" || annotation.status === "fuzzy") ? (
            <button type="button" className="button button--small" onClick={() => onReattach(annotation)}>
              Re-attach…
            </button>
          ) : null}
          {onDelete && !annotation.isInUse && annotation.claims.length === 0 ? (
            <button type="button" className="button button--small button--quiet" onClick={() => onDelete(annotation)}>
              Delete highlight
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
});
