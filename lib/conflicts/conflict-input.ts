import { z } from "zod";
import { ClaimRank, ConflictKind, ConflictStatus } from "@/lib/db/generated/enums";

const id = z.string().min(1).max(64);
const reason = (missing: string) => z.string().trim().min(1, missing).max(2000);

export const flagConflictSchema = z.object({
  claimIds: z
    .array(id)
    .min(2, "Select at least two claims")
    .max(20, "Select at most 20 claims")
    .refine((ids) => new Set(ids).size === ids.length, "Select each claim once"),
  rationale: reason("Say why these claims disagree"),
});
export type FlagConflictInput = z.output<typeof flagConflictSchema>;

/**
 * A person's decision on a conflict. Resolving ranks every claim of the
 * conflict; each rank's reason is the claim's own when given, else the
 * decision's `reason`, which is always required, so every rank has one.
 * Dismissing (not a real disagreement) and reopening take a reason only.
 */
export const resolutionSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("resolved"),
    reason: reason("Give the reason for this decision"),
    ranks: z
      .array(z.object({ claimId: id, rank: z.enum(ClaimRank), reason: z.string().trim().max(2000).optional() }))
      .min(2, "Rank every claim of the conflict")
      .max(20),
  }),
  z.object({ status: z.literal("dismissed"), reason: reason("Say why this is not a real disagreement") }),
  z.object({ status: z.literal("open"), reason: reason("Say why the conflict is reopened") }),
]);
export type ResolutionInput = z.output<typeof resolutionSchema>;

const rankSchema = z.object({ claimId: id, rank: z.enum(ClaimRank), reason: z.string().trim().max(2000).optional() });
const conflictIdsSchema = z
  .array(id)
  .min(1, "Name the conflicts of the group")
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, "Name each conflict once");

/**
 * One decision on every open conflict of a group (the pairwise conflicts
 * among claims about one subject and property): resolving ranks each claim
 * of the group once, and each conflict takes the ranks of its own claims.
 */
export const groupResolutionSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("resolved"),
    conflictIds: conflictIdsSchema,
    reason: reason("Give the reason for this decision"),
    ranks: z.array(rankSchema).min(2, "Rank every claim of the group").max(100),
  }),
  z.object({ status: z.literal("dismissed"), conflictIds: conflictIdsSchema, reason: reason("Say why this is not a real disagreement") }),
]);
export type GroupResolutionInput = z.output<typeof groupResolutionSchema>;

export const conflictFiltersSchema = z.object({
  /** One conflict, for links from a claim page. */
  conflictId: id.optional(),
  status: z.enum(ConflictStatus).optional(),
  kind: z.enum(ConflictKind).optional(),
  /** Subject, entity value or attribution of any of the conflict's claims. */
  entityId: id.optional(),
  propertyId: id.optional(),
  /** A claim of the conflict has evidence in this source. */
  sourceId: id.optional(),
  claimId: id.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ConflictFilters = z.output<typeof conflictFiltersSchema>;

/** Stored as a fraction; the database accepts (0, 10]. */
export const divergenceThresholdSchema = z.object({
  divergenceThreshold: z.number().gt(0, "The threshold must be above 0%").max(10, "The threshold must be at most 1000%"),
});
