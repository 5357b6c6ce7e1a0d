import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Role } from "@/lib/db/generated/enums";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError, NotFoundError } from "../errors";

export const addMemberSchema = z.object({
  email: z.email("Enter the member's email address").transform((e) => e.trim().toLowerCase()),
  role: z.enum(Role),
});
export type AddMemberInput = z.input<typeof addMemberSchema>;

/** Owners add existing users to a project with a role. */
export async function addMember(db: Db, actor: Actor, projectId: string, input: z.output<typeof addMemberSchema>) {
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "member:manage");
    const user = await tx.user.findUnique({ where: { email: input.email } });
    if (!user) throw new NotFoundError(`A user with the email ${input.email}`);
    const existing = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId: user.id } } });
    if (existing) throw new ConflictError(`${input.email} is already a member (${existing.role}).`);
    const membership = await tx.membership.create({ data: { projectId, userId: user.id, role: input.role } });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "membership.create",
      objectType: "Membership",
      objectId: membership.id,
      after: { userId: user.id, email: user.email, role: input.role },
    });
    return { userId: user.id, email: user.email, name: user.name, role: membership.role };
  });
}
