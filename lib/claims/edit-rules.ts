import type { Role } from "@/lib/db/generated/enums";
import { can } from "@/lib/permissions";

const EDITABLE_BY_AUTHOR = new Set(["draft", "changes_requested"]);

/**
 * Why a member may not edit a claim, or null when they may: reviewers and
 * owners edit any claim; researchers only their own drafts (or drafts sent
 * back to them with requested changes); viewers none.
 */
export function claimEditRefusal(role: Role, actorId: string, claim: { createdById: string; status: string }): string | null {
  if (can(role, "claim:edit-any")) return null;
  if (!can(role, "claim:create")) return `Your role (${role}) does not allow editing claims.`;
  if (claim.createdById !== actorId) return "Researchers can only edit their own claims.";
  if (!EDITABLE_BY_AUTHOR.has(claim.status)) return `This claim is ${claim.status}; only a reviewer can change it now.`;
  return null;
}
