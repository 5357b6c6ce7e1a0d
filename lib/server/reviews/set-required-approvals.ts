import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";

export const requiredApprovalsSchema = z.object({
  requiredApprovals: z.coerce.number().int().min(1, "At least one approval").max(2, "At most two approvals") // the database allows 1–2 (Project_requiredApprovals_check),
});

/** Owners choose how many different reviewers must approve a claim. */
export async function setRequiredApprovals(db: Db, actor: Actor, projectId: string, input: z.output<typeof requiredApprovalsSchema>) {
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "project:manage");
    const before = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { requiredApprovals: true } });
    const after = await tx.project.update({ where: { id: projectId }, data: input, select: { requiredApprovals: true } });
    await writeAudit(tx, { projectId, actor, action: "project.update", objectType: "Project", objectId: projectId, before, after });
    return after;
  });
}
