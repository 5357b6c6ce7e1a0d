import { z } from "zod";
import { ClaimStatus } from "@/lib/db/generated/enums";

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
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export type ClaimFilters = z.output<typeof claimFiltersSchema>;
