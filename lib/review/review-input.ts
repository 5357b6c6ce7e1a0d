import { z } from "zod";
import { REVIEW_REASON_MAX, reviewVerdicts } from "@/lib/review/review-rules";

export const bulkApproveSchema = z.object({
  claims: z
    .array(z.object({ claimId: z.string().min(1).max(64), version: z.number().int().min(1) }))
    .min(1, "Select at least one claim")
    .max(100),
});

export const reviewClaimSchema = z.object({
  decision: z.enum(reviewVerdicts),
  /** Required to reject or request changes. */
  reason: z.string().trim().max(REVIEW_REASON_MAX).optional(),
  version: z.number().int().min(1).optional(),
});

export const reviewQueueFiltersSchema = z.object({
  sourceId: z.string().min(1).max(64).optional(),
  propertyId: z.string().min(1).max(64).optional(),
  /** The claim's subject, entity value or any party of its attribution chain. */
  entityId: z.string().min(1).max(64).optional(),
  /** Only claims in (true) or out of (false) an open conflict. */
  hasConflict: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

export type ReviewQueueFilters = z.output<typeof reviewQueueFiltersSchema>;

export const submitClaimSchema = z.object({
  version: z.number().int().min(1).optional(),
  reason: z.string().trim().max(REVIEW_REASON_MAX).optional(),
});

export const requiredApprovalsSchema = z.object({
  requiredApprovals: z.coerce.number().int().min(1, "At least one approval").max(2, "At most two approvals"),
});

