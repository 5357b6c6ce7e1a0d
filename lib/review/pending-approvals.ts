import type { ClaimStatus, ReviewDecisionKind } from "@/lib/db/generated/enums";

export interface RecordedDecision {
  reviewerId: string;
  decision: ReviewDecisionKind;
  toStatus: ClaimStatus;
  /** The claim version the decision was made on; recording it moves the claim to the next version. */
  claimVersion: number;
}

/**
 * The reviewers who approved the claim's current content and left it
 * submitted for more approvals. Walking back from the current version, the
 * round continues only while each earlier decision is such an approval made
 * on the version right before: any edit (a version gap), resubmission or
 * other decision ends it, so approvals never carry over to changed content.
 */
export function pendingApprovals(decisions: readonly RecordedDecision[], currentVersion: number): string[] {
  const newestFirst = [...decisions].sort((a, b) => b.claimVersion - a.claimVersion);
  const reviewers: string[] = [];
  let expected = currentVersion - 1;
  for (const decision of newestFirst) {
    if (decision.claimVersion !== expected || decision.decision !== "approve" || decision.toStatus !== "submitted") break;
    reviewers.push(decision.reviewerId);
    expected -= 1;
  }
  return reviewers;
}
