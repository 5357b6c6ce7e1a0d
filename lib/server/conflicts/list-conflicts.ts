import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import type { ConflictFilters } from "@/lib/conflicts/conflict-input";
import { blindnessIn } from "../coding-rounds/blind-visibility";
import { conflictIncludeFor, conflictView } from "./conflict-view";

/** A project's conflicts, open ones first then newest first, filtered by status, kind, entity, property, source, claim or id. */
export async function listConflicts(db: Db, actor: Actor, projectId: string, filters: ConflictFilters) {
  await requireProjectPermission(db, actor, projectId, "project:read");
  const withClaim = (claim: Prisma.ClaimWhereInput): Prisma.ConflictWhereInput => ({ members: { some: { claim } } });
  // A conflict with another coder's claim in an open blind round would show that claim's value: it is not listed.
  const blindness = await blindnessIn(db, actor, projectId);
  const and: Prisma.ConflictWhereInput[] = [blindness.conflicts];
  if (filters.entityId) {
    const entityId = filters.entityId;
    and.push(withClaim({ OR: [{ subjectId: entityId }, { valueEntityId: entityId }, { attributions: { some: { entityId } } }] }));
  }
  if (filters.propertyId) and.push(withClaim({ propertyId: filters.propertyId }));
  if (filters.sourceId) and.push(withClaim({ evidence: { some: { annotation: { sourceId: filters.sourceId } } } }));
  if (filters.claimId) and.push({ members: { some: { claimId: filters.claimId } } });
  const where: Prisma.ConflictWhereInput = {
    projectId,
    ...(filters.conflictId ? { id: filters.conflictId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    AND: and,
  };
  const [total, conflicts] = await Promise.all([
    db.conflict.count({ where }),
    db.conflict.findMany({
      where,
      include: conflictIncludeFor(blindness),
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
    }),
  ]);
  return { conflicts: conflicts.map(conflictView), total, page: filters.page, pageSize: filters.pageSize };
}
