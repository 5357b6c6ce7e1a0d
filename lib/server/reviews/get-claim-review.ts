import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";
import { reviewedClaimSelect, reviewState } from "./review-state";

/** A claim's review state for the actor; the project comes from the claim. */
export async function getClaimReview(db: Db, actor: Actor, claimId: string) {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: reviewedClaimSelect,
  });
  if (!claim || claim.isDeleted) throw new NotFoundError("Claim");
  const { role } = await requireProjectPermission(db, actor, claim.projectId, "project:read", "Claim");
  return reviewState(claim, claim.reviews, claim.project.requiredApprovals, actor, role);
}
