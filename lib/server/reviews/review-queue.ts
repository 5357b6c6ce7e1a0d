import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { claimRecordIncludeFor } from "../claims/claim-record";
import { blindnessIn } from "../coding-rounds/blind-visibility";
import { claimView } from "../claims/claim-view";
import { decisionInclude, decisionOrder, reviewState } from "./review-state";
import { ReviewQueueFilters } from "@/lib/review/review-input";

/**
 * Submitted claims waiting for review, oldest first, each with its evidence,
 * attribution chain and where it stands in review for the actor.
 */
export async function reviewQueue(db: Db, actor: Actor, projectId: string, filters: ReviewQueueFilters) {
  const { role } = await requireProjectPermission(db, actor, projectId, "project:read");
  // A coder of an open blind round does not review, nor read, the other coders' claims on its source.
  const blindness = await blindnessIn(db, actor, projectId);
  const and: Prisma.ClaimWhereInput[] = [blindness.claims];
  if (filters.sourceId) and.push({ evidence: { some: { annotation: { sourceId: filters.sourceId } } } });
  if (filters.propertyId) and.push({ propertyId: filters.propertyId });
  if (filters.entityId) {
    and.push({
      OR: [
        { subjectId: filters.entityId },
        { valueEntityId: filters.entityId },
        { attributions: { some: { entityId: filters.entityId } } },
      ],
    });
  }
  if (filters.hasConflict !== undefined) {
    const open = { some: { conflict: { status: "open" as const } } };
    and.push(filters.hasConflict ? { conflicts: open } : { NOT: { conflicts: open } });
  }
  const where: Prisma.ClaimWhereInput = { projectId, isDeleted: false, status: "submitted", AND: and };
  const [total, project, claims] = await Promise.all([
    db.claim.count({ where }),
    db.project.findUniqueOrThrow({ where: { id: projectId }, select: { requiredApprovals: true } }),
    db.claim.findMany({
      where,
      include: { ...claimRecordIncludeFor(blindness), reviews: { include: decisionInclude, orderBy: decisionOrder } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
    }),
  ]);
  return {
    items: claims.map((claim) => ({
      claim: claimView(claim),
      review: reviewState(claim, claim.reviews, project.requiredApprovals, actor, role),
    })),
    total,
    page: filters.page,
    pageSize: filters.pageSize,
    requiredApprovals: project.requiredApprovals,
  };
}
export type ReviewQueueItem = Awaited<ReturnType<typeof reviewQueue>>["items"][number];
