import "server-only";
import type { Role } from "@/lib/db/generated/enums";
import { can, type Permission } from "@/lib/permissions";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "./actor";
import { ForbiddenError, NotFoundError } from "./errors";

type Reader = Db | Prisma.TransactionClient;

export interface ProjectAccess {
  projectId: string;
  role: Role;
}

/**
 * Resolves the caller's role in a project and checks one permission. A
 * project the caller is not a member of is reported as not found, so ids
 * cannot be probed.
 */
export async function requireProjectPermission(
  db: Reader,
  actor: Actor,
  projectId: string,
  permission: Permission,
  what = "Project",
): Promise<ProjectAccess> {
  const membership = await db.membership.findUnique({
    where: { projectId_userId: { projectId, userId: actor.userId } },
    select: { role: true },
  });
  if (!membership) throw new NotFoundError(what);
  if (!can(membership.role, permission)) {
    throw new ForbiddenError(`Your role (${membership.role}) does not allow this (${permission}).`);
  }
  return { projectId, role: membership.role };
}
