import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";

/** A project by slug, for pages; non-members get the same 404 as a missing project. */
export async function getProjectBySlug(db: Db, actor: Actor, slug: string) {
  const project = await db.project.findUnique({ where: { slug } });
  if (!project) throw new NotFoundError("Project");
  const access = await requireProjectPermission(db, actor, project.id, "project:read");
  return { project, role: access.role };
}
