import "server-only";
import type { z } from "zod";
import type { requiredApprovalsSchema } from "@/lib/review/review-input";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";


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
