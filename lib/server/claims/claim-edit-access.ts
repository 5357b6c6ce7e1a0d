import "server-only";
import { claimEditRefusal } from "@/lib/claims/edit-rules";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { ForbiddenError } from "../errors";

/** Checks that the actor may edit this claim (see claimEditRefusal). */
export async function requireClaimEdit(
  tx: Prisma.TransactionClient,
  actor: Actor,
  claim: { projectId: string; createdById: string; status: string },
): Promise<void> {
  const { role } = await requireProjectPermission(tx, actor, claim.projectId, "claim:create", "Claim");
  const refusal = claimEditRefusal(role, actor.userId, claim);
  if (refusal) throw new ForbiddenError(refusal);
}
