import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";
import { claimRecordIncludeFor } from "./claim-record";
import { claimView } from "./claim-view";
import { blindnessIn } from "../coding-rounds/blind-visibility";

/** A claim with its evidence, chain, conflicts and history; the project comes from the claim itself. */
export async function getClaim(db: Db, actor: Actor, claimId: string) {
  const owner = await db.claim.findUnique({ where: { id: claimId }, select: { projectId: true, isDeleted: true } });
  if (!owner || owner.isDeleted) throw new NotFoundError("Claim");
  const { role } = await requireProjectPermission(db, actor, owner.projectId, "project:read", "Claim");
  // Another coder's claim in an open blind round is not found, like an id of another project.
  const blindness = await blindnessIn(db, actor, owner.projectId);
  if ((await db.claim.count({ where: { id: claimId, AND: [blindness.claims] } })) === 0) throw new NotFoundError("Claim");
  const [claim, history, reviews] = await Promise.all([
    db.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimRecordIncludeFor(blindness) }),
    db.auditEvent.findMany({
      where: { objectType: "Claim", objectId: claimId },
      orderBy: { id: "asc" },
      include: { actor: { select: { id: true, name: true } } },
    }),
    db.reviewDecision.findMany({
      where: { claimId },
      orderBy: { createdAt: "asc" },
      include: { reviewer: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    role,
    claim: claimView(claim),
    history: history.map((event) => ({
      id: event.id.toString(),
      action: event.action,
      actor: event.actor,
      before: event.before,
      after: event.after,
      createdAt: event.createdAt.toISOString(),
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      decision: r.decision,
      reason: r.reason,
      reviewer: r.reviewer,
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
