/** The audit actions of a claim's content: who wrote which version of it, and why. */
export type ClaimAuditAction = "claim.create" | "claim.update" | "claim.import" | "claim.entity_merge" | "claim.entity_unmerge";
