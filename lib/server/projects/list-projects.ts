import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { projectsCodedBlindBy, visibleClaimsWhere } from "../coding-rounds/blind-visibility";

export async function listProjects(db: Db, actor: Actor) {
  const liveClaims = { isDeleted: false };
  const [memberships, blindProjectIds] = await Promise.all([
    db.membership.findMany({
      where: { userId: actor.userId },
      include: { project: { include: { _count: { select: { sources: true, claims: { where: liveClaims } } } } } },
      orderBy: { project: { name: "asc" } },
    }),
    projectsCodedBlindBy(db, actor),
  ]);
  // A coder of an open blind round is counted only the claims they may see there, as on the dashboard (issue 19).
  const blindClaimCounts = new Map(
    await Promise.all(
      blindProjectIds.map(async (projectId) => [projectId, await db.claim.count({ where: { projectId, ...liveClaims, ...visibleClaimsWhere(actor) } })] as const),
    ),
  );
  return memberships.map(({ project, role }) => ({
    id: project.id,
    slug: project.slug,
    name: project.name,
    description: project.description,
    role,
    sourceCount: project._count.sources,
    claimCount: blindClaimCounts.get(project.id) ?? project._count.claims,
  }));
}
