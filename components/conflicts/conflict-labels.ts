import type { ClaimRank, ConflictKind, ConflictStatus } from "@/lib/db/generated/enums";

export const kindLabels: Record<ConflictKind, string> = {
  contradiction: "Contradiction",
  divergence: "Divergence",
  manual: "Flagged by hand",
};

export const conflictStatusLabels: Record<ConflictStatus, string> = {
  open: "Open",
  resolved: "Resolved",
  dismissed: "Dismissed",
};

export const rankLabels: Record<ClaimRank, string> = {
  preferred: "Preferred",
  normal: "Normal",
  deprecated: "Deprecated",
};

/** What each rank means, for the resolution form (after Wikidata's ranks). */
export const rankHints: Record<ClaimRank, string> = {
  preferred: "the most reliable account",
  normal: "stands, without preference",
  deprecated: "judged wrong or unreliable; kept for the record",
};

/** The board's link to one conflict, from a claim page or after a decision. */
export function conflictHref(slug: string, conflictId: string): string {
  return `/projects/${slug}/conflicts?conflictId=${encodeURIComponent(conflictId)}`;
}
