import { z } from "zod";
import { ClaimStatus } from "@/lib/db/generated/enums";
import { credibilityGradeSchema, reliabilityGradeSchema } from "@/lib/estimates/rule";

export const claimFiltersSchema = z.object({
  sourceId: z.string().min(1).optional(),
  entityId: z.string().min(1).optional(),
  propertyId: z.string().min(1).optional(),
  status: z.enum(ClaimStatus).optional(),
  /** An entity id or a party name anywhere in the attribution chain. */
  attributedTo: z.string().trim().min(1).max(200).optional(),
  hasConflict: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  /** Marked for re-check by a new revision of a source (see lib/server/claims/recheck.ts). */
  needsRecheck: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  /** Admiralty credibility of the claim, 1–6. */
  credibility: z.coerce.number().pipe(credibilityGradeSchema).optional(),
  /** Admiralty reliability of the claim's origin, A–F, read as estimates read it. */
  reliability: reliabilityGradeSchema.optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export type ClaimFilters = z.output<typeof claimFiltersSchema>;

/**
 * The claims list counts its matches up to this many and says "at least" beyond: an exact
 * count of a million claims (or of a common word's matches) reads every one of them, and
 * would make each page take longer than all the rest of its work.
 */
export const CLAIM_COUNT_LIMIT = 10_000;
