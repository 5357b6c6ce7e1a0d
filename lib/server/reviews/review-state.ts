import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus, ReviewDecisionKind, Role } from "@/lib/db/generated/enums";
import { pendingApprovals } from "@/lib/review/pending-approvals";
import { availableReviewActions, type ReviewAction, type ReviewRefusal } from "@/lib/review/review-rules";
import type { Actor } from "../actor";

export interface DecisionRow {
  id: string;
  decision: ReviewDecisionKind;
  reason: string | null;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  claimVersion: number;
  createdAt: Date;
  reviewerId: string;
  reviewer: { id: string; name: string };
}

export const decisionInclude = { reviewer: { select: { id: true, name: true } } } as const;

/** Decisions in the order they were made: by the version decided on, then by time, then by id for a tie. */
export const decisionOrder: Prisma.ReviewDecisionOrderByWithRelationInput[] = [{ claimVersion: "asc" }, { createdAt: "asc" }, { id: "asc" }];

function chronologically(a: DecisionRow, b: DecisionRow): number {
  return a.claimVersion - b.claimVersion || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}

export type ActionAvailability = { isAllowed: true } | { isAllowed: false; kind: ReviewRefusal["kind"]; message: string };

/**
 * Where a claim stands in review, for the actor: its status, the approvals of
 * its current content, every decision so far, and which actions the actor may
 * take now (with the reason when not).
 */
export function reviewState(
  claim: { id: string; status: ClaimStatus; version: number; createdById: string; updatedById: string },
  decisions: readonly DecisionRow[],
  requiredApprovals: number,
  actor: Actor,
  role: Role,
) {
  const chronological = [...decisions].sort(chronologically);
  const approvedBy = pendingApprovals(chronological, claim.version);
  const available = availableReviewActions({ claim, actor: { userId: actor.userId, role }, requiredApprovals, approvedBy });
  const actions = Object.fromEntries(
    Object.entries(available).map(([action, outcome]) => [
      action,
      outcome.ok ? { isAllowed: true } : { isAllowed: false, kind: outcome.kind, message: outcome.message },
    ]),
  ) as Record<ReviewAction, ActionAvailability>;
  return {
    claimId: claim.id,
    status: claim.status,
    version: claim.version,
    requiredApprovals,
    approvals: approvedBy.length,
    actions,
    decisions: chronological.map((d) => ({
      id: d.id,
      decision: d.decision,
      reason: d.reason,
      reviewer: d.reviewer,
      fromStatus: d.fromStatus,
      toStatus: d.toStatus,
      claimVersion: d.claimVersion,
      createdAt: d.createdAt.toISOString(),
    })),
  };
}
export type ClaimReviewState = ReturnType<typeof reviewState>;

/** What a review decision needs to know about a claim. */
export const reviewedClaimSelect = {
  id: true,
  projectId: true,
  status: true,
  version: true,
  createdById: true,
  updatedById: true,
  isDeleted: true,
  project: { select: { requiredApprovals: true } },
  reviews: { include: decisionInclude, orderBy: decisionOrder },
} as const;
