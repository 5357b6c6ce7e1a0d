import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { blindnessIn, visibleClaimSql } from "../coding-rounds/blind-visibility";

/**
 * Sources of a project with their annotation, claim and open-conflict counts.
 * A coder of an open blind round is counted what they may see, no more: a
 * count of highlights on the round's source would tell them another coder is
 * at work there, and how much.
 */
export async function projectDashboard(db: Db, actor: Actor, projectId: string) {
  await requireProjectPermission(db, actor, projectId, "project:read");
  const blindness = await blindnessIn(db, actor, projectId);
  const [sources, openConflicts, claimsByStatus, members, propertyCount] = await Promise.all([
    db.source.findMany({
      where: { projectId },
      orderBy: { createdAt: "asc" },
      include: { _count: { select: { annotations: { where: blindness.annotations } } } },
    }),
    db.conflict.count({ where: { projectId, status: "open", ...blindness.conflicts } }),
    db.claim.groupBy({ by: ["status"], where: { projectId, isDeleted: false, ...blindness.claims }, _count: true }),
    db.membership.findMany({ where: { projectId }, include: { user: true }, orderBy: { createdAt: "asc" } }),
    db.property.count({ where: { projectId, archivedAt: null } }),
  ]);
  // Claims and conflicts reach a source through evidence annotations.
  const isVisibleClaim = visibleClaimSql(actor, blindness.sourceIds);
  // A conflict is counted only if every claim in it is visible, as the conflicts list shows it.
  const isVisibleConflict = blindness.isBlind
    ? Prisma.sql`NOT EXISTS (SELECT 1 FROM "ConflictMember" hidden JOIN "Claim" claim ON claim.id = hidden."claimId" WHERE hidden."conflictId" = k.id AND NOT ${isVisibleClaim})`
    : Prisma.sql`TRUE`;
  const [claimRows, conflictRows] = await Promise.all([
    db.$queryRaw<{ sourceId: string; count: bigint }[]>`
      SELECT a."sourceId", COUNT(DISTINCT e."claimId") AS count
      FROM "Evidence" e JOIN "Annotation" a ON a.id = e."annotationId" JOIN "Claim" claim ON claim.id = e."claimId"
      WHERE a."projectId" = ${projectId} AND NOT claim."isDeleted" AND ${isVisibleClaim}
      GROUP BY a."sourceId"`,
    db.$queryRaw<{ sourceId: string; count: bigint }[]>`
      SELECT a."sourceId", COUNT(DISTINCT cm."conflictId") AS count
      FROM "ConflictMember" cm
      JOIN "Conflict" k ON k.id = cm."conflictId" AND k.status = 'open'
      JOIN "Evidence" e ON e."claimId" = cm."claimId"
      JOIN "Annotation" a ON a.id = e."annotationId"
      WHERE a."projectId" = ${projectId} AND ${isVisibleConflict}
      GROUP BY a."sourceId"`,
  ]);
  const claimCounts = new Map(claimRows.map((r) => [r.sourceId, Number(r.count)]));
  const conflictCounts = new Map(conflictRows.map((r) => [r.sourceId, Number(r.count)]));
  return {
    sources: sources.map((s) => ({
      id: s.id,
      title: s.title,
      outlet: s.outlet,
      language: s.language,
      publishedAt: s.publishedAt,
      annotationCount: s._count.annotations,
      claimCount: claimCounts.get(s.id) ?? 0,
      openConflictCount: conflictCounts.get(s.id) ?? 0,
    })),
    openConflicts,
    claimsByStatus: Object.fromEntries(claimsByStatus.map((row) => [row.status, row._count])),
    members: members.map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email, role: m.role })),
    propertyCount,
  };
}
