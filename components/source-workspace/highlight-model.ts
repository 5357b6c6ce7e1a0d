import type { HighlightStatus } from "@/components/source-reader/highlight-types";
import type { WorkspaceAnnotation } from "@/components/source-workspace/workspace-annotation";

export type { HighlightStatus };

// The state that most needs a reader's attention wins when a span backs several claims.
const STATUS_PRIORITY: HighlightStatus[] = ["changes_requested", "rejected", "submitted", "draft", "approved", "none"];

export function highlightStatus(annotation: Pick<WorkspaceAnnotation, "claims">): HighlightStatus {
  const statuses = new Set<HighlightStatus>(annotation.claims.map((c) => c.status as HighlightStatus));
  return STATUS_PRIORITY.find((status) => statuses.has(status)) ?? "none";
}

export function highlightLabel(annotation: Pick<WorkspaceAnnotation, "claims" | "exact">): string {
  if (annotation.claims.length > 0) return annotation.claims.map((c) => c.label).join("; ");
  return annotation.exact ? `Highlight: “${annotation.exact}”` : "Highlight";
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
