import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Permission } from "@/lib/permissions";
import { pendingApprovals } from "@/lib/review/pending-approvals";
import { decideReview, type ReviewAction, type ReviewRefusal } from "@/lib/review/review-rules";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { claimView } from "../claims/claim-view";
import { loadClaimRecord } from "../claims/claim-record";
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { notify } from "../notifications/notify";
import { staleVersion, writeClaimVersion } from "./claim-version";
import { reviewedClaimSelect, reviewState } from "./review-state";
import { errorCodes } from "@/lib/errors/error-codes";
import { refuseSubmitWhileCoding } from "../coding-rounds/coding-round-of-new-claim";

type Tx = Prisma.TransactionClient;

export interface DecisionInput {
  reason?: string | null;
  /** The version the actor looked at; when given, a claim changed since is not decided on blindly. */
  version?: number;
}

/**
 * One review transition inside the caller's transaction: authorize against
 * the claim's project, apply the state machine, move the claim to its new
 * status and version (compare-and-set, so concurrent decisions cannot both
 * land), record the ReviewDecision, audit it and tell the claim's author.
 */
export async function recordDecision(
  tx: Tx,
  actor: Actor,
  claimId: string,
  action: ReviewAction,
  permission: Permission,
  input: DecisionInput,
) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: reviewedClaimSelect,
  });
  if (!claim || claim.isDeleted) throw new NotFoundError("Claim");
  const { role } = await requireProjectPermission(tx, actor, claim.projectId, permission, "Claim");
  if (action === "submit") await refuseSubmitWhileCoding(tx, claimId);
  if (input.version !== undefined && input.version !== claim.version) throw await staleVersion(tx, claimId);

  const requiredApprovals = claim.project.requiredApprovals;
  const approvedBy = pendingApprovals(claim.reviews, claim.version);
  const reason = input.reason?.trim() || null;
  const outcome = decideReview({ claim, actor: { userId: actor.userId, role }, requiredApprovals, approvedBy }, action, reason);
  if (!outcome.ok) throw refusalError(outcome);

  const decision = (await writeClaimVersion(tx, {
    claimId,
    fromVersion: claim.version,
    transition: { decision: action, reason, fromStatus: claim.status, toStatus: outcome.toStatus, reviewerId: actor.userId },
  }))!;
  const approvals = action === "approve" ? { approvals: outcome.approvals, requiredApprovals } : {};
  await writeAudit(tx, {
    projectId: claim.projectId,
    actor,
    action: `claim.${action}`,
    objectType: "Claim",
    objectId: claimId,
    before: { status: claim.status, version: claim.version },
    after: { status: outcome.toStatus, version: claim.version + 1, decision: action, reason, ...approvals },
  });

  const record = await loadClaimRecord(tx, claimId);
  const view = claimView(record);
  if (action !== "submit" && claim.createdById !== actor.userId) {
    await notify(tx, [claim.createdById], claim.projectId, {
      kind: "review.decision",
      payload: {
        claimId,
        claimLabel: `${view.subject.name} · ${view.property.label}: ${view.valueText}`,
        decision: action,
        toStatus: outcome.toStatus,
        reason,
        actorName: actor.name,
        approvals: outcome.approvals,
        requiredApprovals,
      },
    });
  }
  return {
    claim: view,
    review: reviewState(record, [...claim.reviews, decision], requiredApprovals, actor, role),
  };
}

function refusalError(refusal: ReviewRefusal): AppError {
  switch (refusal.kind) {
    case "not_allowed":
    case "four_eyes":
      return new ForbiddenError(refusal.message);
    case "invalid_transition":
      return new ConflictError(refusal.message, undefined, errorCodes.invalidTransition);
    case "reason_required":
      return new ValidationError(refusal.message, [{ path: "reason", message: refusal.message }]);
  }
}
