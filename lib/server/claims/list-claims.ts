import "server-only";
import type { Db } from "@/lib/db/client";
import { type Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { claimRecordIncludeFor } from "./claim-record";
import { claimView } from "./claim-view";
import { ClaimFilters } from "@/lib/claims/claim-filters";
import { claimOriginGrades } from "../grading/claim-origin-grades";
import { blindnessIn } from "../coding-rounds/blind-visibility";

export async function listClaims(db: Db, actor: Actor, projectId: string, filters: ClaimFilters) {
  await requireProjectPermission(db, actor, projectId, "project:read");
  const where: Prisma.ClaimWhereInput = { projectId, isDeleted: false };
  // A coder of an open blind round sees only their own claims on its source.
  const blindness = await blindnessIn(db, actor, projectId);
  const and: Prisma.ClaimWhereInput[] = [blindness.claims];
  if (filters.sourceId) and.push({ evidence: { some: { annotation: { sourceId: filters.sourceId } } } });
  if (filters.entityId) {
    and.push({
      OR: [
        { subjectId: filters.entityId },
        { valueEntityId: filters.entityId },
        { attributions: { some: { entityId: filters.entityId } } },
      ],
    });
  }
  if (filters.propertyId) and.push({ propertyId: filters.propertyId });
  if (filters.status) and.push({ status: filters.status });
  if (filters.attributedTo) {
    const party = filters.attributedTo;
    and.push({
      attributions: {
        some: {
          OR: [
            { entityId: party },
            { partyName: { equals: party, mode: "insensitive" } },
            { entity: { name: { equals: party, mode: "insensitive" } } },
            { entity: { aliases: { has: party } } },
          ],
        },
      },
    });
  }
  if (filters.hasConflict !== undefined) {
    const open = { some: { conflict: { status: "open" as const } } };
    and.push(filters.hasConflict ? { conflicts: open } : { NOT: { conflicts: open } });
  }
  if (filters.needsRecheck !== undefined) and.push({ needsRecheckSince: filters.needsRecheck ? { not: null } : null });
  if (filters.credibility !== undefined) and.push({ credibility: filters.credibility });
  if (filters.reliability) {
    const grades = await claimOriginGrades(db, projectId);
    and.push({ id: { in: [...grades].filter(([, { grade }]) => grade === filters.reliability).map(([id]) => id) } });
  }
  if (filters.q) {
    const matches = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Claim"
      WHERE "projectId" = ${projectId} AND "searchVector" @@ websearch_to_tsquery('simple', ${filters.q})`;
    and.push({ id: { in: matches.map((m) => m.id) } });
  }
  if (and.length) where.AND = and;
  const [total, claims] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      include: claimRecordIncludeFor(blindness),
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
    }),
  ]);
  return { claims: claims.map(claimView), total, page: filters.page, pageSize: filters.pageSize };
}
