import "server-only";
import { can } from "@/lib/permissions";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { ForbiddenError } from "../errors";

const EDITABLE_BY_AUTHOR = new Set(["draft", "changes_requested"]);

/**
 * Reviewers and owners may edit any claim; researchers only their own
 * drafts (or drafts sent back to them with requested changes).
 */
export async function requireClaimEdit(
  tx: Prisma.TransactionClient,
  actor: Actor,
  claim: { projectId: string; createdById: string; status: string },
): Promise<void> {
  const { role } = await requireProjectPermission(tx, actor, claim.projectId, "claim:create", "Claim");
  if (can(role, "claim:edit-any")) return;
  if (claim.createdById !== actor.userId) throw new ForbiddenError("Researchers can only edit their own claims.");
  if (!EDITABLE_BY_AUTHOR.has(claim.status)) {
    throw new ForbiddenError(`This claim is ${claim.status}; only a reviewer can change it now.`);
  }
}
