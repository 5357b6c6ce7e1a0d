import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { errorCodes } from "@/lib/errors/error-codes";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError, NotFoundError } from "../errors";

type Tx = Prisma.TransactionClient;

export interface MemberView {
  userId: string;
  email: string;
  name: string;
  role: Role;
}

/** The project's members, earliest first; every member may see who else is. */
export async function listMembers(db: Db, actor: Actor, projectId: string): Promise<MemberView[]> {
  await requireProjectPermission(db, actor, projectId, "project:read");
  const rows = await db.membership.findMany({ where: { projectId }, include: { user: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((m) => ({ userId: m.userId, email: m.user.email, name: m.user.name, role: m.role }));
}

/**
 * The membership an owner is about to change, with the project row locked:
 * two owners demoting each other at once take turns, so the project always
 * keeps one, and the second is authorized against the roles the first left.
 */
async function lockedMembership(tx: Tx, actor: Actor, projectId: string, userId: string) {
  await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
  await requireProjectPermission(tx, actor, projectId, "member:manage");
  const membership = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId } }, include: { user: true } });
  if (!membership) throw new NotFoundError("That member");
  return membership;
}

async function refuseLastOwner(tx: Tx, projectId: string, role: Role, what: string) {
  if (role !== "owner") return;
  const owners = await tx.membership.count({ where: { projectId, role: "owner" } });
  if (owners <= 1) throw new ConflictError(`The project's last owner cannot be ${what}: make someone else an owner first.`, undefined, errorCodes.lastOwner);
}

export async function changeMemberRole(db: Db, { actor, projectId, userId, role }: { actor: Actor; projectId: string; userId: string; role: Role }): Promise<MemberView> {
  return db.$transaction(async (tx) => {
    const membership = await lockedMembership(tx, actor, projectId, userId);
    const view = { userId, email: membership.user.email, name: membership.user.name, role };
    if (membership.role === role) return view;
    await refuseLastOwner(tx, projectId, membership.role, "demoted");
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await writeAudit(tx, { projectId, actor, action: "membership.update", objectType: "Membership", objectId: membership.id, before: { userId, role: membership.role }, after: { userId, role } });
    return view;
  });
}

/** Removes a member: their next request, by session or API token, no longer finds the project. */
export async function removeMember(db: Db, { actor, projectId, userId }: { actor: Actor; projectId: string; userId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const membership = await lockedMembership(tx, actor, projectId, userId);
    await refuseLastOwner(tx, projectId, membership.role, "removed");
    await tx.membership.delete({ where: { id: membership.id } });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "membership.delete",
      objectType: "Membership",
      objectId: membership.id,
      before: { userId, email: membership.user.email, role: membership.role },
    });
  });
}
