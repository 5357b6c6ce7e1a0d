"use client";

import { useId, useMemo, useState } from "react";
import type { WorkspaceAnnotation } from "@/lib/annotations/workspace-annotation";
import { AnnotationRow } from "./annotation-row";
import { highlightStatus, statusLabels, type HighlightStatus } from "./highlight-model";
import { listWindow, PANEL_PAGE } from "./list-window";

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

function matches(annotation: WorkspaceAnnotation, filter: Filter): boolean {
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
  onDelete,
  onReattach,
  viewerId,
  isLoading = false,
}: {
  annotations: WorkspaceAnnotation[];
  /** The revision's annotations are still on their way. */
  isLoading?: boolean;
  activeId?: string;
  onActivate: (id: string) => void;
  /** Offered on the active annotation when the user may record claims. */
  onNewClaim?: (annotation: WorkspaceAnnotation) => void;
  /** Opens the span's comment thread. */
  onComments: (annotation: WorkspaceAnnotation) => void;
  /** Offered on a highlight the user may delete (their own, with no claim and no comment). */
  onDelete?: (annotation: WorkspaceAnnotation) => void;
  onReattach?: (annotation: WorkspaceAnnotation) => void;
  viewerId?: string;
}) {
  const [filter, setFilter] = useState<Filter>("all");
  const filterId = useId();
  const visible = useMemo(() => annotations.filter((a) => matches(a, filter)), [annotations, filter]);
  const [limit, setLimit] = useState(PANEL_PAGE);
  const activeIndex = useMemo(() => visible.findIndex((a) => a.id === activeId), [visible, activeId]);
  // A long source may hold thousands of annotations: draw a page of rows, not all of them.
  const range = listWindow(visible.length, activeIndex, limit);
  // On a phone the panel is a sheet along the bottom of the screen, closed until asked for.
  const [isSheetOpen, setIsSheetOpen] = useState(false);

  return (
    <aside className={`annotation-panel${isSheetOpen ? " annotation-panel--open" : ""}`} aria-labelledby={`${filterId}-title`}>
      <div className="annotation-panel__head">
        <h2 id={`${filterId}-title`}>Annotations{isLoading ? "" : ` (${annotations.length})`}</h2>
        <button
          type="button"
          className="button button--small annotation-panel__toggle"
          aria-expanded={isSheetOpen}
          aria-controls={`${filterId}-body`}
          onClick={() => setIsSheetOpen((open) => !open)}
        >
          {isSheetOpen ? "Hide" : "Show"}
        </button>
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
      <div className="annotation-panel__body" id={`${filterId}-body`} aria-busy={isLoading}>
        {isLoading ? (
          <p className="muted" role="status">
            Loading the highlights…
          </p>
        ) : visible.length === 0 ? (
          <p className="muted">{annotations.length === 0 ? "Select text in the source to highlight it." : "Nothing matches this filter."}</p>
        ) : (
          <>
            {range.start > 0 ? (
              <button type="button" className="button button--small button--quiet" onClick={() => setLimit(range.end)}>
                Show the {range.start} annotations before these
              </button>
            ) : null}
            <ol className="annotation-list" start={range.start + 1}>
              {visible.slice(range.start, range.end).map((annotation) => (
                <AnnotationRow
                  key={annotation.id}
                  annotation={annotation}
                  isActive={annotation.id === activeId}
                  onActivate={onActivate}
                  onNewClaim={onNewClaim}
                  onComments={onComments}
                  onDelete={annotation.createdById === viewerId ? onDelete : undefined}
                  onReattach={onReattach}
                />
              ))}
            </ol>
            {range.end < visible.length ? (
              <button type="button" className="button button--small" onClick={() => setLimit(range.end + PANEL_PAGE)}>
                Show more ({visible.length - range.end} left)
              </button>
            ) : null}
          </>
        )}
      </div>
    </aside>
  );
}
