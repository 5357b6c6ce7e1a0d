import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";

export async function listProjects(db: Db, actor: Actor) {
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId },
    include: { project: { include: { _count: { select: { sources: true, claims: true } } } } },
    orderBy: { project: { name: "asc" } },
  });
  return memberships.map(({ project, role }) => ({
    id: project.id,
    slug: project.slug,
    name: project.name,
    description: project.description,
    role,
    sourceCount: project._count.sources,
    claimCount: project._count.claims,
  }));
}
