import type { HighlightStatus, ReaderHighlight } from "@/components/source-reader/highlight-types";
import type { WorkspaceAnnotation } from "@/lib/annotations/workspace-annotation";

export type { HighlightStatus };

// The state that most needs a reader's attention wins when a span backs several claims.
const STATUS_PRIORITY: HighlightStatus[] = ["changes_requested", "rejected", "submitted", "draft", "approved", "none"];

export function highlightStatus(annotation: Pick<WorkspaceAnnotation, "claims">): HighlightStatus {
  const statuses = new Set<HighlightStatus>(annotation.claims.map((c) => c.status as HighlightStatus));
  return STATUS_PRIORITY.find((status) => statuses.has(status)) ?? "none";
}

/**
 * A highlight's tooltip. Without claims it does not repeat the quote, which is
 * the very text under the pointer: 10,000 quotes in attributes weighed on the
 * reader's DOM (issue 20).
 */
export function highlightLabel(annotation: Pick<WorkspaceAnnotation, "claims">): string {
  if (annotation.claims.length > 0) return annotation.claims.map((c) => c.label).join("; ");
  return "Highlight, no claim yet";
}

export const statusLabels: Record<HighlightStatus, string> = {
  none: "No claim yet",
  draft: "Draft",
  submitted: "Submitted",
  approved: "Approved",
  rejected: "Rejected",
  changes_requested: "Changes requested",
};

/** How a span sits on the revision shown, in words. */
export const anchorStatusLabels: Record<WorkspaceAnnotation["status"], string> = {
  anchored: "anchored",
  moved: "moved",
  fuzzy: "fuzzy: words changed",
  orphaned: "orphaned: not found",
};

const readerHighlights = new WeakMap<WorkspaceAnnotation, ReaderHighlight>();

/**
 * The reader's highlight of an annotation (none for an orphan), the same object for as long
 * as the annotation is: after a new highlight or claim the other 9,999 are not
 * rebuilt, and the reader's plugin recognises them as unchanged at once.
 */
export function readerHighlightOf(annotation: WorkspaceAnnotation): ReaderHighlight | undefined {
  if (annotation.start === null || annotation.end === null) return undefined;
  let highlight = readerHighlights.get(annotation);
  if (!highlight) {
    highlight = {
      id: annotation.id,
      start: annotation.start,
      end: annotation.end,
      status: highlightStatus(annotation),
      hasConflict: annotation.claims.some((c) => c.hasConflict),
      label: highlightLabel(annotation),
    };
    readerHighlights.set(annotation, highlight);
  }
  return highlight;
}
