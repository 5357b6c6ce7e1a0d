"use client";

import { useId, useMemo, useState } from "react";
import type { ListedAnnotation } from "@/lib/server/annotations/list-annotations";
import { highlightStatus, statusLabels, type HighlightStatus } from "./highlight-model";

type Filter = "all" | HighlightStatus | "conflict" | "needs-attention";

const filterLabels: Record<Filter, string> = {
  all: "All",
  none: statusLabels.none,
  draft: statusLabels.draft,
  submitted: statusLabels.submitted,
  approved: statusLabels.approved,
  rejected: statusLabels.rejected,
  changes_requested: statusLabels.changes_requested,
  conflict: "In conflict",
  "needs-attention": "Moved, fuzzy or orphaned",
};

function matches(annotation: ListedAnnotation, filter: Filter): boolean {
  if (filter === "all") return true;
  if (filter === "conflict") return annotation.claims.some((c) => c.hasConflict);
  if (filter === "needs-attention") return annotation.status !== "anchored";
  return highlightStatus(annotation) === filter;
}

/** The source's annotations and their claims in text order; choosing one scrolls the reader to it. */
export function AnnotationPanel({
  annotations,
  activeId,
  onActivate,
  onNewClaim,
  onComments,
}: {
  annotations: ListedAnnotation[];
  activeId?: string;
  onActivate: (id: string) => void;
  /** Offered on the active annotation when the user may record claims. */
  onNewClaim?: (annotation: ListedAnnotation) => void;
  /** Opens the span's comment thread. */
  onComments: (annotation: ListedAnnotation) => void;
}) {
  const [filter, setFilter] = useState<Filter>("all");
  const filterId = useId();
  const visible = useMemo(() => annotations.filter((a) => matches(a, filter)), [annotations, filter]);

  return (
    <aside className="annotation-panel" aria-labelledby={`${filterId}-title`}>
      <div className="annotation-panel__head">
        <h2 id={`${filterId}-title`}>Annotations ({annotations.length})</h2>
        <label className="field field--compact">
          <span>Show</span>
          <select value={filter} onChange={(event) => setFilter(event.target.value as Filter)} aria-label="Filter annotations by status">
            {Object.entries(filterLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {visible.length === 0 ? (
        <p className="muted">{annotations.length === 0 ? "Select text in the source to highlight it." : "Nothing matches this filter."}</p>
      ) : (
        <ol className="annotation-list">
          {visible.map((annotation) => {
            const quote = annotation.selectors[0];
            const status = highlightStatus(annotation);
            return (
              <li key={annotation.id}>
                <button
                  type="button"
                  className={`annotation-item${annotation.id === activeId ? " annotation-item--active" : ""}`}
                  aria-current={annotation.id === activeId ? "true" : undefined}
                  disabled={annotation.start === null}
                  onClick={() => onActivate(annotation.id)}
                  data-testid="annotation-item"
                >
                  <span className="annotation-item__quote">“{quote && "exact" in quote ? quote.exact : "…"}”</span>
                  <span className="annotation-item__badges">
                    <span className={`badge badge--${status}`}>{statusLabels[status]}</span>
                    {annotation.status !== "anchored" ? (
                      <span className={`badge badge--anchor-${annotation.status}`} data-testid="anchor-status">
                        {annotation.status}
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
                {annotation.id === activeId ? (
                  <div className="annotation-item__actions">
                    {onNewClaim && annotation.start !== null ? (
                      <button type="button" className="button button--small" onClick={() => onNewClaim(annotation)}>
                        New claim from this span
                      </button>
                    ) : null}
                    <button type="button" className="button button--small" onClick={() => onComments(annotation)}>
                      Comments
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
