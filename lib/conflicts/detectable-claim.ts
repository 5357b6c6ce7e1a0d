import { z } from "zod";
import { claimValueSchema, qualifiersSchema } from "@/lib/claims/value";

/**
 * What conflict detection needs to know about a claim, and nothing more. The
 * caller builds it from the stored claim after resolving aliases: `subjectId`
 * (and the entity of an entity value) must already point at the entity that
 * merged entities were merged into, so that two names of one actor compare.
 */
export const detectableClaimSchema = z.object({
  id: z.string().min(1),
  /** The subject after entity merges. */
  subjectId: z.string().min(1),
  /** The property's key in the project vocabulary, e.g. "casualties". */
  propertyKey: z.string().min(1),
  /** From the property: a single-valued property cannot hold two different values. */
  isSingleValued: z.boolean(),
  value: claimValueSchema,
  qualifiers: qualifiersSchema,
  /** Display name of the chain's origin ("IS", "a local elected official"), used in explanations. */
  attributedTo: z.string().trim().min(1).max(200),
  /**
   * Deleted claims are never compared. The caller may leave them out; passing
   * them to `reconcile` lets it say which claim was deleted when it closes a
   * conflict.
   */
  isDeleted: z.boolean().optional(),
  /**
   * Curated away in its coding round: another claim stands for its unit, so
   * it is kept but compared no more, exactly like a deleted claim.
   */
  isCuratedAway: z.boolean().optional(),
});
export type DetectableClaim = z.infer<typeof detectableClaimSchema>;

/** Whether detection compares the claim at all. */
export function isCompared(claim: Pick<DetectableClaim, "isDeleted" | "isCuratedAway">): boolean {
  return !claim.isDeleted && !claim.isCuratedAway;
}
